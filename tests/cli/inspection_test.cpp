// The 19号文 self-inspection end to end: a site failing every single-veto item a build can
// see (tests/sites/inspection-veto), the same site fixed, and the sample site.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include "govsite_binary.h"
#include "sample_site.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

size_t count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The JSON object of one item of reports/inspection.json (items hold no nested objects
// before their rows).
std::string item(const std::string& json, const std::string& id) {
  const size_t at = json.find("{\"id\":\"" + id + "\"");
  if (at == std::string::npos) return "";
  return json.substr(at, json.find("{\"id\":", at + 1) - at);
}

struct Copy : TempFolder {
  Copy() : TempFolder("inspection") {
    fs::copy(fs::path(GOVSITE_SOURCE_DIR) / "tests/sites/inspection-veto", dir, fs::copy_options::recursive);
  }
  std::string site() const { return "--site " + dir.string(); }
};

const char* const kReview =
    "review:\n  - {stage: initial, by: 甲, date: 2020-02-20}\n  - {stage: second, by: 乙, date: 2020-02-21}\n"
    "  - {stage: approved, by: 丙, date: 2020-02-22}\n";

}  // namespace

TEST_CASE("inspection: each failing veto item is reported with its figures and source, and check --inspection fails",
          "[cli][inspection]") {
  Copy s;
  Run check = run("check " + s.site() + " --now 2020-03-02 --inspection");
  CHECK(check.exit_code == 1);
  CHECK(count(check.output, "error: 单项否决指标不合格：") == 4);
  CHECK(check.output.find(
            "首页更新：首页最近一次更新 2019-06-05，距检查日 271 天；最晚应于 2019-06-19 前再次更新；已超过2周 257 天"
            "（国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》 单项否决指标·网站不更新）") != std::string::npos);
  Run en = run("check " + s.site() + " --now 2020-03-02 --inspection --lang en");
  CHECK(en.output.find(
            "首页更新: 首页最近一次更新 2019-06-05，距检查日 271 天；最晚应于 2019-06-19 前再次更新; 已超过2周 257 天 "
            "(国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》 单项否决指标·网站不更新)") != std::string::npos);
  CHECK(
      check.output.find(
          "动态、要闻类和通知公告、政策文件类栏目更新：11 个动态、要闻类和通知公告、政策文件类栏目中，6 个未在要求期限内更新；"
          "已达不合格线（5 个），现有 6 个") != std::string::npos);
  CHECK(check.output.find("空白栏目：5 个空白栏目") != std::string::npos);
  CHECK(check.output.find("办事指南要素：6 个办事指南中，6 个缺失4个（含）以上要素；已达不合格线（5 个），现有 6 个"
                          "（国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》 单项否决指标·服务不实用）") !=
        std::string::npos);
  CHECK(check.output.find("错误 4 个，警告 11 个，未通过的单项否决项 4 个") != std::string::npos);

  // check writes the inspection report, and only it.
  const std::string json = slurp(s.dir / "reports/inspection.json");
  CHECK(
      json.find(
          "\"date\":\"2020-03-02\",\"rules\":\"国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》\",\"veto_items_failing\":4") !=
      std::string::npos);
  CHECK(item(json, "home-updated")
            .find("\"veto\":true,\"result\":\"fail\",\"value\":271,\"threshold\":14,\"unit\":\"天\"") !=
        std::string::npos);
  CHECK(item(json, "columns-stale").find("\"result\":\"fail\",\"value\":6,\"threshold\":5") != std::string::npos);
  CHECK(
      item(json, "columns-stale")
          .find(
              "{\"failing\":true,\"cells\":[\"通知公告1\",\"columns/tz1/\",\"通知公告、政策文件类（6个月内更新）\",\"1\",\"2019-06-01\",\"2019-12-01\",\"未更新，已超期 92 天\"]}") !=
      std::string::npos);
  CHECK(item(json, "columns-empty").find("\"result\":\"fail\",\"value\":5,\"threshold\":5") != std::string::npos);
  CHECK(item(json, "columns-overdue").find("\"result\":\"pass\",\"value\":6,\"threshold\":10") != std::string::npos);
  CHECK(item(json, "service-guides").find("\"result\":\"fail\",\"value\":6,\"threshold\":5") != std::string::npos);
  CHECK(item(json, "service-guides")
            .find("\"source\":\"国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》 单项否决指标·服务不实用\"") !=
        std::string::npos);
  CHECK(
      item(json, "service-guides")
          .find(
              "申请材料、办理流程、办理时限、收费标准、办理地点、咨询电话、办理机构、办理时间、监督投诉电话、样表下载\",\"10\",\"不合格\"") !=
      std::string::npos);
  const std::string html = slurp(s.dir / "reports/inspection.html");
  CHECK(html.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(html.find("单项否决指标不合格 4 项") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "public"));

  // Without --inspection: warnings, and a build still publishes (an urgent notice goes out).
  Run plain = run("check " + s.site() + " --now 2020-03-02");
  CHECK(plain.exit_code == 0);
  CHECK(count(plain.output, "warning: 单项否决指标不合格：") == 4);
  Run build = run("build " + s.site() + " --now 2020-03-02");
  CHECK(build.exit_code == 0);
  CHECK(build.output.find("错误 0 个，警告 15 个，未通过的单项否决项 4 个") != std::string::npos);
  CHECK(fs::exists(s.dir / "public/index.html"));
  CHECK(slurp(s.dir / "reports/inspection.json") == json);
  CHECK(slurp(s.dir / "reports/build.json").find("\"code\":\"inspection-veto\"") != std::string::npos);
  // A rebuild with nothing changed repeats the last build, its veto count included.
  CHECK(run("build " + s.site() + " --now 2020-03-02").output.find("未通过的单项否决项 4 个") != std::string::npos);
}

