// A file saved as GBK or GB18030 (older Windows editors' default): named as not UTF-8, with
// the hint to save it as UTF-8, and never echoed: no mojibake on the terminal, and nothing
// undecodable in --json, the CI formats or reports/build.json. A file named in GBK is
// printed with those bytes as \xNN and a word on why.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"
#include "core/utf8.h"

namespace fs = std::filesystem;

namespace {

// "测试文件" and "测试" in GBK (both start with a byte that cannot start UTF-8).
const std::string kGbkTitle = "\xB2\xE2\xCA\xD4\xCE\xC4\xBC\xFE";
const std::string kGbkKey = "\xB2\xE2\xCA\xD4";

void check_all_decodable(const Run& r) {
  INFO(r.output);
  CHECK(govsite::find_invalid_utf8(r.output) == std::string::npos);
  CHECK(r.output.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD standing in for GBK
}

}  // namespace

TEST_CASE("not-utf8: a GBK document is named with the hint to save it as UTF-8, its line never echoed",
          "[cli][diagnostics]") {
  SampleSite s;
  const std::string lxfs = read(s.dir / "content/pages/lxfs.md");
  std::ofstream(s.dir / "content/pages/gbk.md", std::ios::binary) << "---\ntitle: " << kGbkTitle << "\n";
  Run r = run("check " + s.site() + " --now 2019-12-31");
  check_all_decodable(r);
  CHECK(r.exit_code == 1);
  // The message, then the next diagnostic or the summary: no source line, no caret.
  const std::string message =
      "content/pages/gbk.md:2:8: error: 文件不是 UTF-8 编码（从第 11 个字节起无法识别，可能是 GBK 或 GB18030 编码）："
      "请在记事本或 WPS 中“另存为”，编码选择“UTF-8”\n";
  const size_t at = r.output.find(message);
  REQUIRE(at != std::string::npos);
  CHECK(r.output.compare(at + message.size(), 4, "    ") != 0);
  for (const std::string format : {"--json", "--format github", "--format gitlab"})
    check_all_decodable(run("check " + format + " " + s.site() + " --now 2019-12-31"));
  CHECK(govsite::find_invalid_utf8(read(s.dir / "reports/build.json")) == std::string::npos);

  // A UTF-8 file's lines are echoed as before.
  std::ofstream(s.dir / "content/pages/gbk.md", std::ios::binary) << "---\ntitle: 测试文件\n";
  Run utf8 = run("check " + s.site() + " --now 2019-12-31");
  CHECK(utf8.output.find("content/pages/gbk.md:1:1: error: ") != std::string::npos);
  CHECK(utf8.output.find("\n    ---\n    ^\n") != std::string::npos);
}

TEST_CASE("not-utf8: a GBK site.yaml is named as such, not read as garbled keys", "[cli][diagnostics]") {
  SampleSite s;
  std::string yaml = read(s.dir / "site.yaml");
  const size_t line = std::count(yaml.begin(), yaml.end(), '\n') + 1;
  yaml += kGbkKey + ": 365\n";
  std::ofstream(s.dir / "site.yaml", std::ios::binary) << yaml;
  Run r = run("check " + s.site() + " --now 2019-12-31");
  check_all_decodable(r);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("site.yaml:" + std::to_string(line) + ":1: error: 文件不是 UTF-8 编码（从第 " +
                      std::to_string(yaml.size() - kGbkKey.size() - 6) + " 个字节起无法识别") != std::string::npos);
  CHECK(r.output.find("执法类别") == std::string::npos);
  check_all_decodable(run("check --json " + s.site() + " --now 2019-12-31"));
}

TEST_CASE("not-utf8: a file name in GBK reaches no output undecodable", "[cli][diagnostics]") {
  SampleSite s;
  fs::copy_file(s.dir / "content/pages/lxfs.md", s.dir / "content/pages" / (kGbkTitle + ".md"));
  Run r = run("check " + s.site() + " --now 2019-12-31");
  CHECK(r.exit_code == 1);  // the same id twice
  INFO(r.output);
  CHECK(govsite::find_invalid_utf8(r.output) == std::string::npos);
  // Its bytes as \xNN, so the editor can tell which file it is, and why its name looks so.
  CHECK(r.output.find("content/pages/\\xB2\\xE2\\xCA\\xD4\\xCE\\xC4\\xBC\\xFE.md:4:1: error: ") != std::string::npos);
  CHECK(r.output.find("（这个文件名不是 UTF-8 编码，无法识别的字节显示为 \\xNN") != std::string::npos);
  CHECK(r.output.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD in its place
  for (const std::string format : {"--json", "--format github", "--format gitlab"}) {
    Run f = run("check " + format + " " + s.site() + " --now 2019-12-31");
    INFO(f.output);
    CHECK(govsite::find_invalid_utf8(f.output) == std::string::npos);
  }
  CHECK(govsite::find_invalid_utf8(read(s.dir / "reports/build.json")) == std::string::npos);
}
