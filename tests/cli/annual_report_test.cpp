// The 政府信息公开工作年度报告 and what it is computed from: the 规范性文件 lifecycle
// (施行日期, 有效期至, 失效 by itself) and the 依申请公开 request records, through the real
// binary on the sample site.
#include <catch2/catch.hpp>

#include <fstream>
#include <regex>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const char* kGuiding = "content/policies/2019/sfj-2019-gfxwj-guiding/index.md";
const char* kReport = "content/annual-reports/sfj-2019-xxgk-ndbg.md";

void replace_in(const fs::path& file, const std::string& from, const std::string& to) {
  std::string text = read(file);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(file, std::ios::binary) << text;
}

void write_file(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

// A reviewed public policy of the sample's issuer.
std::string policy(const std::string& id, const std::string& published, const std::string& index_no,
                   const std::string& extra) {
  return "---\ntitle: 测试文件" + id + "\ntype: policy\nid: " + id + "\nindex_no: 112111001234567886/" + index_no +
         "\nissuer: 盘锦市司法局\npublished: " + published + "\ndisclosure: public\n" + extra +
         "review:\n  - {stage: initial, by: 王某, date: 2019-01-02}\n  - {stage: second, by: 李某, date: 2019-01-02}\n"
         "  - {stage: approved, by: 张某, date: 2019-01-02}\n---\n正文。\n";
}

// The text of the annual report's page, tags removed.
std::string report_text(const SampleSite& s,
                        const std::string& page = "public/annual-reports/sfj-2019-xxgk-ndbg.html") {
  const std::string html = read(s.dir / page);
  return std::regex_replace(std::regex_replace(html, std::regex("<[^>]+>"), " "), std::regex("\\s+"), " ");
}

}  // namespace

TEST_CASE("annual report: a normative document is 尚未施行 before its 施行日期 and 失效 the day after valid_until",
          "[cli][annual-report]") {
  SampleSite s;
  replace_in(s.dir / kGuiding, "valid_until: 2024-10-31", "valid_until: 2020-03-31");
  const std::string page = "public/policies/sfj-2019-gfxwj-guiding.html";

  REQUIRE(run("build --quiet --now 2019-10-20 " + s.site()).exit_code == 0);
  CHECK(read(s.dir / page).find("尚未施行") != std::string::npos);
  CHECK(read(s.dir / page).find("施行日期") != std::string::npos);
  Run next = run("next-change --json --now 2019-10-30 " + s.site());
  CHECK(next.output.find("\"next\":\"2019-11-01\"") != std::string::npos);
  CHECK(next.output.find("\"kind\":\"take-effect\"") != std::string::npos);

  // Within six months of valid_until: due for evaluation (清理评估).
  Run soon = run("check --now 2020-01-20 " + s.site());
  INFO(soon.output);
  CHECK(soon.output.find(std::string(kGuiding) + ":") != std::string::npos);
  CHECK(soon.output.find(
            "warning: “盘锦市司法局行政规范性文件制定和备案管理办法”的有效期到 2020-03-31 为止，已不足六个月，"
            "应当开展清理评估") != std::string::npos);

  // The last valid day: still 有效, and next-change names the day it lapses.
  REQUIRE(run("build --quiet --now 2020-03-31 " + s.site()).exit_code == 0);
  CHECK(read(s.dir / page).find("本文件已失效") == std::string::npos);
  CHECK(read(s.dir / page).find("validity--valid") != std::string::npos);
  next = run("next-change --json --now 2020-03-31 " + s.site());
  INFO(next.output);
  CHECK(next.output.find("\"next\":\"2020-04-01\"") != std::string::npos);
  CHECK(next.output.find("\"kind\":\"lapse\"") != std::string::npos);

  // That day, with no edit: 失效, in the page and in the ledger.
  REQUIRE(run("build --quiet --now 2020-04-01 " + s.site()).exit_code == 0);
  CHECK(read(s.dir / page).find("本文件已失效") != std::string::npos);
  CHECK(read(s.dir / "reports/ledger.csv")
            .find("sfj-2019-gfxwj-guiding,2111000046/2019-00015,盘司发〔2019〕15号,"
                  "盘锦市司法局行政规范性文件制定和备案管理办法,盘锦市司法局,2019-09-20,"
                  "2019-09-25,public,,expired,") != std::string::npos);
  CHECK(read(s.dir / "reports/ledger.csv")
            .find(",是,2019-11-01,2020-03-31,PJSSFJ-2019-0001,盘锦市人民政府办公室,2019-10-08") != std::string::npos);
}

