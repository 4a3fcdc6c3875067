// The text of a scalar value as an editor writes it: the time of day of a
// "YYYY-MM-DD HH:MM" value, the message for a date that is none, and characters that no
// output file can hold.
#pragma once

#include <string>
#include <string_view>

namespace govsite {

// "HH:MM" with a real hour and minute: the minutes after midnight, or -1.
int minute_of_day(std::string_view s);

// What to tell the editor about `written` (the value of `key`), which is not a date: the
// YYYY-MM-DD form of a date written another way (2026/12/6 → 2026-12-06, a time of day kept
// when `with_time`), that the day does not exist (2026-02-30: 2026年2月没有30日), else what a
// date looks like.
std::string bad_date_message(const std::string& key, const std::string& written, bool with_time);

// A control character other than tab and line breaks, or U+FFFE / U+FFFF, which a YAML
// escape ("\x01", "\uFFFE") can put into a value: XML cannot hold them, so a feed with one
// would not parse. Empty when `s` (the value of `key`) has none, else what to tell the editor.
std::string unwritable_character(const std::string& key, const std::string& s);

}  // namespace govsite
