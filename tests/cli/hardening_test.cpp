// Names and settings an attacker or a careless editor might write (issue 24): each is
// refused with its file and line, or published safely; never a file outside the output,
// an exit 3 without a place to look, or a feed that does not parse.
#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const char* kNow = " --now 2019-12-31";
const fs::path kPoints = "content/policies/2018/sfj-2018-zwgk-points.md";

// Replaces the first `from` in the site's file `rel` with `to`.
void edit(const SampleSite& s, const fs::path& rel, const std::string& from, const std::string& to) {
  std::string text = read(s.dir / rel);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(s.dir / rel, std::ios::binary) << text;
}

// A public notice in its own folder, with `front` added to its front matter (from line 6 on)
// and `body` (after the 5 lines of its 索引号 and review).
void add_notice(const SampleSite& s, const std::string& folder, const std::string& front, const std::string& body) {
  fs::create_directories(s.dir / "content/notices" / folder);
  std::ofstream(s.dir / "content/notices" / folder / "index.md", std::ios::binary)
      << "---\ntitle: 测试通知\ntype: notice\npublished: 2019-08-02\ndisclosure: public\n"
      << front << "index_no: 112111001234567886/2019-09001\n"
      << "review:\n  - {stage: initial, by: 甲, date: 2019-07-30}\n  - {stage: second, by: 乙, date: 2019-07-31}\n"
         "  - {stage: approved, by: 丙, date: 2019-08-01}\n---\n"
      << body;
}

}  // namespace

TEST_CASE("hardening: a document with an invalid id is left out, with only the bad-id error", "[cli][hardening]") {
  SampleSite s;
  add_notice(s, "escape", "id: ../../../escaped\n", "正文\n");
  Run r = run("build " + s.site() + kNow);
  INFO(r.output);
  CHECK(r.exit_code == 1);  // a content error, not an I/O one
  CHECK(r.output.find("content/notices/escape/index.md:6:1: error: id“../../../escaped”不符合要求") !=
        std::string::npos);
  CHECK(r.output.find("拒绝写到输出文件夹之外") == std::string::npos);
  CHECK(r.output.find("错误 1 个") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "escaped.html"));
  CHECK_FALSE(fs::exists(s.dir.parent_path() / "escaped.html"));
}

TEST_CASE("hardening: a very long id is a bad-id error with its line", "[cli][hardening]") {
  SampleSite s;
  add_notice(s, "long", "id: " + std::string(300, 'a') + "\n", "正文\n");
  Run r = run("build " + s.site() + kNow);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/notices/long/index.md:6:1: error: id 有 300 个字符，最多只能有 100 个") !=
        std::string::npos);
}

TEST_CASE("hardening: an issuer or topic of 90 Chinese characters gets a short folder", "[cli][hardening]") {
  SampleSite s;
  std::string issuer, topic;
  for (int i = 0; i < 90; ++i) issuer += "局";
  for (int i = 0; i < 90; ++i) topic += "题";
  edit(s, kPoints, "issuer: 盘锦市司法局", "issuer: " + issuer);
  edit(s, kPoints, "topics: [政务公开]", "topics: [政务公开, " + topic + "]");
  Run r = run("build " + s.site() + kNow);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  size_t long_folders = 0;
  for (const char* taxonomy : {"issuers", "topics"})
    for (const auto& entry : fs::directory_iterator(s.dir / "public" / taxonomy)) {
      CHECK(entry.path().filename().string().size() <= 120);
      long_folders += entry.path().filename().string().rfind("局局局", 0) == 0 ||
                      entry.path().filename().string().rfind("题题题", 0) == 0;
    }
  CHECK(long_folders == 2);
  // The page of the issuer shows the whole name.
  CHECK(read(s.dir / "public/issuers/index.html").find(issuer) != std::string::npos);
}

TEST_CASE("hardening: a file name with a line break or a backslash is a bad-file-name error", "[cli][hardening]") {
  SampleSite s;
  add_notice(s, "names", "attachments:\n  - {file: \"表\\n1.pdf\", title: 表}\n", "见[附件](a\\b.pdf)。\n");
  std::ofstream(s.dir / "content/notices/names/表\n1.pdf") << "PDF";
  std::ofstream(s.dir / "content/notices/names/a\\b.pdf") << "PDF";
  Run r = run("build " + s.site() + kNow);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(
            "content/notices/names/index.md:7:6: error: 附件（attachments）：文件名“表\\x0A1.pdf”含有控制字符") !=
        std::string::npos);
  CHECK(r.output.find("content/notices/names/index.md:14:2: error: 文件名“a\\b.pdf”含有反斜杠") != std::string::npos);
  CHECK(r.output.find("拒绝写到输出文件夹之外") == std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "public"));
}

