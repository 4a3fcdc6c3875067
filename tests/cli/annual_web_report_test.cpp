// The 政府网站工作年度报表 (国办函〔2018〕12号) through the real binary on the sample site: the
// page's standard table and the home page's link, `govsite new annual-web-report`, figures
// checked, and the report of the year before due from 1 January and late from 1 February.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const char* kReport = "content/web-reports/wzndbb-2019.md";

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read(file);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

std::string text_of(const std::string& html) {
  return std::regex_replace(std::regex_replace(html, std::regex("<[^>]+>"), " "), std::regex("\\s+"), " ");
}

// The JSON object of one item of reports/inspection.json.
std::string item(const std::string& json, const std::string& id) {
  const size_t at = json.find("{\"id\":\"" + id + "\"");
  if (at == std::string::npos) return "";
  return json.substr(at, json.find("{\"id\":", at + 1) - at);
}

// The sample's 2019 report made the 2020 one, published on `published`.
void add_2020_report(const SampleSite& s, const std::string& published) {
  std::string text = read(s.dir / kReport);
  text = std::regex_replace(text, std::regex("wzndbb-2019"), "wzndbb-2020");
  text = std::regex_replace(text, std::regex("2019年度"), "2020年度");
  text = std::regex_replace(text, std::regex("year: 2019"), "year: 2020");
  text = std::regex_replace(text, std::regex("2020-00002"), "2021-00001");
  text = std::regex_replace(text, std::regex("published: 2020-01-20"), "published: " + published);
  std::ofstream(s.dir / "content/web-reports/wzndbb-2020.md", std::ios::binary) << text;
}

}  // namespace

TEST_CASE("annual web report: the page shows the standard table, and the home page links it", "[cli][web-report]") {
  SampleSite s;
  Run r = run("build --now 2020-01-25 " + s.site());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("annual-web-report") == std::string::npos);  // no warning: every figure is typed
  const std::string html = read(s.dir / "public/web-reports/wzndbb-2019.html");
  const std::string table = text_of(html);
  CHECK(
      table.find("网站名称 盘锦市司法局 首页网址 https://sfj.panjin.gov.cn/ 主办单位 盘锦市司法局 网站类型 部门网站 "
                 "政府网站标识码 2111000046 ICP备案号 辽ICP备2023000267号-1 公安机关备案号 辽公网安备21112302000034号 "
                 "独立用户访问总量（单位：个） 41236 网站总访问量（单位：次） 168532") != std::string::npos);
  // Counted from the sample's 2019 documents: 5 pages, two notices and a progress report, 11
  // documents of the catalog; 3 special columns opened in 2019; 2 text and 1 图解 interpretations.
  CHECK(table.find("信息发布（单位：条） 总数 19 概况类信息更新量 5 政务动态信息更新量 3 信息公开目录信息更新量 11 "
                   "专栏专题（单位：个） 维护数量 3 新开设数量 3") != std::string::npos);
  CHECK(table.find("解读信息发布（单位：条）：总数 3 解读信息发布（单位：条）：解读材料数量 2 "
                   "解读信息发布（单位：条）：解读产品数量 1") != std::string::npos);
  CHECK(table.find("是否发布服务事项目录 是 注册用户数（单位：个） 0 政务服务事项数量（单位：项） 1") !=
        std::string::npos);
  CHECK(table.find("征集调查（单位：期）：征集调查期数 1") != std::string::npos);
  CHECK(table.find("安全检测评估次数（单位：次） 4 发现问题数量（单位：个） 6 问题整改数量（单位：个） 6") !=
        std::string::npos);
  CHECK(table.find("其他 未填写") != std::string::npos);
  CHECK(html.find("<th scope=\"rowgroup\" rowspan=\"4\">信息发布（单位：条）</th>") != std::string::npos);
  // Its page labels, as for every document page.
  CHECK(html.find("<meta name=\"ArticleTitle\" content=\"盘锦市司法局政府网站工作年度报表（2019年度）\">") !=
        std::string::npos);
  CHECK(html.find("<meta name=\"SiteIDCode\" content=\"2111000046\">") != std::string::npos);
  // 国办函〔2018〕12号: on the home page, and listed with the reports of other years.
  const std::string home = read(s.dir / "public/index.html");
  CHECK(home.find("政府网站工作年度报表</h2>") != std::string::npos);
  CHECK(home.find("href=\"./web-reports/wzndbb-2019.html\"") != std::string::npos);
  CHECK(read(s.dir / "public/web-reports/index.html").find("wzndbb-2019.html") != std::string::npos);
}

