#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "config/site_config.h"
#include "config/site_timezone.h"
#include "core/time_zone.h"
#include "test_site_keys.h"

using namespace govsite;

namespace {

// 2020-02-05 16:10:00 UTC: ten past midnight on 2020-02-06 in Beijing.
constexpr std::time_t kEveningUtc = 1580919000;

const char* kMinimal =
    "title: 盘锦市司法局\n"
    "base_url: https://sfj.panjin.gov.cn\n"
    "organization: 盘锦市司法局\n"
    "site_code: \"2111000046\"\n"
    "icp: 辽ICP备2023000267号-1\n"
    "psb: 辽公网安备21112302000034号\n" GOVSITE_TEST_INSPECTION_KEYS;

// Sets an environment variable for one scope.
struct ScopedEnv {
  std::string name;
  std::optional<std::string> old;
  ScopedEnv(const char* n, const char* value) : name(n) {
    if (const char* v = std::getenv(n)) old = v;
    if (value) setenv(n, value, 1);
    else unsetenv(n);
  }
  ~ScopedEnv() {
    if (old) setenv(name.c_str(), old->c_str(), 1);
    else unsetenv(name.c_str());
  }
};

}  // namespace

TEST_CASE("time zone: 16:10 UTC is already the next day in Beijing", "[timezone]") {
  auto shanghai = find_time_zone("Asia/Shanghai");
  REQUIRE(shanghai);
  CHECK(date_at(kEveningUtc, *shanghai).str() == "2020-02-06");
  CHECK(date_at(kEveningUtc, *find_time_zone("UTC")).str() == "2020-02-05");
  CHECK(date_at(kEveningUtc, *find_time_zone("UTC+8")).str() == "2020-02-06");
  CHECK(date_at(kEveningUtc, *find_time_zone("UTC+08:00")).str() == "2020-02-06");
  // Xinjiang time is UTC+6: 22:10 there, still the same day.
  CHECK(date_at(kEveningUtc, *find_time_zone("Asia/Urumqi")).str() == "2020-02-05");
  CHECK(date_at(kEveningUtc - 600, *shanghai).str() == "2020-02-06");  // 16:00:00 UTC: midnight
  CHECK(date_at(kEveningUtc - 601, *shanghai).str() == "2020-02-05");  // 15:59:59 UTC
  CHECK(date_at(0, *find_time_zone("UTC-5")).str() == "1969-12-31");
}

TEST_CASE("time zone: the zones of China need no zoneinfo files", "[timezone]") {
  for (const char* name : {"Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "Asia/Urumqi", "Asia/Hong_Kong",
                           "Asia/Macau", "UTC", "UTC+8"}) {
    INFO(name);
    auto zone = find_time_zone(name);
    REQUIRE(zone);
    CHECK(zone->fixed_offset_seconds);
    CHECK(zone->zoneinfo_file.empty());
  }
  CHECK_FALSE(find_time_zone("Mars/Olympus_Mons"));
  CHECK_FALSE(find_time_zone("../../etc/passwd"));
  CHECK_FALSE(find_time_zone("UTC+25"));
  CHECK_FALSE(find_time_zone(""));
}

TEST_CASE("time zone: other zones come from the system's zoneinfo when it has them", "[timezone]") {
  auto berlin = find_time_zone("Europe/Berlin");
  if (!berlin) return;  // a system without tzdata: only the built-in zones exist
  CHECK_FALSE(berlin->fixed_offset_seconds);
  CHECK(date_at(kEveningUtc, *berlin).str() == "2020-02-05");
  CHECK(date_at(1580943600, *berlin).str() == "2020-02-06");  // 23:00 UTC = 00:00 in Berlin (CET)
  ScopedEnv tz("TZ", "Pacific/Kiritimati");
  date_at(kEveningUtc, *berlin);
  CHECK(std::string(std::getenv("TZ")) == "Pacific/Kiritimati");  // put back as it was
}

TEST_CASE("time zone: the build date is the day of SOURCE_DATE_EPOCH in the site's zone", "[timezone]") {
  {
    ScopedEnv epoch("SOURCE_DATE_EPOCH", "1580919000");
    CHECK(default_build_date(*find_time_zone("Asia/Shanghai"))->str() == "2020-02-06");
    CHECK(default_build_date(*find_time_zone("UTC"))->str() == "2020-02-05");
  }
  {
    ScopedEnv epoch("SOURCE_DATE_EPOCH", "tomorrow");
    CHECK_FALSE(default_build_date(TimeZone{}));
  }
  ScopedEnv epoch("SOURCE_DATE_EPOCH", nullptr);
  ScopedEnv tz("TZ", "UTC");  // the host's zone plays no part
  const Date today = *default_build_date(TimeZone{});
  CHECK(today == date_at(std::time(nullptr), *find_time_zone("Asia/Shanghai")));
}

TEST_CASE("site.yaml: timezone defaults to Asia/Shanghai, and an unknown one is an error at its line",
          "[timezone][config]") {
  Diagnostics diags;
  auto c = parse_site_config(kMinimal, "site.yaml", diags);
  REQUIRE(c);
  CHECK(c->timezone.name == "Asia/Shanghai");
  CHECK(c->params.get("timezone") == nullptr);

  auto urumqi = parse_site_config(std::string(kMinimal) + "timezone: Asia/Urumqi\n", "site.yaml", diags);
  REQUIRE(urumqi);
  CHECK(urumqi->timezone.name == "Asia/Urumqi");
  CHECK_FALSE(diags.has_errors());

  CHECK_FALSE(parse_site_config(std::string(kMinimal) + "timezone: Beijing\n", "site.yaml", diags));
  const auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].path == "site.yaml");
  CHECK(all[0].line == 10);
  CHECK(all[0].column == 1);  // at the key, as every site.yaml error
  CHECK(all[0].code == "unknown-timezone");
  CHECK(all[0].message.find("“timezone”写的时区“Beijing”无法识别") != std::string::npos);

  CHECK(site_timezone_of(std::string(kMinimal) + "timezone: UTC\n").name == "UTC");
  CHECK(site_timezone_of("timezone: [").name == "Asia/Shanghai");
  CHECK(site_timezone_of("timezone: Beijing\n").name == "Asia/Shanghai");
}
