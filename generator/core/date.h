// Calendar dates as editors write them (YYYY-MM-DD), and the build date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govsite {

struct Date {
  int year = 0, month = 0, day = 0;

  // Strict: exactly YYYY-MM-DD with a real day of a real month (2019-02-30 is refused).
  static std::optional<Date> parse(std::string_view text);
  static Date from_days(long days);  // inverse of days_since_epoch()

  long days_since_epoch() const;  // days since 1970-01-01
  std::string str() const;        // YYYY-MM-DD

  friend bool operator<(const Date& a, const Date& b) {  // valid dates compare field by field
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator<=(const Date& a, const Date& b) { return !(b < a); }
  friend bool operator>=(const Date& a, const Date& b) { return !(a < b); }
  friend bool operator==(const Date& a, const Date& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
};

int days_in_month(int year, int month);  // month 1–12

// YYYY-MM-DD, or "" for no date: how pages, reports and exports show an optional date.
std::string date_or_empty(const std::optional<Date>& d);

// A date as editors also write it, read leniently so that a message can suggest the
// YYYY-MM-DD form or say the day does not exist: 2026/12/6, 2026.12.6, 2026年12月6日,
// 2026-12-6, 2026-02-30 (four-digit year from 1900; month 1–12; day 1–31, one or two digits
// each; one separator throughout, or 年月日). Nullopt for anything else.
struct LooseDate {
  int year = 0, month = 0, day = 0;
  bool exists() const { return day <= days_in_month(year, month); }
  Date date() const { return {year, month, day}; }  // only when exists()
};
std::optional<LooseDate> read_loose_date(std::string_view text);

}  // namespace govsite
