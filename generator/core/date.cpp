#include "core/date.h"

#include <cstdio>

namespace govsite {

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Up to `most` ASCII digits at the front of `t` (at least one), consumed.
bool take_number(std::string_view& t, size_t most, int& out) {
  size_t n = 0;
  out = 0;
  while (n < t.size() && n < most && t[n] >= '0' && t[n] <= '9') out = out * 10 + (t[n++] - '0');
  t.remove_prefix(n);
  return n > 0;
}

bool take(std::string_view& t, std::string_view prefix) {
  if (t.substr(0, prefix.size()) != prefix) return false;
  t.remove_prefix(prefix.size());
  return true;
}

}  // namespace

int days_in_month(int y, int m) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

std::optional<LooseDate> read_loose_date(std::string_view t) {
  LooseDate d;
  const std::string_view start = t;
  if (!take_number(t, 4, d.year) || start.size() - t.size() != 4 || t.empty()) return std::nullopt;
  const bool chinese = take(t, "年");
  const char separator = chinese ? '\0' : t[0];
  if (!chinese && separator != '-' && separator != '/' && separator != '.') return std::nullopt;
  if (!chinese) t.remove_prefix(1);
  if (!take_number(t, 2, d.month)) return std::nullopt;
  if (chinese ? !take(t, "月") : !take(t, std::string_view(&separator, 1))) return std::nullopt;
  if (!take_number(t, 2, d.day)) return std::nullopt;
  if (chinese && !take(t, "日")) take(t, "号");
  if (!t.empty() || d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  return d;
}

std::optional<Date> Date::parse(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int& out) {
    out = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      out = out * 10 + (t[i] - '0');
    }
    return true;
  };
  Date d;
  if (!digits(0, 4, d.year) || !digits(5, 2, d.month) || !digits(8, 2, d.day)) return std::nullopt;
  if (d.year < 1900 || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in_month(d.year, d.month))
    return std::nullopt;
  return d;
}

// Howard Hinnant's days_from_civil / civil_from_days.
long Date::days_since_epoch() const {
  int y = year - (month <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::string Date::str() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string date_or_empty(const std::optional<Date>& d) { return d ? d->str() : std::string(); }

}  // namespace govsite
