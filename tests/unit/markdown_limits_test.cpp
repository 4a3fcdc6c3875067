#include <catch2/catch.hpp>

#include <string>

#include "core/diagnostics.h"
#include "core/messages.h"
#include "render/markdown.h"
#include "render/markdown_limits.h"

using namespace govsite;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// The problem found in `text`, as "line:column: message" in English, or "" when there is
// none (the Chinese text of each message is the catalog's, checked below for one).
std::string problem(const std::string& text) {
  set_language(Language::en);
  auto p = find_markdown_too_complex(text);
  set_language(Language::zh);
  return p ? std::to_string(p->line) + ":" + std::to_string(p->column) + ": " + p->message : "";
}

}  // namespace

TEST_CASE("markdown limits: real documents pass", "[markdown-limits]") {
  std::string table = "|" + repeat(" 列 |", 50) + "\n|" + repeat("---|", 50) + "\n";
  table += repeat("|" + repeat(" 值 |", 50) + "\n", 1000);
  CHECK(problem(table) == "");
  CHECK(problem(repeat("见![图](a.png)和[文件](b.pdf)，", 300) + "\n") == "");
  CHECK(problem(repeat("> ", 10000) + "引用\n") == "");
  std::string lists;
  for (int i = 0; i < 10000; ++i) lists += std::string(static_cast<size_t>(i % 400) * 2, ' ') + "- 项\n";
  CHECK(problem(lists) == "");
  CHECK(problem(repeat("政务公开工作要点，详见 https://www.gov.cn/zhengce/(2019)。\n\n", 20000)) == "");
  CHECK(problem(repeat("标题\n---\n\n正文<?php echo 1; ?>。\n\n", 5000)) == "");
  CHECK(problem(std::string(5 * 1024 * 1024, 'x') + "\n") == "");
}

TEST_CASE("markdown limits: image brackets before many links", "[markdown-limits]") {
  // GHSA-r572-jvj2-3m8p, fixed in 0.29.0.gfm.7: every link walks back over the open "![".
  CHECK(problem("第一行\n\n" + repeat("![[]()", 80000)).rfind("3:", 0) == 0);
  CHECK(problem(repeat("![[]()", 80000)).find("too many image brackets \"![\"") != std::string::npos);
}

TEST_CASE("markdown limits: wide tables, wide rows and many cells", "[markdown-limits]") {
  const std::string wide = "|" + repeat("a|", 600) + "\n|" + repeat("-|", 600) + "\n" + repeat("x\n", 600);
  CHECK(problem("正文\n\n" + wide) ==
        "4:1: this table has 600 columns; at most 100 (put wide tables in an attachment)");
  CHECK(problem(std::string(40000, '|') + "\n-|-\n") ==
        "1:1: this table header has 39999 cells; at most 100 (write a \"|\" inside a cell as \\|)");
  CHECK(problem("a|b\n-|-\n" + repeat("|a", 20000)) ==
        "3:1: this table row has 20000 cells; at most 100 (write a \"|\" inside a cell as \\|)");
  CHECK(problem("|" + repeat("a|", 100) + "\n|" + repeat("-|", 100) + "\n" + repeat("x\n", 5000))
            .find("more than 200000 cells, counting the empty cells") != std::string::npos);
  // A paragraph parsed again as a table header at every line that looks like "---|---".
  CHECK(problem(repeat("a|b\n-|-|-\n", 20000)).find("too many lines like \"---|---\"") != std::string::npos);
  CHECK(problem(repeat(std::string(100, 'a') + "\n-|-|-\n", 4000)).find("too many lines like") != std::string::npos);
  // A table ended by a heading and followed by a narrower one is still counted as wide.
  CHECK(problem("|" + repeat("a|", 100) + "\n|" + repeat("-|", 100) + "\nx\n# 标题\na\n-\n" + repeat("x\n", 3000))
            .find("more than 200000 cells") != std::string::npos);
  // A table with a "|---|---|" line under every row is read once.
  CHECK(problem("|a|b|\n|-|-|\n" + repeat("|x|y|\n|-|-|\n", 5000)) == "");
  // Lines end at a lone "\r" too, as the parser ends them.
  CHECK(problem(repeat("aaa\rbbb\n", 200000)).rfind("300001:1: the text has more than 300000 lines", 0) == 0);
}

TEST_CASE(
    "markdown limits: unclosed processing instructions and CDATA sections are scanned to the end of the paragraph",
    "[markdown-limits]") {
  // GHSA-24f7-9frr-5h2r (handle_pointy_brace), fixed in 0.29.0.gfm.7.
  CHECK(problem(repeat("a <?", 40000)).find("too many \"<?\" or \"<![\"") != std::string::npos);
  CHECK(problem(repeat("a <![CDATA[", 40000)).find("too many \"<?\" or \"<![\"") != std::string::npos);
}

TEST_CASE("markdown limits: deep nesting followed by many lines or marks", "[markdown-limits]") {
  // GHSA-66g8-4hjf-77xh, fixed in 0.29.0.gfm.10.
  CHECK(problem(repeat(" -", 20000) + "x" + std::string(20000, '\n')).find("nested too deeply") != std::string::npos);
  CHECK(problem(std::string(20000, '>') + repeat("a*", 20000)).find("nested too deeply") != std::string::npos);
}

TEST_CASE("markdown limits: addresses the autolinker trims one character at a time", "[markdown-limits]") {
  CHECK(problem("见 www.a" + std::string(80000, ')')) ==
        "1:5: this web or mail address runs on for 80005 bytes with 80000 \")\" and \"@\" and no space: put a space "
        "after the address");
  CHECK(problem(repeat("a@", 400000)).find("web or mail address") != std::string::npos);
  CHECK(problem("http://a" + std::string(80000, ')')).find("web or mail address") != std::string::npos);
}

TEST_CASE("markdown limits: marks and lines bound the parser's memory", "[markdown-limits]") {
  CHECK(problem(std::string(3000000, '&')).rfind("1:500001: the text has more than 500000 Markdown marks", 0) == 0);
  CHECK(problem(repeat("- ", 3000000)).rfind("1:1: the text has more than 500000 Markdown marks", 0) == 0);
  CHECK(problem(repeat("a\n", 1000000)).rfind("300001:1: the text has more than 300000 lines", 0) == 0);
}

TEST_CASE("markdown limits: a refused text is not parsed", "[markdown-limits]") {
  RenderedMarkdown r = render_markdown("[链接](a.pdf)\n\n" + repeat("![[]()", 80000), nullptr);
  REQUIRE(r.too_complex);
  CHECK(r.too_complex->line == 3);
  CHECK(r.html.empty());
  CHECK(r.links.empty());
}

TEST_CASE("markdown limits: the error carries the line in the document's file", "[markdown-limits]") {
  Diagnostics diags;
  report_markdown_too_complex(*find_markdown_too_complex("正文\n" + repeat("![[]()", 80000)), "content/a.md", 12,
                              diags);
  REQUIRE(diags.sorted().size() == 1);
  const Diagnostic d = diags.sorted()[0];
  CHECK(d.code == "markdown-too-complex");
  CHECK(d.path == "content/a.md");
  CHECK(d.line == 13);
  CHECK(d.severity == Severity::error);
  CHECK(d.message.rfind("图片标记“![”太多（这一段有 ", 0) == 0);
}
