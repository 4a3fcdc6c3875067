// The 政府网站工作年度报表 (model/annual_web_report.h) on an inline site: which document counts
// in which row, the figures' relations, and when last year's report is due.
#include <catch2/catch.hpp>

#include "content/document_parser.h"
#include "model/annual_web_report.h"
#include "test_site_keys.h"

using namespace govsite;

namespace {

Document doc(const std::string& type, const std::string& id, const std::string& published,
             const std::string& extra = "") {
  Diagnostics diags;
  auto d = parse_document(
      "---\ntitle: 文档" + id + "\ntype: " + type + "\npublished: " + published + "\ndisclosure: public\n" + extra +
          "review:\n  - {stage: initial, by: 甲, date: 2018-01-02}\n"
          "  - {stage: second, by: 乙, date: 2018-01-03}\n  - {stage: approved, by: 丙, date: 2018-01-04}\n"
          "---\n正文\n",
      "content/" + type + "/" + id + ".md", id, diags);
  REQUIRE(d);
  INFO(id);
  REQUIRE_FALSE(diags.has_errors());
  return *d;
}

SiteConfig config() {
  Diagnostics diags;
  auto c = parse_site_config(
      "title: 测试局\nbase_url: https://x.gov.cn/\norganization: 测试局\nsite_code: \"1234567890\"\nicp: 辽ICP备1号\n"
      "psb: 辽公网安备2号\n" GOVSITE_TEST_INSPECTION_KEYS
      "columns:\n  - {id: old, title: 老专栏, kind: news}\n  - {id: new, title: 新专栏, kind: notice}\n"
      "  - {id: later, title: 明年专栏, kind: news}\n  - {id: empty, title: 空专栏, kind: news}\n",
      "site.yaml", diags);
  REQUIRE(c);
  REQUIRE_FALSE(diags.has_errors());
  return *c;
}

const char* const kWebReportFigures =
    "year: 2019\nfigures:\n  网站总访问量: 1000\n  解读信息发布/媒体评论文章数量: 2\n  办件量/总数: 10\n"
    "  办件量/自然人办件量: 6\n  办件量/法人办件量: 3\n  安全防护/发现问题数量: 2\n  安全防护/问题整改数量: 3\n";

std::vector<Document> site_documents() {
  return {
      doc("page", "jgzn", "2018-03-01", "updated: 2019-05-01\n"),       // 概况: updated in 2019
      doc("page", "lxfs", "2018-03-01"),                                // not in 2019
      doc("page", "ldxx", "2019-02-01"),                                // 概况
      doc("notice", "n1", "2019-04-01", "column: new\n"),               // 政务动态; opens 新专栏 in 2019
      doc("notice", "n0", "2018-12-31", "column: old\n"),               // 2018: not counted; 老专栏 from 2018
      doc("progress", "p1", "2019-06-01", "tasks: []\n"),               // 政务动态
      doc("notice", "n2", "2020-01-02", "column: later\n"),             // 2020: not counted
      doc("policy", "z1", "2019-03-01"),                                // 目录
      doc("interpretation", "j1", "2019-03-02", "interprets: [z1]\n"),  // 目录, 解读材料
      doc("interpretation", "j2", "2019-03-03", "interprets: [z1]\nform: qa\n"),     // 解读材料
      doc("interpretation", "j3", "2019-03-04", "interprets: [z1]\nform: chart\n"),  // 解读产品
      doc("interpretation", "j4", "2019-03-05", "interprets: [z1]\nform: video\n"),  // 解读产品
      doc("consultation", "c1", "2019-05-01",
          "opens: 2019-05-01\ncloses: 2019-05-31\nfeedback: {received: 12, adopted: 3, summary: 采纳3条}\n"),
      doc("consultation", "c2", "2019-11-01", "opens: 2019-11-01\ncloses: 2019-12-01\n"),
      doc("consultation", "c0", "2018-12-20", "opens: 2018-12-20\ncloses: 2019-01-20\n"),  // opened in 2018
      doc("service", "s1", "2018-06-01"),                                                  // online at the year's end
      doc("service", "s2", "2019-06-01", "expires: 2019-09-30\n"),  // withdrawn before the year's end
      doc("annual-web-report", "wzndbb-2019", "2020-01-20", kWebReportFigures),
  };
}

std::string value(const std::vector<WebReportRow>& rows, const std::string& key) {
  const WebReportRow* row = find_web_report_row(rows, key);
  REQUIRE(row);
  return row->value;
}

}  // namespace

