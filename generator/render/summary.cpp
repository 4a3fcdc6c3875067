#include "render/summary.h"

#include <algorithm>
#include <cctype>

#include "core/utf8.h"

namespace govsite {

namespace {

bool is_sentence_end(char32_t cp) {
  return cp == U'。' || cp == U'！' || cp == U'？' || cp == U'；' || cp == U'!' || cp == U'?';
}

}  // namespace

std::string summarize(std::string_view text, size_t max_chars) {
  // Whitespace runs become one space, except that none is kept next to a CJK character.
  // Only the first max_chars + 1 characters of the result are ever looked at (the cut, and
  // whether anything follows it), so flattening stops there: a page body is thousands.
  std::string flat;
  flat.reserve(std::min(text.size(), 4 * (max_chars + 2)));
  bool pending_space = false;
  size_t kept = 0;  // characters in flat
  for (size_t i = 0; i < text.size() && kept <= max_chars;) {
    char32_t cp = next_code_point(text, i);
    if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == 0x3000) {
      pending_space = !flat.empty();
      continue;
    }
    if (pending_space && !is_cjk(cp) && !is_cjk(last_code_point(flat, flat.size()))) {
      flat += ' ';
      ++kept;
    }
    pending_space = false;
    append_utf8(flat, cp);
    ++kept;
  }

  size_t chars = 0, i = 0, last_end = std::string::npos, cut = flat.size();
  while (i < flat.size()) {
    if (chars == max_chars) {
      cut = i;
      break;
    }
    char32_t cp = next_code_point(flat, i);
    ++chars;
    if (is_sentence_end(cp)) last_end = i;
  }
  if (cut == flat.size()) return flat;  // short enough already
  if (last_end != std::string::npos) return flat.substr(0, last_end);
  // No sentence end: cut at the limit, but not inside a Latin word or number.
  auto is_word_byte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
  size_t word_cut = cut;
  while (word_cut > 0 && is_word_byte(flat[word_cut - 1]) && is_word_byte(flat[word_cut])) --word_cut;
  if (word_cut > 0 && word_cut < cut) cut = word_cut;
  while (cut > 0 && flat[cut - 1] == ' ') --cut;
  return flat.substr(0, cut) + "…";
}

}  // namespace govsite
