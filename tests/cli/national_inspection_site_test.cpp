// The sample site as a national inspector checks it (issue 18: 国办秘函〔2019〕19号,
// 国办发〔2017〕47号 附件, 国办公开办函〔2019〕61号, 政府信息公开条例), on the built output:
// every HTML page, not the templates.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "core/url.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const std::string kAbsent = "(absent)";

// Every generated HTML page but 404.html (served for missing paths, not a page of its own).
std::vector<std::string> html_pages(const fs::path& pub) {
  std::vector<std::string> pages;
  for (const auto& e : fs::recursive_directory_iterator(pub)) {
    const std::string rel = e.path().lexically_relative(pub).generic_string();
    if (e.is_regular_file() && e.path().extension() == ".html" && rel != "404.html") pages.push_back(rel);
  }
  return pages;
}

// The page's URL as the site serves it: folder URLs for index.html.
std::string url_of_page(const std::string& rel) {
  const std::string index = "index.html";
  if (rel == index) return "";
  if (rel.size() > index.size() && rel.compare(rel.size() - index.size() - 1, index.size() + 1, "/" + index) == 0)
    return rel.substr(0, rel.size() - index.size());
  return rel;
}

std::string meta(const std::string& html, const std::string& name) {
  std::smatch m;
  if (std::regex_search(html, m, std::regex("<meta name=\"" + name + "\" content=\"([^\"]*)\">"))) return m[1].str();
  return kAbsent;
}

bool is_document_page(const std::string& rel) {
  for (const char* section : {"policies/", "interpretations/", "consultations/", "notices/", "services/", "progress/",
                              "pages/", "enforcement/", "inspection-plans/", "inspection-results/"})
    if (rel.rfind(section, 0) == 0 && rel.find("index") == std::string::npos) return true;
  return false;
}

struct BuiltSample {
  SampleSite site;
  fs::path pub;
  BuiltSample() : pub(site.dir / "public") {
    const Run r = run("build " + site.site() + " --now 2019-12-31");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
  }
};

}  // namespace

