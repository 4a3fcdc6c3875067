#include "core/workday_calendar.h"

#include "core/messages.h"

namespace govsite {

int iso_weekday(const Date& d) {
  // 1970-01-01 was a Thursday (4).
  const long days = d.days_since_epoch();
  return static_cast<int>(((days % 7) + 7 + 3) % 7) + 1;
}

bool calendar_covers(const WorkdayCalendar& c, const Date& d) { return c.years.count(d.year) > 0; }

int calendar_last_year(const WorkdayCalendar& c) { return c.years.empty() ? 0 : c.years.rbegin()->first; }

std::string calendar_outdated_message(const WorkdayCalendar& c, const std::string& what, int year) {
  const std::string newer = year > calendar_last_year(c) ? tr("calendar-outdated.newer-govsite") : std::string();
  if (c.years.empty()) return tr("calendar-outdated.empty", {what, std::to_string(year), newer});
  const std::string range = std::to_string(c.years.begin()->first) + "–" + std::to_string(calendar_last_year(c));
  return tr("calendar-outdated", {range, what, std::to_string(year), newer});
}

int first_missing_year(const WorkdayCalendar& c, const Date& from) {
  int year = from.year;
  while (c.years.count(year)) ++year;
  return year;
}

std::optional<bool> is_working_day(const WorkdayCalendar& c, const Date& d) {
  if (!calendar_covers(c, d)) return std::nullopt;
  if (auto it = c.exceptions.find(d.days_since_epoch()); it != c.exceptions.end()) return it->second;
  return iso_weekday(d) <= 5;
}

std::optional<Date> add_working_days(const WorkdayCalendar& c, const Date& from, int n) {
  long day = from.days_since_epoch();
  for (int found = 0; found < n;) {
    const Date next = Date::from_days(++day);
    const std::optional<bool> working = is_working_day(c, next);
    if (!working) return std::nullopt;
    found += *working;
  }
  return Date::from_days(day);
}

std::optional<long> working_days_between(const WorkdayCalendar& c, const Date& from, const Date& to) {
  long count = 0;
  for (long day = from.days_since_epoch() + 1; day <= to.days_since_epoch(); ++day) {
    const std::optional<bool> working = is_working_day(c, Date::from_days(day));
    if (!working) return std::nullopt;
    count += *working;
  }
  return count;
}

}  // namespace govsite
