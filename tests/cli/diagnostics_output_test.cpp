// What an editor and a CI job read: diagnostics on stderr, with --json, and in
// reports/build.json. Columns count characters; one document cannot flood any of them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

struct Site : TempSite {
  Site() : TempSite("diagnostics") {}
  int docs = 0;
  // The body starts on line 12.
  void doc(const std::string& name, const std::string& body) {
    std::ofstream(dir / "content" / name, std::ios::binary)
        << "---\ntitle: 测试\ntype: page\npublished: 2019-01-02\ndisclosure: public\nindex_no: 112111001234567886/2019-"
        << std::to_string(10000 + ++docs)
        << "\nreview:\n"
           "  - {stage: initial, by: 甲, date: 2019-01-01}\n  - {stage: second, by: 乙, date: 2019-01-01}\n"
           "  - {stage: approved, by: 丙, date: 2019-01-01}\n---\n"
        << body;
  }
  std::string site() const { return "--site '" + dir.string() + "' --now 2020-01-01"; }
  std::string build_json() const {
    std::ifstream in(dir / "reports/build.json", std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
};

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("diagnostics: a link error on the 49th character of a Chinese line is at column 49", "[cli][diagnostics]") {
  Site s;
  std::string line;
  for (int i = 0; i < 48; ++i) line += "文";
  line += "[附件](missing.pdf)";
  s.doc("a.md", line + "\n");
  Run r = run("build " + s.site());
  CHECK(r.exit_code == 1);
  INFO(r.output);
  CHECK(r.output.find("content/a.md:12:49: error:") != std::string::npos);
  // the line, then the caret under "[": 48 characters of two cells each
  CHECK(r.output.find("\n    " + line + "\n    " + std::string(96, ' ') + "^\n") != std::string::npos);
  CHECK(r.output.find("，错误 1 个，警告 0 个，") != std::string::npos);
  Run check = run("check --lang en " + s.site());  // English counts one error as "1 error", not "1 errors"
  CHECK(check.output.find("govsite check: 1 document, 1 published, ") != std::string::npos);
  CHECK(check.output.find(" pages would be written, 1 error, 0 warnings, ") != std::string::npos);
  Run json = run("build --json " + s.site());
  CHECK(json.output.find("\"line\":12,\"column\":49,") != std::string::npos);
  CHECK(s.build_json().find("\"line\":12,\"column\":49,") != std::string::npos);
}

TEST_CASE("diagnostics: a 5 MB line of broken links gives a hundred of them and a count",
          "[cli][diagnostics][hostile]") {
  Site s;
  std::string line;
  // 26 bytes and 2 Markdown marks each: below the parser's limit of marks (markdown-too-complex)
  const int links = 200000;
  for (int i = 0; i < links; ++i) line += "请见附件[链](no" + std::to_string(100000 + i) + ")";
  REQUIRE(line.size() > 5'000'000);
  s.doc("flood.md", line + "\n");
  Run r = run("check " + s.site());
  CHECK(r.exit_code == 1);
  CHECK(r.output.size() < 100'000);  // today: a 10 MB line under each of them, or no end
  CHECK(count(r.output, ": error: 链接“no") == 100);
  CHECK(r.output.find("content/flood.md:12:1705: error: 本文件还有 199900 处“broken-link”问题") != std::string::npos);
  CHECK(r.output.find("错误 101 个") != std::string::npos);
  // each source line is a window of at most 120 cells
  std::istringstream lines(r.output);
  std::string l;
  size_t widest = 0;
  while (std::getline(lines, l)) widest = std::max(widest, l.size());
  CHECK(widest < 4 + 120 * 3);

  Run json = run("build --json " + s.site());
  CHECK(json.exit_code == 1);
  CHECK(json.output.size() < 50'000);
  CHECK(count(json.output, "\"code\":\"broken-link\"") == 100);
  CHECK(count(json.output, "\"code\":\"too-many-diagnostics\"") == 1);
  const std::string report = s.build_json();
  CHECK(report.size() < 50'000);
  CHECK(count(report, "\"code\":\"broken-link\"") == 100);
  CHECK(report.find("本文件还有 199900 处") != std::string::npos);
}

TEST_CASE("diagnostics: 5 MB of opening brackets in front matter is one unclosed-list error",
          "[cli][diagnostics][hostile]") {
  Site s;
  std::ofstream(s.dir / "content/deep.md", std::ios::binary)
      << "---\ntitle: " << std::string(5'000'000, '[') << "\ntype: page\n---\n正文\n";
  Run r = run("check " + s.site());
  CHECK(r.exit_code == 1);
  CHECK(r.output.size() < 2'000);
  CHECK(r.output.find("content/deep.md:2:1007: error: 这里的“[”没有对应的“]”") != std::string::npos);
}

TEST_CASE("cli: --json marks the follow-on errors, and only them", "[cli][diagnostics]") {
  // A copy: check writes reports/ into the site folder, never into the source tree.
  const TempFolder work("follow-on");
  const fs::path site = work.dir / "site";
  fs::copy(fs::path(GOVSITE_SOURCE_DIR) / "tests/sites/err-broken-target", site, fs::copy_options::recursive);
  Run r = run("check --json --now 2019-09-01 --site '" + site.string() + "'");
  CHECK(r.exit_code == 1);
  size_t follow_on = 0, root = 0;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"code\":") == std::string::npos) continue;
    const bool marked = line.find(",\"follow_on\":true}") != std::string::npos;
    const bool caused = line.find("\"code\":\"broken-reference-target\"") != std::string::npos;
    INFO(line);
    CHECK(marked == caused);
    ++(caused ? follow_on : root);
  }
  CHECK(follow_on >= 2);
  CHECK(root >= 2);
}
