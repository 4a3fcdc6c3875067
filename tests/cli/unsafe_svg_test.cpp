// An SVG with a script, linked from a document, is refused through the real binary: the
// build fails with `unsafe-svg` naming the element, and the file reaches no output. The same
// drawing without its script is published.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("unsafe svg: a linked SVG with <script> fails the build and is not published", "[cli][svg]") {
  const TempSite temp("svg");
  const fs::path& dir = temp.dir;
  fs::create_directories(dir / "content/notices");
  std::ofstream(dir / "content/notices/chart.md")
      << "---\ntitle: 图解\ntype: notice\npublished: 2019-01-02\ndisclosure: public\nreview:\n"
         "  - {stage: initial, by: 甲, date: 2019-01-01}\n  - {stage: second, by: 乙, date: 2019-01-01}\n"
         "  - {stage: approved, by: 丙, date: 2019-01-01}\n---\n正文\n\n见![一图读懂](chart.svg)。\n";
  const std::string drawing =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">\n<rect width=\"10\"/>\n";
  std::ofstream(dir / "content/notices/chart.svg") << drawing << "<script>alert(document.cookie)</script>\n</svg>\n";
  const std::string site = "--site '" + dir.string() + "' --now 2020-01-01";

  Run text = run("build " + site);
  INFO(text.output);
  CHECK(text.exit_code == 1);
  CHECK(text.output.find("content/notices/chart.md:13:2: error: SVG 文件 content/notices/chart.svg 有不安全的内容："
                         "<script> 元素（该文件第3行）") != std::string::npos);
  CHECK_FALSE(fs::exists(dir / "public"));
  Run json = run("check --json " + site);
  CHECK(json.exit_code == 1);
  CHECK(json.output.find("\"code\":\"unsafe-svg\"") != std::string::npos);

  // Without the script the drawing is published beside its page.
  std::ofstream(dir / "content/notices/chart.svg", std::ios::trunc) << drawing << "</svg>\n";
  Run fixed = run("build " + site);
  INFO(fixed.output);
  CHECK(fixed.exit_code == 0);
  bool published = false;
  for (const auto& f : fs::recursive_directory_iterator(dir / "public"))
    if (f.path().filename() == "chart.svg") published = read_file(f.path()) == drawing + "</svg>\n";
  CHECK(published);
}
