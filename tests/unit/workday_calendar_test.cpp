// The working-day calendar against the State Council's notices: every expected date below
// is worked out by hand from the notice's own text, quoted beside it.
#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "config/workday_calendar_config.h"
#include "core/messages.h"
#include "core/workday_calendar.h"
#include "test_site_keys.h"

using namespace govsite;

namespace {

Date d(const char* text) { return *Date::parse(text); }

std::string after(const WorkdayCalendar& c, const char* from, int n) {
  auto date = add_working_days(c, d(from), n);
  return date ? date->str() : "outside the calendar";
}

}  // namespace

TEST_CASE("workday calendar: the built-in data holds 2019 to 2026, each year with its notice", "[calendar]") {
  Diagnostics diags;
  auto years = YamlFields::parse(std::string(builtin_workday_calendar_yaml()), "data/workday_calendar.yaml", 1, diags);
  REQUIRE(years);
  WorkdayCalendar c;
  read_workday_calendar(*years, c);
  for (const auto& diag : diags.sorted()) FAIL_CHECK(format_diagnostic(diag, nullptr));
  for (int year = 2019; year <= 2026; ++year) {
    INFO(year);
    REQUIRE(c.years.count(year) == 1);
    CHECK(c.years.at(year).find("国务院办公厅关于" + std::to_string(year) + "年部分节假日安排的通知（国办发明电〔") !=
          std::string::npos);
  }
  CHECK(c.years.size() == 8);
  CHECK(calendar_last_year(builtin_workday_calendar()) == 2026);
}

TEST_CASE("workday calendar: the 2020 Spring Festival, extended to 2 February", "[calendar]") {
  const WorkdayCalendar& c = builtin_workday_calendar();
  // 国办发明电〔2019〕16号: "春节：1月24日至30日放假调休，共7天。1月19日（星期日）、2月1日（星期六）上班。"
  // 国办发明电〔2020〕1号: "延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。"
  CHECK(is_working_day(c, d("2020-01-19")) == true);  // a Sunday worked
  CHECK(is_working_day(c, d("2020-01-23")) == true);
  CHECK(is_working_day(c, d("2020-01-31")) == false);  // a Friday off
  CHECK(is_working_day(c, d("2020-02-01")) == false);  // the Saturday to be worked, given back by the extension
  CHECK(is_working_day(c, d("2020-02-03")) == true);
  CHECK(after(c, "2020-01-17", 1) == "2020-01-19");  // Friday → the Sunday worked
  // A policy of Thursday 23 January: its 3 working days are 3, 4 and 5 February.
  CHECK(after(c, "2020-01-23", 3) == "2020-02-05");
  // 20 working days (a 依申请公开 answer, 条例第三十三条) from Monday 20 January.
  CHECK(after(c, "2020-01-20", 20) == "2020-02-25");
  CHECK(working_days_between(c, d("2020-01-23"), d("2020-02-03")) == 1L);
  CHECK(working_days_between(c, d("2020-01-18"), d("2020-01-24")) == 5L);  // Sun 19, Mon 20 … Thu 23
}

TEST_CASE("workday calendar: the 2024 National Day week and its Saturdays worked", "[calendar]") {
  const WorkdayCalendar& c = builtin_workday_calendar();
  // 国办发明电〔2023〕7号: "中秋节：9月15日至17日放假调休，共3天。9月14日（星期六）上班。"
  // "国庆节：10月1日至7日放假调休，共7天。9月29日（星期日）、10月12日（星期六）上班。"
  CHECK(is_working_day(c, d("2024-09-14")) == true);
  CHECK(is_working_day(c, d("2024-09-16")) == false);
  CHECK(is_working_day(c, d("2024-10-12")) == true);
  CHECK(is_working_day(c, d("2024-10-13")) == false);
  CHECK(after(c, "2024-09-13", 1) == "2024-09-14");
  CHECK(after(c, "2024-09-13", 2) == "2024-09-18");
  CHECK(after(c, "2024-09-27", 1) == "2024-09-29");
  CHECK(after(c, "2024-09-30", 1) == "2024-10-08");
  CHECK(after(c, "2024-09-30", 3) == "2024-10-10");
  CHECK(after(c, "2024-09-30", 5) == "2024-10-12");  // the Saturday worked
  CHECK(after(c, "2024-09-30", 6) == "2024-10-14");
  CHECK(working_days_between(c, d("2024-09-30"), d("2024-10-12")) == 5L);
  // 7 working days (行政许可、行政处罚 decisions, 国办发〔2018〕118号) from Friday 27 September:
  // Sun 29, Mon 30, then 8, 9, 10, 11 and Saturday 12 October.
  CHECK(after(c, "2024-09-27", 7) == "2024-10-12");
}