TEST_CASE("hardening: control characters from YAML escapes are refused, while tabs and line breaks keep the feed XML",
          "[cli][hardening]") {
  SampleSite s;
  edit(s, kPoints, "title: 市司法局2018年政务公开工作要点", "title: \"市司法局\\x01政务公开\\uFFFE工作要点\"");
  Run bad = run("build " + s.site() + kNow);
  INFO(bad.output);
  CHECK(bad.exit_code == 1);
  CHECK(bad.output.find(kPoints.string() + ":2:1: error: “title”的文字中有控制字符 U+0001") != std::string::npos);

  edit(s, kPoints, "\\x01政务公开\\uFFFE", "\\t政务公开\\r\\n\\u0085");
  // A control character in the body reaches the summary: the feed drops it.
  edit(s, kPoints, "为做好2018年", "为\x01做好2018年");
  Run ok = run("build " + s.site() + kNow);
  INFO(ok.output);
  REQUIRE(ok.exit_code == 0);
  size_t feeds = 0;
  for (const auto& entry : fs::directory_iterator(s.dir / "public/feeds")) {
    INFO(entry.path());
    const std::string xml = read(entry.path());
    tinyxml2::XMLDocument doc;
    CHECK(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
    // tinyxml2 does not check characters: no byte XML 1.0 forbids may be there.
    size_t forbidden = 0;
    for (unsigned char c : xml) forbidden += c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    CHECK(forbidden == 0);
    CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
    ++feeds;
  }
  CHECK(feeds >= 2);
  CHECK(read(s.dir / "public/feeds/policies.xml").find("政务公开") != std::string::npos);
  CHECK(read(s.dir / "public/feeds/policies.xml").find("为做好2018年") != std::string::npos);
}

TEST_CASE("hardening: a theme stylesheet may not import through a symbolic link", "[cli][hardening]") {
  SampleSite s;
  std::ofstream(s.dir.string() + "-outside.scss") << ".leak { content: \"OUTSIDE-CANARY\"; }\n";
  fs::create_symlink(s.dir.string() + "-outside.scss", s.dir / "themes/default/scss/_leak.scss");
  std::ofstream(s.dir / "themes/default/scss/site.scss", std::ios::app) << "@import \"leak\";\n";
  Run r = run("build " + s.site() + kNow);
  INFO(r.output);
  fs::remove(s.dir.string() + "-outside.scss");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("样式表（SCSS）错误：@import “leak”要经过符号链接才能找到文件，已拒绝") != std::string::npos);
  CHECK(r.output.find("themes/default/scss/site.scss:") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "public"));
  // The stylesheet itself may not be a link either.
  fs::remove(s.dir / "themes/default/scss/_leak.scss");
  fs::rename(s.dir / "themes/default/scss/site.scss", s.dir / "site-real.scss");
  fs::create_symlink(s.dir / "site-real.scss", s.dir / "themes/default/scss/site.scss");
  Run linked = run("build " + s.site() + kNow);
  INFO(linked.output);
  CHECK(linked.exit_code == 1);
  CHECK(linked.output.find("themes/default/scss/site.scss: error: 主题的样式表是符号链接") != std::string::npos);
}

TEST_CASE("hardening: every sitemap URL has a lastmod, and the search page is noindex and not in the sitemap",
          "[cli][hardening]") {
  SampleSite s;
  Run r = run("build " + s.site() + kNow);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string sitemap = read(s.dir / "public/sitemap.xml");
  const std::regex url("<url><loc>([^<]*)</loc>(<lastmod>)?");
  size_t urls = 0;
  for (std::sregex_iterator it(sitemap.begin(), sitemap.end(), url), end; it != end; ++it, ++urls) {
    INFO((*it)[1].str());
    CHECK((*it)[2].matched);
  }
  CHECK(urls > 20);
  for (const char* index : {"topics/<", "issuers/<", "years/<", "columns/<"}) {
    INFO(index);
    CHECK(sitemap.find(index) != std::string::npos);
  }
  CHECK(sitemap.find("search/") == std::string::npos);
  CHECK(read(s.dir / "public/search/index.html").find("<meta name=\"robots\" content=\"noindex\">") !=
        std::string::npos);
}

TEST_CASE("hardening: deploy.server_name with ../ is refused before any bundle is written", "[cli][hardening]") {
  SampleSite s;
  edit(s, "site.yaml", "deploy:", "deploy:\n  server_name: \"../../escaped\"");
  Run r = run("bundle " + s.site() + kNow);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("“deploy.server_name”写的“../../escaped”不是主机名") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "escaped-2019-12-31.tar.gz"));
  CHECK_FALSE(fs::exists(s.dir / "dist"));
}