TEST_CASE("annual report: 第二十条（一） counts documents issued, repealed and lapsed across a year boundary",
          "[cli][annual-report]") {
  SampleSite s;
  // A 规章 issued at the end of 2019 that lapses in mid-2020; another issued on 2 January
  // 2020; a 规范性文件 of 2019 repealed on 1 January 2020.
  write_file(s.dir / "content/policies/test/a.md",
             policy("test-a", "2019-12-30", "2019-00901", "regulation: true\nvalid_until: 2020-06-30\n"));
  write_file(s.dir / "content/policies/test/b.md", policy("test-b", "2020-01-02", "2020-00902", "regulation: true\n"));
  write_file(s.dir / "content/policies/test/c.md",
             policy("test-c", "2019-05-01", "2019-00903",
                    "normative: true\nvalidity: repealed\nupdated: 2020-01-01\n"));
  // The 2019 report as typed: every figure of table 二's 第二十条（一）.
  replace_in(s.dir / kReport, "figures:\n",
             "figures:\n  规章/本年制发件数: 1\n  规章/本年废止件数: 0\n  规章/现行有效件数: 1\n"
             "  行政规范性文件/本年废止件数: 1\n");
  replace_in(s.dir / kReport,
             "行政规范性文件/本年制发件数: 2\n  行政规范性文件/本年废止件数: 1\n  行政规范性文件/现行有效件数: 2\n",
             "行政规范性文件/本年制发件数: 3\n  行政规范性文件/现行有效件数: 3\n");
  // The 2020 report.
  std::string report2020 = read(s.dir / kReport);
  report2020 = std::regex_replace(report2020, std::regex("sfj-2019-xxgk-ndbg"), "sfj-2020-xxgk-ndbg");
  report2020 = std::regex_replace(report2020, std::regex("year: 2019"), "year: 2020");
  report2020 = std::regex_replace(report2020, std::regex("2020-00001"), "2021-00001");
  report2020 = std::regex_replace(report2020, std::regex("published: 2020-01-17"), "published: 2020-12-30");
  report2020 = std::regex_replace(
      report2020, std::regex("figures:\n(  .*\n)*"),
      "figures:\n  规章/本年制发件数: 1\n  规章/本年废止件数: 1\n  规章/现行有效件数: 1\n"
      "  行政规范性文件/本年制发件数: 0\n  行政规范性文件/本年废止件数: 1\n  行政规范性文件/现行有效件数: 2\n");
  write_file(s.dir / "content/annual-reports/sfj-2020-xxgk-ndbg.md", report2020);

  Run r = run("build --lang en --now 2020-12-31 " + s.site());
  INFO(r.output);
  CHECK(r.output.find("annual-report-mismatch") == std::string::npos);
  CHECK(r.output.find(" 0 errors,") != std::string::npos);
  CHECK(report_text(s).find("规章 1 0 1 行政规范性文件 3 1 3") != std::string::npos);
  CHECK(report_text(s, "public/annual-reports/sfj-2020-xxgk-ndbg.html").find("规章 1 1 1 行政规范性文件 0 1 2") !=
        std::string::npos);
  // Both reports are in the 年报 part of 政府信息公开, the newer first, and in the catalog.
  const std::string disclosure = read(s.dir / "public/xxgk/index.html");
  CHECK(disclosure.find("sfj-2020-xxgk-ndbg.html") < disclosure.find("sfj-2019-xxgk-ndbg.html"));
  CHECK(disclosure.find("sfj-2019-xxgk-ndbg.html") != std::string::npos);
  CHECK(read(s.dir / "public/xxgk/ml/index.html").find("sfj-2020-xxgk-ndbg.html") != std::string::npos);
}

TEST_CASE("annual report: a figure typed by hand that differs from the site's fails, naming the row",
          "[cli][annual-report]") {
  SampleSite s;
  REQUIRE(run("build --quiet --now 2020-01-20 " + s.site()).exit_code == 0);
  CHECK(report_text(s).find("一、本年新收政府信息公开申请数量 3 1 0 0 1 0 5") != std::string::npos);
  CHECK(report_text(s).find("（七）总计 2 1 0 0 1 0 4 四、结转下年度继续办理 1 0 0 0 0 0 1") != std::string::npos);
  CHECK(report_text(s).find("行政复议 行政诉讼") != std::string::npos);

  replace_in(s.dir / kReport, "figures:\n", "figures:\n  本年新收/总计: 6\n");
  Run r = run("build --now 2020-01-20 " + s.site());
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(std::string(kReport) + ":20:3: error: 年度报告数据“本年新收/总计”填的是 6，"
                                             "但按 data/requests/2019.yaml 的登记统计是 5，请核对") !=
        std::string::npos);
  // The typed table no longer adds up either: the relation is named by its row.
  CHECK(
      r.output.find(
          "年度报告的勾稽关系不符：第三部分“一、本年新收政府信息公开申请数量”一行：总计是 6，但各类申请人加起来是 5") !=
      std::string::npos);
  Run json = run("check --json --now 2020-01-20 " + s.site());
  CHECK(json.output.find("\"code\":\"annual-report-mismatch\"") != std::string::npos);
}

