// Working days (工作日) as the State Council's yearly holiday notices make them: Monday to
// Friday, except the public holidays, plus the Saturdays and Sundays that become working
// days (调休上班). The rules state many time limits in working days (an interpretation
// within 3 working days of its policy, 20 working days to answer a 依申请公开 request), and
// a limit counted across the Spring Festival or the National Day week is a week longer
// than one counted in calendar days.
//
// A year is known only from its notice. A computation that reaches a year the calendar
// does not hold gives no answer (nullopt), and its caller says that the calendar needs
// that year: guessing Monday to Friday would silently move a deadline by a week.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/date.h"

namespace govsite {

struct WorkdayCalendar {
  std::map<int, std::string> years;           // each year it holds → its source (the notice)
  std::unordered_map<long, bool> exceptions;  // day number → a working day (调休上班) or not (holiday)
};

bool calendar_covers(const WorkdayCalendar& c, const Date& d);
// The last year the calendar holds (0 when empty).
int calendar_last_year(const WorkdayCalendar& c);
// nullopt when the date's year is not in the calendar.
std::optional<bool> is_working_day(const WorkdayCalendar& c, const Date& d);
// The n-th working day after `from` (`from` itself not counted; n = 0 gives `from`): the
// last day of a limit of n working days that starts on `from`. nullopt when the count
// leaves the calendar.
std::optional<Date> add_working_days(const WorkdayCalendar& c, const Date& from, int n);
// How many working days lie after `from`, up to and including `to` (0 when `to` is not
// after `from`). nullopt when that span leaves the calendar.
std::optional<long> working_days_between(const WorkdayCalendar& c, const Date& from, const Date& to);

// The message of `calendar-outdated`: `what` (a deadline, the build date) needs `year`,
// which the calendar does not hold.
std::string calendar_outdated_message(const WorkdayCalendar& c, const std::string& what, int year);
// The first year from `from` on that the calendar does not hold.
int first_missing_year(const WorkdayCalendar& c, const Date& from);

// Monday 1 … Sunday 7.
int iso_weekday(const Date& d);

}  // namespace govsite
