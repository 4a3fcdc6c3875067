#include "core/utf8.h"

namespace govsite {

namespace {

// Length of the sequence starting with lead byte c, or 0 when c cannot start one.
size_t sequence_length(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return 2;
  if (c >= 0xE0 && c <= 0xEF) return 3;
  if (c >= 0xF0 && c <= 0xF4) return 4;
  return 0;
}

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

size_t find_invalid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t n = sequence_length(c);
    if (n == 0 || i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k)
      if (!is_continuation(s[i + k])) return i;
    unsigned char c1 = s[i + 1];
    // Overlong three/four-byte forms, UTF-16 surrogates and code points past U+10FFFF.
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 > 0x8F))
      return i;
    i += n;
  }
  return std::string_view::npos;
}

char32_t next_code_point(std::string_view s, size_t& i) {
  unsigned char c = s[i];
  size_t n = sequence_length(c);
  if (n <= 1 || i + n > s.size()) {
    ++i;
    return n == 1 ? c : 0xFFFD;
  }
  char32_t cp = c & (0xFF >> (n + 1));
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = s[i + k];
    if (!is_continuation(cc)) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += n;
  return cp;
}

char32_t last_code_point(std::string_view s, size_t end) {
  if (end == 0) return 0;
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && is_continuation(s[start])) --start;
  size_t i = start;
  char32_t cp = next_code_point(s, i);
  return i == end ? cp : 0xFFFD;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_cjk(char32_t cp) {
  return (cp >= 0x2E80 && cp <= 0x9FFF) ||    // radicals, CJK punctuation, kana, ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||    // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // compatibility ideographs
         (cp >= 0xFE30 && cp <= 0xFE4F) ||    // CJK compatibility forms
         (cp >= 0xFF00 && cp <= 0xFFEF) ||    // full-width forms: ，：；（）！？
         (cp >= 0x20000 && cp <= 0x3FFFF) ||  // ideograph extensions
         cp == 0x2014 || cp == 0x2026 ||      // —— and …… as used in Chinese text
         cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019;  // “” ‘’
}

size_t display_width_of_prefix(std::string_view s, size_t chars) {
  size_t i = 0, cells = 0;
  for (size_t n = 0; n < chars && i < s.size(); ++n) {
    char32_t cp = next_code_point(s, i);
    cells += (cp >= 0x1100 && is_cjk(cp)) ? 2 : 1;
  }
  return cells;
}

size_t code_point_count(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if (!is_continuation(c)) ++n;
  return n;
}

int column_of_byte(std::string_view line_text, size_t byte) {
  if (byte > line_text.size()) byte = line_text.size();
  return static_cast<int>(code_point_count(line_text.substr(0, byte))) + 1;
}

}  // namespace govsite
