#include "core/time_zone.h"

#include <cstdlib>
#include <fstream>
#include <regex>

namespace govsite {

namespace {

// China's zones: UTC+8 everywhere (Xinjiang's Asia/Urumqi keeps UTC+6), and none has had
// daylight saving since 1991, so a fixed offset gives every build date since right.
struct BuiltInZone {
  const char* name;
  int offset_hours;
};
constexpr BuiltInZone kBuiltIn[] = {
    {"Asia/Shanghai", 8},
    {"Asia/Chongqing", 8},
    {"Asia/Chungking", 8},
    {"Asia/Harbin", 8},
    {"PRC", 8},
    {"Asia/Hong_Kong", 8},
    {"Hongkong", 8},
    {"Asia/Macau", 8},
    {"Asia/Macao", 8},
    {"Asia/Urumqi", 6},
    {"Asia/Kashgar", 6},
    {"UTC", 0},
    {"Etc/UTC", 0},
    {"GMT", 0},
    {"Etc/GMT", 0},
};

constexpr const char* kZoneinfo = "/usr/share/zoneinfo/";

// "UTC+8", "UTC+08:00", "UTC-5", "UTC+5:30": the sign means east of UTC, as people write it
// (not POSIX TZ's reversed sign).
std::optional<int> utc_offset_form(const std::string& name) {
  static const std::regex form(R"(UTC([+-])([0-9]{1,2})(?::([0-9]{2}))?)");
  std::smatch m;
  if (!std::regex_match(name, m, form)) return std::nullopt;
  const int hours = std::stoi(m[2]);
  const int minutes = m[3].matched ? std::stoi(m[3]) : 0;
  if (hours > 14 || minutes > 59) return std::nullopt;
  const int seconds = hours * 3600 + minutes * 60;
  return m[1] == "-" ? -seconds : seconds;
}

bool is_zone_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  char magic[4] = {};
  return in.read(magic, 4) && std::string(magic, 4) == "TZif";
}

}  // namespace

std::optional<TimeZone> find_time_zone(const std::string& name) {
  TimeZone zone;
  zone.name = name;
  for (const BuiltInZone& z : kBuiltIn) {
    if (name == z.name) {
      zone.fixed_offset_seconds = z.offset_hours * 3600;
      return zone;
    }
  }
  if (auto offset = utc_offset_form(name)) {
    zone.fixed_offset_seconds = *offset;
    return zone;
  }
  // Only names of the database's form, so "../../etc/passwd" names no file.
  static const std::regex zone_name(R"([A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*)");
  if (!std::regex_match(name, zone_name) || !is_zone_file(kZoneinfo + name)) return std::nullopt;
  zone.fixed_offset_seconds.reset();
  zone.zoneinfo_file = kZoneinfo + name;
  return zone;
}

Date date_at(std::time_t t, const TimeZone& zone) {
  if (zone.fixed_offset_seconds) {
    const long long local = static_cast<long long>(t) + *zone.fixed_offset_seconds;
    // Floor division: a local time before 1970 belongs to the day before.
    const long long day = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
    return Date::from_days(static_cast<long>(day));
  }
  // The C library reads other zones from the TZ variable only. The build date is taken
  // once, before any worker thread starts, so switching it for this call is safe.
  const char* old = std::getenv("TZ");
  const std::string saved = old ? old : "";
  setenv("TZ", (":" + zone.zoneinfo_file).c_str(), 1);
  tzset();
  std::tm local{};
  localtime_r(&t, &local);
  if (old) setenv("TZ", saved.c_str(), 1);
  else unsetenv("TZ");
  tzset();
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<Date> default_build_date(const TimeZone& zone) {
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    const long long secs = std::strtoll(epoch, &end, 10);
    if (end == epoch || *end != '\0' || secs < 0) return std::nullopt;
    return date_at(static_cast<std::time_t>(secs), zone);
  }
  return date_at(std::time(nullptr), zone);
}

}  // namespace govsite