TEST_CASE("inspection: the same site fixed passes, and next-change names the day the home page turns stale",
          "[cli][inspection]") {
  Copy s;
  // A notice of 1 March in each 通知公告 column: the home page, the columns and the section are fresh.
  for (int i = 1; i <= 5; ++i)
    std::ofstream(s.dir / ("content/notices/new" + std::to_string(i) + ".md"))
        << "---\ntitle: 新通知" << i << "\ntype: notice\ncolumn: tz" << i
        << "\npublished: 2020-03-01\ndisclosure: public\n"
        << "index_no: 000014349/2020-0000" << i << "\n"
        << kReview << "---\n正文。\n";
  // The empty columns removed.
  const std::string yaml = slurp(s.dir / "site.yaml");
  std::ofstream(s.dir / "site.yaml") << std::regex_replace(yaml, std::regex("  - \\{id: kb[^\n]*\n"), "");
  // Every guide given the elements it lacked except a form to download: 1 missing, 合格.
  for (int i = 1; i <= 6; ++i) {
    const fs::path guide = s.dir / ("content/services/bs" + std::to_string(i) + ".md");
    std::string text = slurp(guide);
    text.replace(
        text.find("published:"), 0,
        "materials: 身份证\nsteps: [申请, 受理, 决定]\ntime_limit: 7个工作日\nfee: 不收费\nlocation: 服务大厅\n"
        "phone: 0000-1234567\nagency: 测试市司法局\nhours: 工作日9:00至17:00\ncomplaint_phone: 0000-7654321\n");
    std::ofstream(guide) << text;
  }
  Run check = run("check " + s.site() + " --now 2020-03-02 --inspection");
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("错误 0 个，警告 0 个，未通过的单项否决项 0 个") != std::string::npos);
  const std::string json = slurp(s.dir / "reports/inspection.json");
  CHECK(json.find("\"veto_items_failing\":0") != std::string::npos);
  CHECK(item(json, "home-updated").find("\"result\":\"pass\",\"value\":1,\"threshold\":14") != std::string::npos);
  CHECK(item(json, "home-updated").find("\"margin\":\"还有 13 天\"") != std::string::npos);
  CHECK(item(json, "service-guides").find("\"样表下载\",\"1\",\"合格\"") != std::string::npos);

  Run next = run("next-change " + s.site() + " --now 2020-03-02");
  CHECK(next.output.rfind("2020-03-16\n  home-stale ", 0) == 0);
  Run later = run("next-change " + s.site() + " --now 2020-03-16 --json");
  CHECK(later.output.find("\"next\":\"2020-09-02\"") != std::string::npos);
  CHECK(later.output.find("专题专栏“通知公告1”将超期未更新") != std::string::npos);
}

TEST_CASE("inspection: the sample site passes with no veto item as of 2019-12-31", "[cli][inspection]") {
  SampleSite s;
  Run check = run("check " + s.site() + " --now 2019-12-31 --inspection");
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("错误 0 个，警告 1 个，未通过的单项否决项 0 个") != std::string::npos);
  CHECK(check.output.find("法治政府建设") != std::string::npos);
  const std::string json = slurp(s.dir / "reports/inspection.json");
  CHECK(json.find("\"veto_items_failing\":0") != std::string::npos);
  CHECK(item(json, "service-guides").find("\"result\":\"pass\",\"value\":0") != std::string::npos);
}