TEST_CASE("workday calendar: a count past the last year gives no answer, and site.yaml adds years and local days",
          "[calendar]") {
  const WorkdayCalendar& builtin = builtin_workday_calendar();
  CHECK(after(builtin, "2026-12-30", 1) == "2026-12-31");
  CHECK(after(builtin, "2026-12-30", 2) == "outside the calendar");
  CHECK_FALSE(is_working_day(builtin, d("2027-01-04")).has_value());
  CHECK_FALSE(working_days_between(builtin, d("2026-12-01"), d("2027-01-05")).has_value());
  CHECK(
      calendar_outdated_message(builtin, "答复期限", 2027) ==
      "工作日历只有 2019–2026 年的节假日安排，没有 2027 年的（用于答复期限）：请在 site.yaml 的“workday_calendar”下补上"
      "《国务院办公厅关于2027年部分节假日安排的通知》中的放假和调休日期，或者换用新版本的 govsite");
  set_language(Language::en);  // as with --lang en
  const std::string english = calendar_outdated_message(builtin, "the deadline", 2027);
  set_language(Language::zh);
  CHECK(
      english ==
      "the working-day calendar holds 2019–2026: the deadline needs 2027; add the days of 国务院办公厅关于2027年部分节假日安排的通知 under workday_calendar in site.yaml, or use a newer govsite");
  CHECK(
      calendar_outdated_message(WorkdayCalendar{}, "the build date 2020-01-02", 2020).find("工作日历中没有任何一年") ==
      0);
  CHECK(first_missing_year(builtin, d("2024-05-01")) == 2027);

  Diagnostics diags;
  auto c = parse_site_config(
      "title: x\nbase_url: https://x.gov.cn/\norganization: y\nsite_code: \"1234567890\"\nicp: a\npsb: b\n" GOVSITE_TEST_INSPECTION_KEYS
      "workday_calendar:\n"
      "  2027:\n    notice: 国办发明电〔2026〕N号\n    holidays: [2027-01-01]\n"
      "  2020:\n    holidays: [2020-02-03..2020-02-13]\n",  // a province's own extension
      "site.yaml", diags);
  REQUIRE(c);
  CHECK_FALSE(diags.has_errors());
  CHECK(after(c->calendar, "2026-12-30", 2) == "2027-01-04");  // Thu 31, then Mon 4 (Fri 1 off)
  CHECK(after(c->calendar, "2020-01-23", 1) == "2020-02-14");
  CHECK(c->calendar.years.at(2020).find("国办发明电〔2020〕1号") != std::string::npos);

  Diagnostics bad;
  parse_site_config(
      "title: x\nbase_url: https://x.gov.cn/\norganization: y\nsite_code: \"1234567890\"\nicp: a\npsb: b\n" GOVSITE_TEST_INSPECTION_KEYS
      "workday_calendar:\n  2027:\n    holidays: [2026-12-31, 2027-13-01]\n    workdays: [2027-01-04]\n",
      "site.yaml", bad);
  std::string all;
  for (const auto& diag : bad.sorted()) all += format_diagnostic(diag, nullptr);
  CHECK(all.find("site.yaml:12:") != std::string::npos);
  CHECK(all.find("“workday_calendar”的“2027.holidays”中的“2026-12-31”不在 2027 年内") != std::string::npos);
  CHECK(all.find("中的“2027-13-01”应为日期") != std::string::npos);
  CHECK(all.find("中的 2027-01-04 是周一至周五") != std::string::npos);
}

TEST_CASE("site.yaml: interpretation_grace_days is read as working days, with a deprecation warning",
          "[calendar][config]") {
  Diagnostics diags;
  auto c = parse_site_config(
      "title: x\nbase_url: https://x.gov.cn/\norganization: y\nsite_code: \"1234567890\"\nicp: a\npsb: b\n" GOVSITE_TEST_INSPECTION_KEYS
      "interpretation_grace_days: 5\n",
      "site.yaml", diags);
  REQUIRE(c);
  CHECK(c->interpretation_grace_workdays == 5);
  REQUIRE(diags.sorted().size() == 1);
  CHECK(diags.sorted()[0].code == "deprecated-key");
  CHECK(diags.sorted()[0].line == 10);
}