TEST_CASE("inspection: every page carries its own 找错 link, the 党政机关网站标识 and 互动交流", "[cli][inspection]") {
  BuiltSample b;
  const auto pages = html_pages(b.pub);
  REQUIRE(pages.size() > 40);
  const std::string base = "https://sfj.panjin.gov.cn/";
  for (const auto& rel : pages) {
    INFO(rel);
    const std::string html = read(b.pub / rel);
    const std::string jiucuo = "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2111000046&amp;url=" +
                               govsite::percent_encode_component(base + url_of_page(rel));
    CHECK(html.find("href=\"" + jiucuo + "\">我为政府网站找错</a>") != std::string::npos);
    CHECK(
        html.find("<a class=\"conac-mark\" href=\"https://bszs.conac.cn/sitename?method=show&amp;id=0000000000000000\">"
                  "<img src=\"") != std::string::npos);
    CHECK(html.find("img/conac.svg\" alt=\"党政机关网站标识\"") != std::string::npos);
    CHECK(html.find("<a class=\"site-nav__link\" href=\"") != std::string::npos);
    CHECK(std::regex_search(html, std::regex(R"(<a class="site-nav__link" href="[^"]*hdjl/"[^>]*>互动交流</a>)")));
    CHECK(std::regex_search(html, std::regex(R"(<a class="site-nav__link" href="[^"]*xxgk/"[^>]*>政府信息公开</a>)")));
    CHECK(html.find("<li><a href=\"https://www.panjin.gov.cn/hdjl/ldxx/\">局长信箱</a></li>") != std::string::npos);
  }
  CHECK(fs::exists(b.pub / "img/conac.svg"));
}

TEST_CASE("inspection: the page labels of 47号文 on every page type", "[cli][inspection]") {
  BuiltSample b;
  const std::regex pub_date(R"(\d{4}-\d\d-\d\d \d\d:\d\d)");
  size_t documents = 0, others = 0;
  for (const auto& rel : html_pages(b.pub)) {
    INFO(rel);
    const std::string html = read(b.pub / rel);
    CHECK(meta(html, "SiteName") == "盘锦市司法局");
    CHECK(meta(html, "SiteDomain") == "sfj.panjin.gov.cn");
    CHECK(meta(html, "SiteIDCode") == "2111000046");
    CHECK_FALSE(meta(html, "ColumnName").empty());
    CHECK_FALSE(meta(html, "ColumnType").empty());
    CHECK(meta(html, "ColumnType") != kAbsent);
    if (is_document_page(rel)) {
      ++documents;
      CHECK(std::regex_match(meta(html, "PubDate"), pub_date));
      CHECK_FALSE(meta(html, "ArticleTitle").empty());
      CHECK_FALSE(meta(html, "ContentSource").empty());
      CHECK_FALSE(meta(html, "Author").empty());
      CHECK(meta(html, "Url") == "https://sfj.panjin.gov.cn/" + rel);
      CHECK(meta(html, "Description") != kAbsent);
    } else {
      ++others;
      CHECK(meta(html, "ArticleTitle") == kAbsent);
      CHECK_FALSE(meta(html, "ColumnDescription").empty());
      CHECK(meta(html, "ColumnDescription") != kAbsent);
      CHECK_FALSE(meta(html, "ColumnKeywords").empty());
      CHECK(meta(html, "ColumnKeywords") != kAbsent);
    }
  }
  CHECK(documents == 20);
  CHECK(others > 20);
  // A time written in front matter is the PubDate's; without one it is 00:00.
  CHECK(meta(read(b.pub / "policies/sfj-2019-plan.html"), "PubDate") == "2019-08-12 09:30");
  CHECK(meta(read(b.pub / "policies/sfj-2018-zwgk-points.html"), "PubDate") == "2018-03-22 00:00");
  CHECK(meta(read(b.pub / "policies/index.html"), "ColumnType") == "信息发布");
  // Image: the first image of the body, absolute; none without one.
  CHECK(meta(read(b.pub / "interpretations/sfj-2019-plan-yitu.html"), "Image") ==
        "https://sfj.panjin.gov.cn/interpretations/sfj-2019-plan-yitu/yitu-2019-plan.svg");
  CHECK(meta(read(b.pub / "policies/sfj-2019-plan.html"), "Image") == kAbsent);
  CHECK(meta(read(b.pub / "xxgk/index.html"), "ColumnType") == "政府信息公开");
  CHECK(meta(read(b.pub / "hdjl/index.html"), "ColumnType") == "互动交流");
}

TEST_CASE("inspection: every document page shows 发布日期 and 发布机构, 更新日期 where changed", "[cli][inspection]") {
  BuiltSample b;
  size_t pages = 0;
  for (const auto& rel : html_pages(b.pub)) {
    if (!is_document_page(rel)) continue;
    ++pages;
    INFO(rel);
    const std::string html = read(b.pub / rel);
    CHECK(std::regex_search(
        html,
        std::regex(R"(<(?:dt|th scope="row")>发布日期</(?:dt|th)>\s*<(?:dd|td)><time datetime="\d{4}-\d\d-\d\d">)")));
    CHECK(std::regex_search(
        html, std::regex(R"(<(?:dt|th scope="row")>(?:发布机构|发文机关)</(?:dt|th)>\s*<(?:dd|td)>[^<]+</)")));
    CHECK(std::regex_search(
        html, std::regex(R"(<(?:dt|th scope="row")>索引号</(?:dt|th)>\s*<(?:dd|td)>[0-9A-Z]+/\d{4}-\d{5}</)")));
  }
  CHECK(pages == 20);
  for (const char* page : {"pages/jgzn.html", "pages/lxfs.html", "pages/gkzn.html", "pages/gkzd.html"}) {
    INFO(page);
    const std::string html = read(b.pub / page);
    CHECK(html.find("<dt>发布机构</dt><dd>盘锦市司法局</dd>") != std::string::npos);
  }
  const std::string jgzn = read(b.pub / "pages/jgzn.html");
  CHECK(jgzn.find("<dt>更新日期</dt><dd><time datetime=\"2019-11-18\">2019-11-18</time></dd>") != std::string::npos);
  CHECK(read(b.pub / "pages/lxfs.html").find("更新日期") == std::string::npos);
  // 领导信息 (条例第二十条（二）): name, 职务 and 分工 of each leader, as a list.
  CHECK(jgzn.find("<h2 class=\"leaders__heading\" id=\"leaders-heading\">领导信息</h2>") != std::string::npos);
  CHECK(std::regex_search(
      jgzn,
      std::regex(
          R"(<li class="leaders__item">\s*<p class="leaders__name"><span class="leaders__post">党组书记、局长</span>张某某</p>\s*<p class="leaders__duties">分工：主持局全面工作。</p>)")));
  size_t leaders = 0;
  for (size_t at = jgzn.find("<li class=\"leaders__item\">"); at != std::string::npos;
       at = jgzn.find("<li class=\"leaders__item\">", at + 1))
    ++leaders;
  CHECK(leaders == 5);
}

TEST_CASE("inspection: the 政府信息公开 page has the five parts of 61号文, linked from navigation and home",
          "[cli][inspection]") {
  BuiltSample b;
  const std::string html = read(b.pub / "xxgk/index.html");
  for (const char* part :
       {"政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"}) {
    INFO(part);
    CHECK(std::regex_search(html,
                            std::regex(std::string("<h2 class=\"home-block__heading\" id=\"xxgk-[a-z]+-heading\">") +
                                       part + "</h2>")));
  }
  CHECK(html.find("<a href=\"../pages/gkzn.html\">盘锦市司法局政府信息公开指南</a>") != std::string::npos);
  CHECK(html.find("<a href=\"../pages/gkzd.html\">盘锦市司法局政府信息公开制度</a>") != std::string::npos);
  // 依申请公开: the page (with the 申请表 as docx and pdf) and the online platform.
  CHECK(html.find("<a class=\"doc-list__title\" href=\"../pages/ysqgk.html\">依申请公开</a>") != std::string::npos);
  CHECK(html.find("href=\"https://www.panjin.gov.cn/xxgk/ysqgk/\"") != std::string::npos);
  const std::string apply = read(b.pub / "pages/ysqgk.html");
  for (const char* heading : {"受理机构", "申请流程", "办理时限", "收费标准"})
    CHECK(apply.find(heading) != std::string::npos);
  CHECK(apply.find("（Word版）") != std::string::npos);
  // The parts sit under 政府信息公开 in the navigation and the breadcrumbs.
  CHECK(apply.find("当前位置：<a href=\"../\">首页</a> &gt; <a href=\"../xxgk/\">政府信息公开</a> &gt;") !=
        std::string::npos);
  CHECK(apply.find("href=\"../xxgk/\" aria-current=\"page\">政府信息公开</a>") != std::string::npos);
  CHECK(apply.find("（PDF版）") != std::string::npos);
  CHECK(fs::file_size(b.pub / "pages/ysqgk/政府信息公开申请表.docx") > 1000);
  CHECK(read(b.pub / "pages/ysqgk/政府信息公开申请表.pdf").rfind("%PDF-", 0) == 0);
  // No 年报 yet: a clear note, not an empty list.
  CHECK(html.find("目前尚未发布") != std::string::npos);
  CHECK(html.find("<ul class=\"doc-list\">\n      </ul>") == std::string::npos);
  // 法定主动公开内容 by 条例第二十条 category: those with documents list them, those the
  // site says it has none of say so, and no category is an empty list.
  CHECK(std::regex_search(
      html,
      std::regex(
          R"(<span class="disclosure-category__item">（二）</span>机构职能</h3>\s*<ul class="doc-list">\s*<li class="doc-list__item">\s*<a class="doc-list__title" href="../pages/)")));
  CHECK(std::regex_search(
      html,
      std::regex(
          R"(（六）</span>行政处罚、行政强制</h3>\s*<ul class="doc-list">\s*<li class="doc-list__item">\s*<a class="doc-list__title" href="../enforcement/xzcf-2019-008.html">)")));
  CHECK(std::regex_search(
      html, std::regex(R"(（八）</span>行政事业性收费</h3>\s*<p class="empty-note">本机关无此类信息。</p>)")));
  const std::regex empty_list(R"(<ul class="doc-list">\s*</ul>)");
  CHECK_FALSE(std::regex_search(html, empty_list));
  // The parts are not repeated among the categories.
  CHECK(html.find("<a class=\"doc-list__title\" href=\"../pages/gkzn.html\">") == std::string::npos);

  const std::string home = read(b.pub / "index.html");
  CHECK(home.find("<a href=\"./xxgk/\">政府信息公开</a>") != std::string::npos);
  for (const char* anchor : {"xxgk-content", "xxgk-reports", "xxgk-apply"})
    CHECK(home.find(std::string("./xxgk/#") + anchor) != std::string::npos);
  CHECK(home.find("<a href=\"./hdjl/\">互动交流</a>") != std::string::npos);
  CHECK(home.find("<li><a href=\"https://www.panjin.gov.cn/hdjl/zxts/\">咨询投诉</a></li>") != std::string::npos);
  const std::string interaction = read(b.pub / "hdjl/index.html");
  CHECK(interaction.find("href=\"https://www.panjin.gov.cn/hdjl/ldxx/\">局长信箱</a>") != std::string::npos);
}

TEST_CASE("inspection: assign-index numbers each public document once, changing one line", "[cli][inspection]") {
  SampleSite s;
  const fs::path notice = s.dir / "content/notices/2019/tzgg-2019-zwgk-training.md";
  const fs::path page = s.dir / "content/pages/lxfs.md";
  std::string notice_text = read(notice), page_text = read(page);
  const auto drop_index = [](std::string text) {
    const size_t at = text.find("index_no: ");
    return text.erase(at, text.find('\n', at) + 1 - at);
  };
  // Two documents as they were before the site had numbers, one with CRLF line ends.
  std::string crlf;
  for (char c : drop_index(page_text)) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::ofstream(notice, std::ios::binary) << drop_index(notice_text);
  std::ofstream(page, std::ios::binary) << crlf;

  // From index_required_from on, a public document without its 索引号 fails the check.
  {
    std::string yaml = read(s.dir / "site.yaml");
    yaml.replace(yaml.find("index_required_from: 2020-01-01"), 31, "index_required_from: 2019-09-01");
    std::ofstream(s.dir / "site.yaml", std::ios::binary) << yaml;
  }
  Run check = run("check " + s.site() + " --now 2019-12-31");
  CHECK(check.exit_code == 1);
  CHECK(check.output.find("tzgg-2019-zwgk-training.md:1:1: error: 缺少索引号（index_no）") != std::string::npos);
  CHECK(check.output.find("lxfs.md:1:1: warning: 缺少索引号（index_no）") != std::string::npos);

  Run assigned = run("assign-index " + s.site());
  INFO(assigned.output);
  CHECK(assigned.exit_code == 0);
  CHECK(assigned.output.find("112111001234567886/2019-00020  content/pages/lxfs.md") != std::string::npos);
  CHECK(assigned.output.find("112111001234567886/2019-00021  content/notices/2019/tzgg-2019-zwgk-training.md") !=
        std::string::npos);
  std::string expected_page = crlf;
  expected_page.insert(expected_page.find("published: 2019-08-20\r\n") + 23,
                       "index_no: 112111001234567886/2019-00020\r\n");
  CHECK(read(page) == expected_page);
  std::string expected_notice = drop_index(notice_text);
  expected_notice.insert(expected_notice.find("published: 2019-09-02 10:15\n") + 28,
                         "index_no: 112111001234567886/2019-00021\n");
  CHECK(read(notice) == expected_notice);
  CHECK(run("check " + s.site() + " --now 2019-12-31").exit_code == 0);
  // Once: a second run changes nothing.
  Run again = run("assign-index " + s.site());
  CHECK(again.output.find("govsite assign-index：给 0 篇文档编了索引号") != std::string::npos);
  CHECK(read(notice) == expected_notice);
}
