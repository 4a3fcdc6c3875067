#include "cli/init_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "cli/cli.h"
#include "cli/site_template.h"
#include "core/file_system.h"
#include "core/time_zone.h"
#include "publish/digest.h"

namespace govsite {

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// The SHA-256 of this very binary: the CI files pin the release that made the site, which
// is the downloaded static binary itself when init runs from it.
std::string own_sha256() {
  std::string bytes, error;
  if (!RealFileSystem().read_file("/proc/self/exe", bytes, error)) return "";
  return sha256_hex(bytes);
}

}  // namespace

int run_init(const Options& o) {
  namespace fs = std::filesystem;
  const fs::path dir(o.init_dir);
  std::error_code ec;
  if (fs::exists(dir, ec) && (!fs::is_directory(dir, ec) || !fs::is_empty(dir, ec))) {
    std::fprintf(stderr, "govsite init: %s is not an empty folder; a new site starts in an empty or new folder\n",
                 o.init_dir.c_str());
    return kExitUsage;
  }
  const Date today = default_build_date(TimeZone{}).value_or(date_at(std::time(nullptr), TimeZone{}));
  const std::string sha256 = own_sha256();
  for (const EmbeddedFile& f : embedded_site_template()) {
    std::string text(f.bytes);
    replace_all(text, "@TODAY@", today.str());
    replace_all(text, "@GOVSITE_VERSION@", GOVSITE_VERSION);
    replace_all(text, "@GOVSITE_SHA256@", sha256);
    const fs::path file = dir / f.path;
    fs::create_directories(file.parent_path(), ec);
    std::FILE* out = std::fopen(file.c_str(), "wx");  // "x": never replace a file
    if (!out || std::fwrite(text.data(), 1, text.size(), out) != text.size() || std::fclose(out) != 0) {
      std::fprintf(stderr, "govsite init: cannot write %s: %s\n", file.string().c_str(), std::strerror(errno));
      return kExitIoError;
    }
  }
  if (sha256.empty())
    std::fprintf(stderr, "govsite init: cannot read this govsite binary (no /proc?); set GOVSITE_SHA256 in %s/.gitlab-ci.yml "
                         "and .github/workflows/govsite.yml to the SHA-256 of the release file CI downloads\n",
                 o.init_dir.c_str());
  std::printf(
      "govsite init: a new site in %s\n"
      "  1. 把 site.yaml 和 content/pages/ 中每个【请填写：……】换成本单位的实际内容\n"
      "  2. govsite check --site %s   列出还没有填写的每一处\n"
      "  3. govsite serve --site %s --drafts   本地预览\n"
      "  4. 提交到本单位的代码仓库；CI 文件已写好（.gitlab-ci.yml、.github/workflows/govsite.yml）\n",
      o.init_dir.c_str(), o.init_dir.c_str(), o.init_dir.c_str());
  return kExitOk;
}

}  // namespace govsite
