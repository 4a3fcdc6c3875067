// The site's time zone, which decides what "today" is for a build without --now. CI
// runners and containers run in UTC, and a nightly job at 00:10 Beijing time (16:10 UTC)
// must build for the new day, not the host's.
#pragma once

#include <ctime>
#include <optional>
#include <string>

#include "core/date.h"

namespace govsite {

struct TimeZone {
  std::string name = "Asia/Shanghai";
  // The zones of China (no daylight saving since 1991) and the UTC±H forms are built in,
  // so a static binary in an empty chroot, with no /usr/share/zoneinfo, still knows them.
  std::optional<int> fixed_offset_seconds = 8 * 3600;
  std::string zoneinfo_file;  // otherwise: the system's zone file
};

// `name` as site.yaml writes it: Asia/Shanghai, Asia/Urumqi, UTC, UTC+8, UTC-05:30, or any
// zone of the system's zoneinfo database. Nullopt for an unknown name.
std::optional<TimeZone> find_time_zone(const std::string& name);

// The calendar day in `zone` at `t`.
Date date_at(std::time_t t, const TimeZone& zone);

// The build date: the day of SOURCE_DATE_EPOCH in `zone` when set (reproducible builds),
// else today in `zone`. Nullopt when SOURCE_DATE_EPOCH is set but not a number of seconds.
std::optional<Date> default_build_date(const TimeZone& zone);

}  // namespace govsite
