// Every message a user reads, in Chinese and English. Editors are Chinese civil servants,
// so Chinese is the default; English is for developers and foreign-language CI logs. The
// text lives in one table (generator/messages/, one file per stage) keyed by the diagnostic code, so the
// code stays the same in both languages, in --json and in CI annotations, and the list of
// codes that the docs and tests check is that table.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace govsite {

enum class Language { zh, en };

// Chosen once by the command line before any work starts (a build's threads only read it).
void set_language(Language l);
Language language();

// "zh", "zh-CN", "zh_CN.UTF-8" → zh; "en", "en_US.UTF-8" → en; anything else → nullopt-like
// false. Used for --lang and the LANG, LC_ALL and LC_MESSAGES variables.
bool parse_language(std::string_view s, Language& out);

struct MessageEntry {
  const char* key;  // a diagnostic code, or "code.variant" where one code says several things
  const char* zh;
  const char* en;
};

// The whole table, in the order it is written.
const std::vector<MessageEntry>& message_catalog();

// The message `key` in the current language with {1}, {2} … replaced by `args`. An unknown
// key is a programming error: it comes back as the key itself, which the catalog test finds.
std::string tr(std::string_view key, std::initializer_list<std::string_view> args = {});
std::string tr_in(Language l, std::string_view key, std::initializer_list<std::string_view> args = {});

// The code part of a key: "broken-link.no-document" → "broken-link".
std::string_view code_of_key(std::string_view key);

}  // namespace govsite
