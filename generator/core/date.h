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
  std::string chinese() const;    // 2019年8月12日

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

}  // namespace govsite