TEST_CASE("annual report: request files whose carry-over does not add up fail with the request named",
          "[cli][annual-report]") {
  SampleSite s;
  // 2019-005 is still open at the end of 2019 (结转下年度), but the 2020 file forgets it, and
  // counts as 上年结转 a request 2019 never had.
  write_file(
      s.dir / "data/requests/2020.yaml",
      "requests:\n"
      "  - id: 2020-001\n    received: 2020-01-06\n    applicant: 科研机构\n    answered: 2020-01-20\n    result: 予以公开\n"
      "  - id: 2019-099\n    received: 2019-12-30\n    applicant: 其他\n    answered: 2020-01-10\n    result: 其他处理/其他\n");
  Run r = run("check --lang en --now 2020-02-20 " + s.site());
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(
      r.output.find(
          "data/requests/2019.yaml:38:5: error: request 2019-005 is still open at the end of 2019 (结转下年度继续办理), "
          "but data/requests/2020.yaml does not list it (上年结转政府信息公开申请数量)") != std::string::npos);
  CHECK(
      r.output.find("data/requests/2020.yaml:7:5: error: request 2019-099 is counted as 上年结转政府信息公开申请数量, "
                    "but data/requests/2019.yaml does not list it") != std::string::npos);
  CHECK(run("check --json --now 2020-02-20 " + s.site()).output.find("\"code\":\"request-carry-over\"") !=
        std::string::npos);

  // A bad row: its own file, line and column.
  write_file(s.dir / "data/requests/2020.yaml",
             "requests:\n  - id: 2020-001\n    received: 2020-01-06\n    applicant: 公司\n");
  r = run("check --lang en --now 2020-02-20 " + s.site());
  CHECK(r.output.find("data/requests/2020.yaml:4:5: error: \"applicant\": \"公司\" is not an applicant kind") !=
        std::string::npos);
}

TEST_CASE("annual report: a request answered after 20 working days is warned and listed in reports/",
          "[cli][annual-report]") {
  SampleSite s;
  // Received on 2019-09-16: the National Day week (and its two working weekend days) move
  // the deadline to 2019-10-17; 2019-10-14 was in time.
  replace_in(s.dir / "data/requests/2019.yaml", "answered: 2019-10-14", "answered: 2019-10-21");
  Run r = run("build --lang en --now 2020-01-20 " + s.site());
  INFO(r.output);
  CHECK(r.output.find(
            "data/requests/2019.yaml:31:5: warning: request 2019-004 (received 2019-09-16) was answered on 2019-10-21, "
            "2 working days after its deadline 2019-10-17") != std::string::npos);
  const std::string csv = read(s.dir / "reports/requests_overdue.csv");
  CHECK(csv.find("2019-004,data/requests/2019.yaml,31,2019-09-16,商业企业,2019-10-17,2019-10-21,2,否") !=
        std::string::npos);
  CHECK(csv.find("2019-001") == std::string::npos);
}

TEST_CASE("annual report: no request record, applicant or note reaches public/", "[cli][annual-report][privacy]") {
  SampleSite s;
  replace_in(s.dir / "data/requests/2019.yaml", "name: 张某", "name: 甄士隐CANARY7");
  replace_in(s.dir / "data/requests/2019.yaml", "note: 涉及第三方的内容经征求意见后删除", "note: CANARY-NOTE-5519");
  replace_in(s.dir / "data/requests/2019.yaml", "content: 申请公开2019年法律援助经费使用情况",
             "content: CANARY-CONTENT-3307");
  REQUIRE(run("build --quiet --now 2020-01-20 " + s.site()).exit_code == 0);
  const auto files = read_tree(s.dir / "public");
  REQUIRE(files.count("annual-reports/sfj-2019-xxgk-ndbg.html") == 1);
  REQUIRE(files.count("search/index.json") == 1);
  REQUIRE(files.count("sitemap.xml") == 1);
  for (const auto& [path, bytes] : files)
    for (const char* canary : {"甄士隐CANARY7", "CANARY-NOTE-5519", "CANARY-CONTENT-3307", "2019-12-23", "2019-005"}) {
      INFO(path << " contains " << canary);
      CHECK(bytes.find(canary) == std::string::npos);
    }
}

