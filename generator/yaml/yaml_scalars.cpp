// The text of a scalar value as an editor writes it: what to tell an editor whose date is
// not a YYYY-MM-DD date (the fixed form when the day is clear, or that the day does not
// exist), the time of day of a publication time, and the characters no output file can
// hold. Apart from the field reader because these are rules of the text, not of yaml-cpp.
#include "yaml/yaml_scalars.h"

#include <cstdio>

#include "core/date.h"
#include "core/messages.h"

namespace govsite {

int minute_of_day(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return -1;
  for (size_t i : {0, 1, 3, 4})
    if (s[i] < '0' || s[i] > '9') return -1;
  const int hour = (s[0] - '0') * 10 + (s[1] - '0'), min = (s[3] - '0') * 10 + (s[4] - '0');
  return hour < 24 && min < 60 ? hour * 60 + min : -1;
}

std::string bad_date_message(const std::string& key, const std::string& written, bool with_time) {
  std::string_view date_part = written, time_part;
  if (const size_t space = written.find(' '); with_time && space != std::string::npos) {
    date_part = std::string_view(written).substr(0, space);
    if (const size_t time = written.find_first_not_of(' ', space); time != std::string::npos)
      time_part = std::string_view(written).substr(time);
  }
  const std::optional<LooseDate> loose = read_loose_date(date_part);
  if (loose && !loose->exists())
    return tr("bad-date.no-such-day",
              {key, written, std::to_string(loose->year), std::to_string(loose->month), std::to_string(loose->day),
               std::to_string(days_in_month(loose->year, loose->month))});
  if (loose && (time_part.empty() || minute_of_day(time_part) >= 0)) {
    const std::string fixed = loose->date().str() + (time_part.empty() ? "" : " " + std::string(time_part));
    return tr("bad-date.write-as", {key, written, fixed});
  }
  return with_time ? tr("bad-date.date-time", {key, written}) : tr("bad-date", {key, written});
}

std::string unwritable_character(const std::string& key, const std::string& s) {
  char code[8] = "";
  for (size_t i = 0; i < s.size() && !code[0]; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) std::snprintf(code, sizeof code, "U+%04X", c);
    else if (c == 0xef && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xbf &&
             (static_cast<unsigned char>(s[i + 2]) & 0xfe) == 0xbe)
      std::snprintf(code, sizeof code, "U+FFF%c", s[i + 2] == '\xbe' ? 'E' : 'F');
  }
  if (!code[0]) return "";
  return tr("control-character", {key, code});
}

}  // namespace govsite