TEST_CASE("annual web report: figures are checked against their kind and the site's counts", "[cli][web-report]") {
  SampleSite s;
  replace_in(s.dir / kReport, "  网站总访问量: 168532\n", "  网站总访问量: 16万\n  信息发布/总数: 20\n");
  replace_in(s.dir / kReport, "  办件量/总数: 1862\n", "  办件量/总数: 1900\n");
  replace_in(s.dir / kReport, "  独立用户访问总量: 41236\n", "  访问量: 41236\n");
  Run r = run("check --now 2020-01-25 " + s.site());
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(std::string(kReport) + ":18:3: error: “figures”里的“访问量”不是网站工作年度报表里的数据项") !=
        std::string::npos);
  CHECK(r.output.find(std::string(kReport) +
                      ":19:3: error: “figures”里“网站总访问量”写的是“16万”，应当是整数（不带单位和逗号）") !=
        std::string::npos);
  CHECK(r.output.find(std::string(kReport) + ":20:3: error: 网站工作年度报表数据“信息发布/总数”填的是 20，"
                                             "但按网站 2019 年发布的内容统计是 19") != std::string::npos);
  CHECK(r.output.find(
            "error: 网站工作年度报表的“办件量/总数”是 1900，但“办件量/自然人办件量”加“办件量/法人办件量”是 1862") !=
        std::string::npos);
  CHECK(r.output.find(
            "warning: 2019 年网站工作年度报表还有这些数据没有填写（在“figures”下填写，数据来自网站运维和统计）："
            "独立用户访问总量") != std::string::npos);
  Run json = run("check --json --now 2020-01-25 " + s.site());
  CHECK(json.output.find("\"code\":\"annual-web-report-mismatch\"") != std::string::npos);
  CHECK(json.output.find("\"code\":\"annual-web-report-unfilled\"") != std::string::npos);
}

TEST_CASE("annual web report: govsite new annual-web-report writes the year's report to fill in", "[cli][web-report]") {
  SampleSite s;
  Run made = run("new annual-web-report --year 2020 --now 2021-01-05 " + s.site());
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  const std::string text = read(s.dir / "content/web-reports/2021/wzndbb-2020.md");
  CHECK(
      text.find(
          "title: \"盘锦市司法局政府网站工作年度报表（2020年度）\"\ntype: annual-web-report\nid: wzndbb-2020\nyear: 2020\n") !=
      std::string::npos);
  CHECK(text.find("figures:\n  网站类型: 部门网站") != std::string::npos);
  CHECK(text.find("  安全防护/是否开展应急演练: 否\n") != std::string::npos);
  CHECK(text.find("信息发布/总数:") == std::string::npos);  // computed: not to fill in
  CHECK(text.find("index_no: 112111001234567886/2021-00001") != std::string::npos);
  CHECK(text.find("draft: true") != std::string::npos);
  // A draft of the year: still due, and pointed at.
  Run check = run("check --now 2021-01-05 " + s.site());
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(check.output.find(
            "content/web-reports/2021/wzndbb-2020.md:1:1: warning: 2020 年政府网站工作年度报表应当在 2021-01-31 "
            "前在网站首页发布") != std::string::npos);
  // The year the sample already has.
  Run again = run("new annual-web-report --year 2019 --now 2021-01-05 " + s.site());
  CHECK(again.exit_code != 0);
  CHECK(again.output.find("wzndbb-2019") != std::string::npos);
}