TEST_CASE("annual report: govsite new annual-report writes the report with its sections to fill in",
          "[cli][annual-report]") {
  SampleSite s;
  Run r = run("new annual-report --year 2020 --now 2021-01-04 " + s.site());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string text = read(s.dir / "content/annual-reports/2021/xxgk-ndbg-2020.md");
  CHECK(
      text.find(
          "title: \"盘锦市司法局2020年政府信息公开工作年度报告\"\ntype: annual-report\nid: xxgk-ndbg-2020\nyear: 2020\n") !=
      std::string::npos);
  CHECK(text.find("#   行政规范性文件：本年制发 0，本年废止 0，现行有效 2\n") != std::string::npos);
  CHECK(text.find("## 一、总体情况\n\n【请填写：") != std::string::npos);
  CHECK(text.find("## 五、存在的主要问题及改进情况\n\n【请填写：") != std::string::npos);
  CHECK(text.find("## 六、其他需要报告的事项\n\n【请填写：") != std::string::npos);
  // It starts as a draft: check accepts it, its prompts are warnings.
  Run check = run("check --lang en --now 2021-01-04 " + s.site());
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("xxgk-ndbg-2020.md:35:1: warning: fill in the placeholder 【请填写：") != std::string::npos);
}

TEST_CASE("annual report: last year's report is due on 31 January, and overdue after it", "[cli][annual-report]") {
  SampleSite s;
  // January: a warning, and next-change names the day it turns overdue.
  Run january = run("check --lang en --now 2021-01-04 " + s.site());
  INFO(january.output);
  CHECK(january.output.find(
            "sfj-2019-xxgk-ndbg.md:1:1: warning: the 2020 annual report (政府信息公开工作年度报告) is due by "
            "2021-01-31 (条例第五十条): `govsite new annual-report --year 2020` starts it") != std::string::npos);
  Run next = run("next-change --json --now 2021-01-30 " + s.site());
  CHECK(next.output.find("\"next\":\"2021-02-01\"") != std::string::npos);
  CHECK(next.output.find("\"kind\":\"annual-report-overdue\"") != std::string::npos);
  // On 31 January: still due, no veto.
  Run last_day = run("check --now 2021-01-31 --inspection " + s.site());
  CHECK(last_day.output.find("政府信息公开工作年度报告按时发布") == std::string::npos);
  // From 1 February: a single-veto item of the inspection (an error under --inspection).
  Run late = run("check --lang en --now 2021-02-01 --inspection " + s.site());
  INFO(late.output);
  CHECK(late.exit_code == 1);
  CHECK(
      late.output.find(
          "error: single-veto inspection item fails (单项否决): 政府信息公开工作年度报告按时发布: 2020 年度报告尚未发布") !=
      std::string::npos);
  REQUIRE(run("build --quiet --now 2021-02-01 " + s.site()).exit_code == 0);
  CHECK(read(s.dir / "reports/inspection.json").find("\"id\":\"annual-report-published\"") != std::string::npos);

  // Published on time: nothing to say.
  std::string report = read(s.dir / kReport);
  report = std::regex_replace(report, std::regex("sfj-2019-xxgk-ndbg"), "sfj-2020-xxgk-ndbg");
  report = std::regex_replace(report, std::regex("year: 2019"), "year: 2020");
  report = std::regex_replace(report, std::regex("2020-00001"), "2021-00001");
  report = std::regex_replace(report, std::regex("published: 2020-01-17"), "published: 2021-01-29");
  report = std::regex_replace(report, std::regex("figures:\n(  .*\n)*"), "");
  write_file(s.dir / "content/annual-reports/sfj-2020-xxgk-ndbg.md", report);
  Run on_time = run("check --lang en --now 2021-02-01 --inspection " + s.site());
  CHECK(on_time.output.find("annual report") == std::string::npos);
  CHECK(on_time.output.find("年度报告尚未发布") == std::string::npos);
}

TEST_CASE("annual report: an edit of the request records alone rebuilds the report's page",
          "[cli][annual-report][incremental]") {
  SampleSite s;
  REQUIRE(run("build --quiet --now 2020-01-20 " + s.site()).exit_code == 0);
  CHECK(report_text(s).find("一、本年新收政府信息公开申请数量 3 1 0 0 1 0 5") != std::string::npos);
  // Only data/requests/ changes: the build must not take the site as unchanged.
  replace_in(s.dir / "data/requests/2019.yaml", "applicant: 商业企业", "applicant: 科研机构");
  REQUIRE(run("build --quiet --now 2020-01-20 " + s.site()).exit_code == 0);
  CHECK(report_text(s).find("一、本年新收政府信息公开申请数量 3 0 1 0 1 0 5") != std::string::npos);
}
