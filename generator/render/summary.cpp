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

// A 公文 opens with its addressees (主送机关), "各县、区司法局，……：" on a line of its own;
// the summary starts after it.
std::string_view without_salutation(std::string_view text) {
  const size_t eol = text.find('\n');
  if (eol == std::string_view::npos) return text;
  const std::string_view first = text.substr(0, eol);
  const std::string_view colon = "：";
  // Addressees name bodies: "各……", or lists of 单位/部门/科室. A line like "正文，见图："
  // stays part of the text.
  auto names = [&](std::string_view word) { return first.find(word) != std::string_view::npos; };
  const bool salutation = first.size() >= colon.size() && first.substr(first.size() - colon.size()) == colon &&
                          code_point_count(first) <= 60 &&
                          (first.substr(0, 3) == "各" || names("单位") || names("部门") || names("科室"));
  return salutation ? text.substr(eol + 1) : text;
}

}  // namespace govsite
