#include <catch2/catch.hpp>

#include "render/markdown.h"
#include "render/signature.h"
#include "render/summary.h"

using namespace govsite;

TEST_CASE("markdown: a soft break between Chinese characters adds no space", "[markdown]") {
  auto r = render_markdown("各县、区司法局，\n局直属各单位\n局机关各科室。\n", nullptr);
  CHECK(r.html == "<p>各县、区司法局，局直属各单位局机关各科室。</p>\n");
  CHECK(r.plain_text == "各县、区司法局，局直属各单位局机关各科室。");
}

TEST_CASE("markdown: a soft break between Latin words stays a space", "[markdown]") {
  auto r = render_markdown("IPv6\nready 改造\n", nullptr);
  CHECK(r.html == "<p>IPv6\nready 改造</p>\n");
}

TEST_CASE("markdown: a break next to bold Chinese text is joined too", "[markdown]") {
  auto r = render_markdown("**（一）深入实施预公开制度**。出台\n政府规章\n", nullptr);
  CHECK(r.html == "<p><strong>（一）深入实施预公开制度</strong>。出台政府规章</p>\n");
}

TEST_CASE("markdown: raw HTML is never passed through", "[markdown]") {
  auto r = render_markdown("<script>alert(1)</script>\n\n段落<img src=x onerror=alert(1)>\n", nullptr);
  CHECK(r.html.find("<script") == std::string::npos);
  CHECK(r.html.find("<img") == std::string::npos);
}

TEST_CASE("markdown: GFM tables, strikethrough and autolinks", "[markdown]") {
  auto r = render_markdown("| 科室 | 电话 |\n| --- | --- |\n| 办公室 | 0427 |\n\n~~旧~~ 见 https://www.gov.cn\n",
                           nullptr);
  CHECK(r.html.find("<table>") != std::string::npos);
  CHECK(r.html.find("<th>科室</th>") != std::string::npos);
  CHECK(r.html.find("<del>旧</del>") != std::string::npos);
  CHECK(r.html.find("<a href=\"https://www.gov.cn\">") != std::string::npos);
}

TEST_CASE("markdown: links are reported with their line and can be rewritten", "[markdown]") {
  auto r = render_markdown("第一行\n\n见[方案](sfj-2019-plan#二)和[外部](https://x.cn)。\n",
                           [](const MarkdownLink& link) -> std::optional<std::string> {
                             if (link.url.rfind("sfj-", 0) == 0) return "../../policies/sfj-2019-plan/#二";
                             return std::nullopt;
                           });
  REQUIRE(r.links.size() == 2);
  CHECK(r.links[0].url == "sfj-2019-plan#二");
  CHECK(r.links[0].line == 3);
  CHECK(r.html.find("href=\"../../policies/sfj-2019-plan/#%E4%BA%8C\"") != std::string::npos);
  CHECK(r.html.find("href=\"https://x.cn\"") != std::string::npos);
}

TEST_CASE("summary: cut at a sentence end within the limit", "[summary]") {
  CHECK(summarize("第一句。第二句很长很长很长。第三句。", 12) == "第一句。");
  CHECK(summarize("第一句话比较长。第二句。", 11) == "第一句话比较长。");
  CHECK(summarize("短句。", 120) == "短句。");
}

TEST_CASE("summary: no sentence end means a cut at the limit, never inside a character", "[summary]") {
  CHECK(summarize("一二三四五六七八九十", 4) == "一二三四…");
  CHECK(summarize("政务\n公开  工作", 120) == "政务公开工作");
  CHECK(summarize("open   data\nportal", 120) == "open data portal");
}

TEST_CASE("summary: only the characters around the limit decide the cut", "[summary]") {
  // summarize stops reading the text one character past the limit: these sit on it.
  CHECK(summarize("一二三四", 4) == "一二三四");        // exactly the limit: no cut
  CHECK(summarize("一二三四五", 4) == "一二三四…");     // one more: cut
  CHECK(summarize("一二三四  \n  ", 4) == "一二三四");  // only whitespace after it
  CHECK(summarize("ab cd ef", 5) == "ab cd…");          // a space follows the limit
  CHECK(summarize("ab cdef", 5) == "ab…");              // limit inside a word
  CHECK(summarize("ab cd\n\nef gh", 6) == "ab cd…");    // the limit falls on a folded space
  CHECK(summarize("一二。三四五六七八" + std::string(5000, 'x'), 6) == "一二。");
}

TEST_CASE("signature: the closing issuer and date are marked for right alignment", "[markdown]") {
  const std::string html = render_markdown("正文。\n\n盘锦市司法局\n\n2019年8月12日\n", nullptr).html;
  CHECK(mark_signatures(html) ==
        "<p>正文。</p>\n<div class=\"signature\">\n<p>盘锦市司法局</p>\n<p>2019年8月12日</p>\n</div>\n");
}

TEST_CASE("signature: a sentence followed by a date is not a signature", "[markdown]") {
  const std::string html = render_markdown("会议定于下列日期召开，请准时参加。\n\n2019年8月12日\n", nullptr).html;
  CHECK(mark_signatures(html) == html);
}

TEST_CASE("summary: a cut at the limit never splits a Latin word or number", "[summary]") {
  CHECK(summarize("推进门户网站IPv6改造工作", 8) == "推进门户网站…");
  CHECK(summarize("open government data portal", 12) == "open…");
  CHECK(summarize("编号20191231文件", 6) == "编号…");
}

TEST_CASE("markdown: a break after full-width punctuation joins too, and a Latin-CJK break stays a space",
          "[markdown]") {
  CHECK(render_markdown("第一条，\n第二条。\n", nullptr).html == "<p>第一条，第二条。</p>\n");
  CHECK(render_markdown("IPv6\n改造\n", nullptr).html == "<p>IPv6\n改造</p>\n");
}