TEST_CASE("annual web report: each section of the year counts in its row", "[web-report]") {
  const SiteConfig c = config();
  SiteModel m = build_site_model(site_documents(), Date{2020, 1, 25});
  const WebReportCounts counts = count_web_report(m, c, 2019);
  CHECK(counts.overview == 2);  // jgzn (updated), ldxx
  CHECK(counts.news == 2);      // n1, p1
  CHECK(counts.catalog == 8);   // z1, j1-j4, c1, c2, s2 (the report itself is not counted)
  CHECK(counts.total() == 12);
  CHECK(counts.columns_kept == 2);  // 老专栏 (2018) and 新专栏 (2019); 明年专栏 opens in 2020, 空专栏 never
  CHECK(counts.columns_new == 1);
  CHECK(counts.interp_material == 2);
  CHECK(counts.interp_product == 2);
  CHECK(counts.services == 1);
  CHECK(counts.consultations == 2);
  CHECK(counts.opinions == 12);
  CHECK(counts.results == 1);

  const Document& report = m.docs.back();
  const std::vector<WebReportRow> rows = web_report_rows(m, c, report);
  CHECK(value(rows, "网站名称") == "测试局");
  CHECK(value(rows, "政府网站标识码") == "1234567890");
  CHECK(value(rows, "ICP备案号") == "辽ICP备1号");
  CHECK(value(rows, "公安机关备案号") == "辽公网安备2号");
  CHECK(value(rows, "信息发布/总数") == "12");
  CHECK(value(rows, "解读信息发布/总数") == "6");  // 2 materials + 2 products + 2 media articles (typed)
  CHECK(value(rows, "办事服务/是否发布服务事项目录") == "是");
  CHECK(value(rows, "网站总访问量") == "1000");
  CHECK(value(rows, "独立用户访问总量").empty());  // not typed: 未填写
  CHECK(find_web_report_row(rows, "信息发布/总数")->source == WebRowSource::computed);

  // 办件量 6 + 3 is not 10; 3 problems fixed of 2 found.
  const std::vector<std::string> problems = web_report_problems(rows);
  REQUIRE(problems.size() == 2);
  CHECK(problems[0].find("办件量/总数") != std::string::npos);
  CHECK(problems[1].find("安全防护/问题整改数量") != std::string::npos);
}

TEST_CASE("annual web report: figure kinds", "[web-report]") {
  CHECK(valid_web_figure(WebFigureKind::number, "168532"));
  CHECK_FALSE(valid_web_figure(WebFigureKind::number, "16,853"));
  CHECK_FALSE(valid_web_figure(WebFigureKind::number, "-1"));
  CHECK(valid_web_figure(WebFigureKind::decimal, "4.6"));
  CHECK_FALSE(valid_web_figure(WebFigureKind::decimal, "4.6天"));
  CHECK(valid_web_figure(WebFigureKind::yes_no, "是"));
  CHECK_FALSE(valid_web_figure(WebFigureKind::yes_no, "有"));
  CHECK(valid_web_figure(WebFigureKind::site_type, "部门网站"));
  CHECK_FALSE(valid_web_figure(WebFigureKind::site_type, "门户"));
}

TEST_CASE("annual web report: last year's is due by 31 January, for a site that keeps them", "[web-report]") {
  std::vector<Document> docs = site_documents();
  docs.pop_back();
  docs.push_back(doc("annual-web-report", "wzndbb-2018", "2019-01-20", "year: 2018\n"));
  const SiteModel before = build_site_model(docs, Date{2019, 12, 31});
  CHECK_FALSE(missing_web_report_year(before));  // 2018's is out
  const Document* latest = nullptr;
  const SiteModel january = build_site_model(docs, Date{2020, 1, 1});
  CHECK(missing_web_report_year(january, &latest) == 2019);
  REQUIRE(latest);
  CHECK(latest->id == "wzndbb-2018");
  CHECK(web_report_deadline(2019).str() == "2020-01-31");
  // Published on time: not missing, on 1 February either.
  docs.push_back(doc("annual-web-report", "wzndbb-2019", "2020-01-31", "year: 2019\n"));
  CHECK_FALSE(missing_web_report_year(build_site_model(docs, Date{2020, 2, 1})));
  // Published late counts as not out by the deadline.
  docs.back() = doc("annual-web-report", "wzndbb-2019", "2020-02-03", "year: 2019\n");
  CHECK(missing_web_report_year(build_site_model(docs, Date{2020, 2, 5})) == 2019);
  // A site without any such report is not judged, nor one whose first report is of a later year.
  docs.pop_back();
  docs.pop_back();
  CHECK_FALSE(missing_web_report_year(build_site_model(docs, Date{2020, 2, 5})));
  docs.push_back(doc("annual-web-report", "wzndbb-2020", "2021-01-20", "year: 2020\n"));
  CHECK_FALSE(missing_web_report_year(build_site_model(docs, Date{2020, 2, 5})));
  CHECK_FALSE(missing_web_report_year(build_site_model(docs, Date{2021, 2, 5})));
}
