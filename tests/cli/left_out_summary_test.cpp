// The summary of build and check lists the documents left out of the site (drafts,
// scheduled, not public, …) with their reason, as reports/build.json does; --quiet
// leaves it out.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/govsite_binary.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

struct Site : TempSite {
  Site() : TempSite("left-out") {}
  int docs = 0;
  // A page with `extra` front matter lines, published on `published`.
  void doc(const std::string& name, const std::string& extra, const std::string& published = "2019-01-02") {
    std::ofstream(dir / "content" / name, std::ios::binary)
        << "---\ntitle: 测试\ntype: page\npublished: " << published << "\nindex_no: 112111001234567886/2019-"
        << std::to_string(10000 + ++docs)
        << "\nreview:\n"
           "  - {stage: initial, by: 甲, date: 2019-01-01}\n  - {stage: second, by: 乙, date: 2019-01-01}\n"
           "  - {stage: approved, by: 丙, date: 2019-01-01}\n"
        << extra << "---\n正文。\n";
  }
  std::string site() const { return "--site '" + dir.string() + "' --now 2020-01-01"; }
};

}  // namespace

TEST_CASE(
    "left out: the summary lists drafts, scheduled and non-public documents with their reason, and check says 将写入页面",
    "[cli][left-out]") {
  Site s;
  s.doc("online.md", "disclosure: public\n");
  for (const std::string name : {"d1", "d2", "d3", "d4", "d5", "d6", "d7"})
    s.doc(name + ".md", "disclosure: public\ndraft: true\n");
  s.doc("later.md", "disclosure: public\n", "2020-01-10");
  s.doc("inner.md", "disclosure: withheld\ndisclosure_reason: 内部事务信息\n");

  for (const std::string command : {"check", "build"}) {
    Run r = run(command + " " + s.site());
    INFO(r.output);
    CHECK(r.exit_code == 0);
    // After the summary line: five names of a reason, then how many there are in all.
    CHECK(r.output.find("个，用时 ") < r.output.find("未发布的文档 9 篇：\n"));
    // check writes nothing: it says what a build would write.
    CHECK(r.output.find(command == "check" ? "，将写入页面 " : "，写入页面 ") != std::string::npos);
    if (command == "check") CHECK(r.output.find("，写入页面 ") == std::string::npos);
    CHECK(
        r.output.find("未发布的文档 9 篇：\n"
                      "  草稿 7 篇：content/d1.md、content/d2.md、content/d3.md、content/d4.md、content/d5.md 等 7 篇\n"
                      "  未到发布日期 1 篇：content/later.md（定于 2020-01-10）\n"
                      "  不公开 1 篇：content/inner.md\n") != std::string::npos);
  }
  // Built again with nothing changed (from the build cache): the same list.
  Run again = run("build " + s.site());
  CHECK(again.output.find("（与上次构建相比没有变化）") != std::string::npos);
  CHECK(again.output.find("  未到发布日期 1 篇：content/later.md（定于 2020-01-10）\n") != std::string::npos);

  Run en = run("check --lang en " + s.site());
  CHECK(en.output.find("9 documents left out:\n"
                       "  draft (7): content/d1.md, content/d2.md, content/d3.md, content/d4.md, content/d5.md … (7 in "
                       "all)\n"
                       "  scheduled (1): content/later.md (on 2020-01-10)\n"
                       "  not public (1): content/inner.md\n") != std::string::npos);

  Run quiet = run("build --quiet " + s.site());
  CHECK(quiet.output.find("未发布") == std::string::npos);
  CHECK(quiet.output.find("content/") == std::string::npos);

  // Nothing left out: no list.
  for (const std::string name : {"d1", "d2", "d3", "d4", "d5", "d6", "d7", "later", "inner"})
    fs::remove(s.dir / "content" / (name + ".md"));
  Run none = run("check " + s.site());
  CHECK(none.output.find("未发布") == std::string::npos);
}