TEST_CASE("annual web report: last year's is due from 1 January and a failing inspection item from 1 February",
          "[cli][web-report][inspection]") {
  SampleSite s;
  const std::string due =
      "warning: 2020 年政府网站工作年度报表应当在 2021-01-31 前在网站首页发布（国办函〔2018〕12号）";
  Run december = run("check --now 2020-12-31 " + s.site());
  CHECK(december.output.find("政府网站工作年度报表") == std::string::npos);
  Run january = run("check --now 2021-01-01 " + s.site());
  CHECK(january.output.find(std::string(kReport) + ":1:1: " + due) != std::string::npos);
  CHECK(run("check --now 2021-01-31 " + s.site()).output.find(due) != std::string::npos);
  CHECK(item(read(s.dir / "reports/inspection.json"), "annual-web-report-published").find("\"result\":\"pass\"") !=
        std::string::npos);
  Run next = run("next-change --json --now 2021-01-05 " + s.site());
  INFO(next.output);
  CHECK(next.output.find("\"next\":\"2021-02-01\"") != std::string::npos);
  CHECK(next.output.find("\"kind\":\"annual-web-report-overdue\",\"file\":\"" + std::string(kReport) + "\"") !=
        std::string::npos);

  // 1 February: late. A scored item (19号文 does not make it a single veto): it fails in the
  // report, and no inspection-veto names it.
  Run february = run("check --inspection --now 2021-02-01 " + s.site());
  INFO(february.output);
  CHECK(february.output.find(std::string(kReport) + ":1:1: warning: 2020 年政府网站工作年度报表已超过发布期限 1 天") !=
        std::string::npos);
  const std::string json = read(s.dir / "reports/inspection.json");
  const std::string web = item(json, "annual-web-report-published");
  CHECK(web.find("\"veto\":false,\"result\":\"fail\",\"value\":1,") != std::string::npos);
  CHECK(web.find("国办函〔2018〕12号") != std::string::npos);
  CHECK(february.output.find("单项否决）：政府网站工作年度报表") == std::string::npos);
  CHECK(read(s.dir / "reports/inspection.html").find("政府网站工作年度报表按时发布") != std::string::npos);

  // Published on 20 January: neither due nor late.
  add_2020_report(s, "2021-01-20");
  Run on_time = run("check --now 2021-02-01 " + s.site());
  INFO(on_time.output);
  CHECK(on_time.output.find("政府网站工作年度报表") == std::string::npos);
  CHECK(item(read(s.dir / "reports/inspection.json"), "annual-web-report-published").find("\"result\":\"pass\"") !=
        std::string::npos);
  // Published on 3 February: late all the same.
  add_2020_report(s, "2021-02-03");
  CHECK(run("check --now 2021-02-05 " + s.site()).output.find("2020 年政府网站工作年度报表已超过发布期限 5 天") !=
        std::string::npos);
}

TEST_CASE("inspection: page labels and 互动交流 are items of their own", "[cli][inspection]") {
  SampleSite s;
  REQUIRE(run("build --quiet --now 2019-12-31 " + s.site()).exit_code == 0);
  const std::string json = read(s.dir / "reports/inspection.json");
  const std::string labels = item(json, "page-labels");
  CHECK(labels.find("\"result\":\"pass\",\"value\":0,") != std::string::npos);
  for (const char* label :
       {"SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ArticleTitle", "PubDate", "ContentSource"})
    CHECK(labels.find(std::string("\"cells\":[\"") + label + "\"") != std::string::npos);
  CHECK(labels.find("每个文档页面（20 个）") != std::string::npos);
  const std::string interaction = item(json, "interaction");
  CHECK(interaction.find("\"veto\":true,\"result\":\"pass\"") != std::string::npos);
  CHECK(interaction.find("\"cells\":[\"局长信箱\",\"https://www.panjin.gov.cn/hdjl/ldxx/\"]") != std::string::npos);
  CHECK(interaction.find("列出 3 个互动交流渠道") != std::string::npos);
  const std::string html = read(s.dir / "reports/inspection.html");
  CHECK(html.find("网页标签（元数据）") != std::string::npos);
  CHECK(html.find("互动交流渠道") != std::string::npos);
  // The labels the item reports are the ones each page carries.
  const std::string page = read(s.dir / "public/policies/sfj-2019-plan.html");
  for (const char* meta :
       {"SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ArticleTitle", "PubDate", "ContentSource"})
    CHECK(page.find(std::string("<meta name=\"") + meta + "\" content=\"") != std::string::npos);
}
