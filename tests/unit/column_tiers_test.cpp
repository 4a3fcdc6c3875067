// Column tiers (model/column_tiers.h): the day each column turns stale, by its tier, in
// calendar weeks and months as 国办秘函〔2019〕19号 states them.
#include <catch2/catch.hpp>

#include "content/document_parser.h"
#include "model/column_tiers.h"
#include "test_site_keys.h"

using namespace govsite;

namespace {

Document notice(const std::string& id, const std::string& published, const std::string& column = "") {
  Diagnostics diags;
  auto d = parse_document(
      "---\ntitle: 通知" + id + "\ntype: notice\npublished: " + published + "\ndisclosure: public\n" +
          (column.empty() ? "" : "column: " + column + "\n") +
          "review:\n  - {stage: initial, by: 甲, date: 2019-01-02}\n"
          "  - {stage: second, by: 乙, date: 2019-01-03}\n  - {stage: approved, by: 丙, date: 2019-01-04}\n"
          "---\n正文\n",
      "content/notices/" + id + ".md", id, diags);
  REQUIRE(d);
  REQUIRE_FALSE(diags.has_errors());
  return *d;
}

std::string last_fresh(const char* tier, const char* newest) {
  auto d = tier_last_fresh_day(tier, *Date::parse(newest));
  return d ? d->str() : "never stale";
}

}  // namespace

TEST_CASE("column tiers: 2 weeks, 6 calendar months, a year, or never", "[tiers]") {
  CHECK(last_fresh("news", "2019-12-20") == "2020-01-03");
  CHECK(last_fresh("notice", "2019-06-05") == "2019-12-05");
  CHECK(last_fresh("notice", "2019-08-31") == "2020-02-29");  // no 31 February: the month's last day
  CHECK(last_fresh("notice", "2019-08-30") == "2020-02-29");
  CHECK(last_fresh("periodic", "2020-02-29") == "2021-02-28");
  CHECK(last_fresh("static", "2019-01-01") == "never stale");
}

TEST_CASE("column tiers: built-in sections and special columns, with the tiers site.yaml gives them", "[tiers]") {
  Diagnostics diags;
  auto config = parse_site_config(
      "title: x\nbase_url: https://x.gov.cn/\norganization: y\nsite_code: \"1234567890\"\nicp: a\npsb: b\n" GOVSITE_TEST_INSPECTION_KEYS
      "columns:\n  - {id: dt, title: 工作动态, kind: news}\n  - {id: gg, title: 公示公告, kind: notice, tier: periodic}\n"
      "  - {id: kb, title: 空白, kind: policy}\n"
      "section_tiers: {notices: news}\n",
      "site.yaml", diags);
  REQUIRE(config);
  REQUIRE_FALSE(diags.has_errors());
  SiteModel m = build_site_model({notice("a", "2019-12-01", "dt"), notice("b", "2019-11-01", "gg")},
                                 Date{2019, 12, 20});
  const std::vector<ColumnUpdate> columns = column_updates(m, *config);
  REQUIRE(columns.size() == 4);
  CHECK(columns[0].name == "通知公告");
  CHECK(columns[0].tier == "news");  // section_tiers
  CHECK(columns[0].stale_on->str() == "2019-12-16");
  CHECK(columns[0].file == "content/notices/a.md");
  CHECK(is_stale(columns[0], m.now));
  CHECK(columns[1].name == "工作动态");
  CHECK(columns[1].file == "site.yaml");
  CHECK(columns[1].line == 11);
  CHECK(columns[2].tier == "periodic");
  CHECK(columns[2].stale_on->str() == "2020-11-02");
  CHECK_FALSE(is_stale(columns[2], m.now));
  CHECK(columns[3].tier == "notice");  // kind: policy
  CHECK(columns[3].documents == 0);
  CHECK_FALSE(columns[3].stale_on);
  const ColumnUpdate home = home_page_update(m);
  CHECK(home.newest->str() == "2019-12-01");
  CHECK(home.stale_on->str() == "2019-12-16");

  Diagnostics bad;
  parse_site_config(
      "title: x\nbase_url: https://x.gov.cn/\norganization: y\nsite_code: \"1234567890\"\nicp: a\npsb: b\n" GOVSITE_TEST_INSPECTION_KEYS
      "columns:\n  - {id: dt, title: 工作动态, kind: news, tier: weekly}\nsection_tiers: {news: news}\n",
      "site.yaml", bad);
  std::string all;
  for (const auto& d : bad.sorted()) all += format_diagnostic(d, nullptr);
  CHECK(all.find("site.yaml:11:") != std::string::npos);
  CHECK(all.find("这里写的是“weekly”") != std::string::npos);
  CHECK(all.find("“section_tiers”中的“news”无法识别") != std::string::npos);
}
