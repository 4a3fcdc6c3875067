// Links in a body written as a page's address ("/policies/x.html", "../x.html") instead of
// a document's id: reported in the document, at its line and character column, with the
// id to write; the theme itself writes no root-absolute link outside the 404 page.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

struct Site : TempSite {
  Site() : TempSite("links") {}
  int docs = 0;
  // A public page with the id `id`; its body starts on line 12.
  void doc(const std::string& id, const std::string& body) {
    std::ofstream(dir / "content" / (id + ".md"), std::ios::binary)
        << "---\ntitle: 测试\ntype: page\npublished: 2019-01-02\ndisclosure: public\nindex_no: 112111001234567886/2019-"
        << std::to_string(10000 + ++docs)
        << "\nreview:\n"
           "  - {stage: initial, by: 甲, date: 2019-01-01}\n  - {stage: second, by: 乙, date: 2019-01-01}\n"
           "  - {stage: approved, by: 丙, date: 2019-01-01}\n---\n"
        << body;
  }
  std::string site() const { return "--site '" + dir.string() + "' --now 2020-01-01"; }
};

}  // namespace

TEST_CASE("links: a root-absolute or ../ page address in a body is an error in the document, with the id to write",
          "[cli][links]") {
  Site s;
  s.doc("lxfs", "联系方式。\n");
  s.doc("a",
        "见[另一篇](/policies/2019/sfj-2019-neibu.html)。\n"
        "又见[联系](/pages/lxfs.html#电话)和[上级](../x.html)，[外部](https://www.gov.cn/)。\n");
  for (const std::string command : {"check", "build"}) {
    Run r = run(command + " " + s.site());
    INFO(r.output);
    CHECK(r.exit_code == 1);
    // The document, its line and the character column of "[", not a page of the output
    // blamed on the theme.
    CHECK(r.output.find("content/a.md:12:2: error: 链接“/policies/2019/sfj-2019-neibu.html”以“/”开头："
                        "以“/”开头的链接在网站放在子目录下时会失效。请用文档的 id 链接，例如本篇的 id 是“a”，"
                        "链接它就写 [标题](a)") != std::string::npos);
    // An address whose page is a document's: that document's id.
    CHECK(r.output.find("content/a.md:13:3: error: 链接“/pages/lxfs.html#电话”以“/”开头：以“/”开头的链接在网站放在"
                        "子目录下时会失效。它指向的是 id 为“lxfs”的文档，请改成 [标题](lxfs)\n") != std::string::npos);
    // ../ names a page, not an attachment.
    CHECK(r.output.find("content/a.md:13:29: error: 链接“../x.html”写的是网页地址，不是文档的 id") !=
          std::string::npos);
    CHECK(r.output.find("附件和图片请和文档放在同一个文件夹\n") == std::string::npos);
    CHECK(r.output.find("模板或主题") == std::string::npos);
    CHECK(r.output.find("链接“https://www.gov.cn/”") == std::string::npos);  // external links stay allowed
  }
  Run json = run("check --json " + s.site());
  CHECK(json.output.find("\"line\":12,\"column\":2,\"severity\":\"error\",\"code\":\"link-by-address\"") !=
        std::string::npos);
  Run en = run("check --lang en " + s.site());
  CHECK(
      en.output.find("content/a.md:13:3: error: the link \"/pages/lxfs.html#电话\" starts with \"/\", which breaks "
                     "when the site is served under a sub-path; it names the document \"lxfs\": write [title](lxfs)") !=
      std::string::npos);

  // Written by id, the same links build.
  fs::remove(s.dir / "content/a.md");
  s.doc("b", "见[联系](lxfs#电话)和[外部](https://www.gov.cn/)。\n");
  Run fixed = run("build " + s.site());
  INFO(fixed.output);
  CHECK(fixed.exit_code == 0);
  CHECK(read(s.dir / "public/pages/b.html").find("href=\"../pages/lxfs.html#") != std::string::npos);
}

TEST_CASE("links: a file beside the document keeps its name, even one that looks like a page", "[cli][links]") {
  Site s;
  s.doc("a", "[旧版页面](old.html)和[缺少的](missing.pdf)\n");
  std::ofstream(s.dir / "content/old.html") << "<p>旧版</p>";
  Run r = run("check " + s.site());
  INFO(r.output);
  CHECK(r.output.find("link-by-address") == std::string::npos);
  CHECK(r.output.find("content/a.md:12:1: error: 网站不允许发布“old.html”这种类型的文件") != std::string::npos);
  CHECK(r.output.find("content/a.md:12:18: error: 文件“missing.pdf”不存在") != std::string::npos);
}

TEST_CASE("links: the theme's pages link relatively, only 404.html starts from the site's path", "[cli][links]") {
  SampleSite s;
  // Served under a sub-path: a root-absolute link without it would lead out of the site.
  std::string yaml = read(s.dir / "site.yaml");
  const std::string base = "base_url: https://sfj.panjin.gov.cn/";
  REQUIRE(yaml.find(base) != std::string::npos);
  yaml.replace(yaml.find(base), base.size(), "base_url: https://www.panjin.gov.cn/sfj/");
  std::ofstream(s.dir / "site.yaml") << yaml;
  Run r = run("build " + s.site() + " --now 2019-12-31");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::regex root_absolute(R"re((href|src|action)="/([^/"][^"]*)?")re");
  size_t pages = 0;
  for (const auto& e : fs::recursive_directory_iterator(s.dir / "public")) {
    if (e.path().extension() != ".html") continue;
    ++pages;
    const std::string html = read(e.path());
    INFO(e.path().string());
    for (auto m = std::sregex_iterator(html.begin(), html.end(), root_absolute); m != std::sregex_iterator(); ++m) {
      INFO(m->str());
      CHECK(e.path().filename() == "404.html");
      CHECK(m->str(2).rfind("sfj/", 0) == 0);
    }
  }
  CHECK(pages > 40);
}
