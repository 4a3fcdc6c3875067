#include "config/workday_calendar_config.h"

#include <string>

#include "core/messages.h"

namespace govsite {

namespace {

// "2020-01-24" or "2020-01-24..2020-02-02"; nullopt pair members when malformed.
bool parse_days(const std::string& text, Date& first, Date& last) {
  const size_t dots = text.find("..");
  auto a = Date::parse(dots == std::string::npos ? text : text.substr(0, dots));
  auto b = dots == std::string::npos ? a : Date::parse(text.substr(dots + 2));
  if (!a || !b || *b < *a) return false;
  first = *a;
  last = *b;
  return true;
}

void read_days(YamlFields& entry, const std::string& key, int year, bool working, WorkdayCalendar& calendar) {
  const std::string where = std::to_string(year) + "." + key;
  for (const std::string& text : entry.string_list(key)) {
    Date first, last;
    if (!parse_days(text, first, last)) {
      // A day written another way (2020/1/24) or one that does not exist (2020-02-30): the
      // same suggestion as for any other date, for the first such part of a range.
      std::string hint;
      const size_t dots = text.find("..");
      for (const std::string& part :
           {text.substr(0, dots), dots == std::string::npos ? std::string() : text.substr(dots + 2)})
        if (hint.empty() && !part.empty() && !Date::parse(part) && read_loose_date(part))
          hint = bad_date_message(where, part, false);
      entry.error(key, hint.empty() ? "bad-value" : "bad-date",
                  hint.empty() ? tr("bad-value.calendar-day", {where, text}) : hint);
      continue;
    }
    if (first.year != year || last.year != year) {
      entry.error(key, "bad-value", tr("bad-value.calendar-year", {where, text, std::to_string(year)}));
      continue;
    }
    for (long day = first.days_since_epoch(); day <= last.days_since_epoch(); ++day) {
      if (working && iso_weekday(Date::from_days(day)) <= 5) {
        entry.error(key, "bad-value", tr("bad-value.calendar-weekday", {where, Date::from_days(day).str()}));
        continue;
      }
      calendar.exceptions[day] = working;
    }
  }
}

}  // namespace

void read_workday_calendar(YamlFields& years, WorkdayCalendar& calendar) {
  for (const auto& [key, pos] : years.key_positions()) {
    const bool is_year = key.size() == 4 && key.find_first_not_of("0123456789") == std::string::npos;
    if (!is_year || key < "1970") {
      years.error(key, "bad-value", tr("bad-value.calendar-not-year", {key}));
      continue;
    }
    auto entry = years.mapping(key);
    if (!entry) continue;
    const int year = std::stoi(key);
    const std::string notice = entry->string("notice").value_or("");
    std::string& source = calendar.years[year];
    if (!notice.empty()) source += (source.empty() ? "" : "；") + notice;
    read_days(*entry, "holidays", year, false, calendar);
    read_days(*entry, "workdays", year, true, calendar);
    for (const auto& [unknown, value] : entry->unread_fields())
      entry->error(unknown, "bad-value", tr("bad-value.calendar-key", {key, unknown}));
  }
}

const WorkdayCalendar& builtin_workday_calendar() {
  static const WorkdayCalendar calendar = [] {
    WorkdayCalendar c;
    Diagnostics diags;  // the data is checked by tests/unit/workday_calendar_test.cpp
    if (auto years = YamlFields::parse(std::string(builtin_workday_calendar_yaml()),
                                       "generator/core/workday_calendar.yaml", 1, diags))
      read_workday_calendar(*years, c);
    return c;
  }();
  return calendar;
}

}  // namespace govsite
