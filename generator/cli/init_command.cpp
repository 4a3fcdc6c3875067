#include "cli/init_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "cli/cli.h"
#include "cli/site_template.h"
#include "core/file_system.h"
#include "core/messages.h"
#include "core/system_error.h"
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
    std::fputs(tr("cli.init.not-empty", {o.init_dir}).c_str(), stderr);
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
      std::fputs(tr("cli.init.cannot-write", {file.string(), system_error_text(errno)}).c_str(), stderr);
      return kExitIoError;
    }
  }
  if (sha256.empty()) std::fputs(tr("cli.init.no-sha256", {o.init_dir}).c_str(), stderr);
  std::fputs(tr("cli.init.done", {o.init_dir}).c_str(), stdout);
  return kExitOk;
}

}  // namespace govsite
