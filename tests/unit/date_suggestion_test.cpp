// Dates written the ways editors also write them get the YYYY-MM-DD form as a suggestion,
// and a day that does not exist is said to not exist (not called a format error), at the
// value's column, wherever a date is read: front matter, site.yaml and data/*.yaml.
#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "content/request_records.h"
#include "core/date.h"
#include "core/virtual_file_system.h"
#include "yaml/yaml_fields.h"

using namespace govsite;

namespace {

// The one diagnostic of reading `key` of `yaml` as a date (with a time when `with_time`).
Diagnostic date_diagnostic(const std::string& yaml, const std::string& key, bool with_time = false) {
  Diagnostics diags;
  auto f = YamlFields::parse(yaml, "content/a.md", 2, diags);
  REQUIRE(f);
  int minute = 0;
  if (with_time) CHECK_FALSE(f->date_time(key, minute));
  else CHECK_FALSE(f->date(key));
  const auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].code == "bad-date");
  return all[0];
}

}  // namespace

TEST_CASE("dates: read leniently for a suggestion", "[date]") {
  for (const char* written : {"2026/12/6", "2026.12.6", "2026年12月6日", "2026-12-6", "2026年12月06日", "2026/12/06"}) {
    INFO(written);
    auto d = read_loose_date(written);
    REQUIRE(d);
    CHECK(d->exists());
    CHECK(d->date().str() == "2026-12-06");
  }
  auto feb30 = read_loose_date("2026-02-30");
  REQUIRE(feb30);
  CHECK_FALSE(feb30->exists());
  CHECK_FALSE(read_loose_date("2025-02-29")->exists());
  CHECK(read_loose_date("2024-02-29")->exists());
  CHECK_FALSE(read_loose_date("2026-04-31")->exists());
  // Not dates at all: mixed separators, month 13, day 32, a short year, trailing words.
  for (const char* written : {"2026/12-6", "2026-13-01", "2026-12-32", "26-12-06", "2026-12-06x", "十二月", "",
                              "2026年12-6", "2026-12-123"}) {
    INFO(written);
    CHECK_FALSE(read_loose_date(written));
  }
}

TEST_CASE("dates: other ways of writing a date get \"请写成 2026-12-06\" at the value", "[date]") {
  for (const char* written : {"2026/12/6", "2026.12.6", "2026年12月6日", "2026-12-6"}) {
    INFO(written);
    const Diagnostic d = date_diagnostic(std::string("title: a\nupdated: ") + written + "\n", "updated");
    CHECK(d.message.find("请写成 2026-12-06") != std::string::npos);
    CHECK(d.line == 3);
    CHECK(d.column == 10);  // "updated: " is 9 characters: the value, not column 1
  }
}

TEST_CASE("dates: a day that does not exist is said so, not called a format error", "[date]") {
  CHECK(date_diagnostic("updated: 2026-02-30\n", "updated").message.find("2026年2月没有30日") != std::string::npos);
  CHECK(date_diagnostic("updated: 2025-02-29\n", "updated").message.find("2025年2月没有29日（这个月只有28天）") !=
        std::string::npos);
  CHECK(date_diagnostic("updated: 2026-04-31\n", "updated").message.find("2026年4月没有31日") != std::string::npos);
  const Diagnostic d = date_diagnostic("updated: 2026/4/31\n", "updated");
  CHECK(d.message.find("2026年4月没有31日") != std::string::npos);
  CHECK(d.message.find("格式") == std::string::npos);
  // Anything else keeps the message saying what a date looks like.
  CHECK(date_diagnostic("updated: 下周一\n", "updated").message.find("写成“2019-08-12”的形式") != std::string::npos);
}

TEST_CASE("dates: published with a time keeps the time in the suggestion", "[date]") {
  const Diagnostic d = date_diagnostic("published: 2026/12/6 09:30\n", "published", true);
  CHECK(d.message.find("请写成 2026-12-06 09:30") != std::string::npos);
  CHECK(d.column == 12);
  CHECK(date_diagnostic("published: 2026-2-30 09:30\n", "published", true).message.find("2026年2月没有30日") !=
        std::string::npos);
  CHECK(date_diagnostic("published: 2026-12-6\n", "published", true).message.find("请写成 2026-12-06") !=
        std::string::npos);
}

TEST_CASE("dates: site.yaml and data/requests get the same suggestions", "[date]") {
  Diagnostics diags;
  parse_site_config("title: a\nindex_required_from: 2020年1月1日\n", "site.yaml", diags);
  bool found = false;
  for (const auto& d : diags.sorted())
    if (d.code == "bad-date") {
      found = true;
      CHECK(d.message.find("请写成 2020-01-01") != std::string::npos);
      CHECK(d.line == 2);
      CHECK(d.column == 22);
    }
  CHECK(found);

  VirtualFileSystem fs;
  fs.add("site/data/requests/2019.yaml",
         "requests:\n  - id: 2019-001\n    received: 2019-02-29\n    applicant: 自然人\n");
  Diagnostics request_diags;
  load_request_records(fs, "site", request_diags);
  found = false;
  for (const auto& d : request_diags.sorted())
    if (d.code == "bad-date") {
      found = true;
      CHECK(d.path == "data/requests/2019.yaml");
      CHECK(d.message.find("2019年2月没有29日") != std::string::npos);
      CHECK(d.line == 3);
      CHECK(d.column == 15);
    }
  CHECK(found);
}

TEST_CASE("dates: the working-day calendar of site.yaml gets the same suggestions", "[date]") {
  Diagnostics diags;
  parse_site_config("title: a\nworkday_calendar:\n  2020:\n    holidays: [2020/1/24, \"2020-02-30..2020-03-01\"]\n",
                    "site.yaml", diags);
  bool suggested = false, no_such_day = false;
  for (const auto& d : diags.sorted()) {
    suggested = suggested || d.message.find("请写成 2020-01-24") != std::string::npos;
    no_such_day = no_such_day || d.message.find("2020年2月没有30日") != std::string::npos;
  }
  CHECK(suggested);
  CHECK(no_such_day);
  // A trailing space after a date with a time is no crash.
  CHECK(date_diagnostic("published: \"2026/12/6 \"\n", "published", true).message.find("2026-12-06") !=
        std::string::npos);
}
