#include "core/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

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

void append_escaped(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789ABCDEF";
  out.append("\\x").append(1, kHex[c >> 4]).append(1, kHex[c & 15]);
}

}  // namespace

namespace {

uint32_t le32(uint32_t word) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  return __builtin_bswap32(word);
#else
  return word;
#endif
}

// Whether all eight bytes at p are ASCII: documents are mostly Chinese, but their front
// matter, Markdown syntax and numbers come in ASCII runs worth taking eight at a time.
bool eight_ascii(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080u) == 0;
}

// Past the run of well-formed three-byte sequences (U+0800..U+FFFF, no surrogates) at p[i],
// four bytes at a time; stops before anything else, which the caller then looks at.
size_t after_three_byte_run(const char* p, size_t i, size_t n) {
  while (n - i >= 4) {
    uint32_t word;  // read little-endian: p[i] is the low byte
    std::memcpy(&word, p + i, sizeof word);
    word = le32(word);
    if ((word & 0x00C0C0F0u) != 0x008080E0u) break;  // 1110xxxx 10xxxxxx 10xxxxxx
    const uint32_t lead = word & 0xFF, c1 = (word >> 8) & 0xFF;
    if ((lead == 0xE0 && c1 < 0xA0) || (lead == 0xED && c1 > 0x9F)) break;
    i += 3;
  }
  return i;
}

}  // namespace

// The well-formed byte sequences of the Unicode standard (Table 3-7), tested lead byte by
// lead byte; the three-byte arm (Han characters) comes first after ASCII.
size_t find_invalid_utf8(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    if (i + 8 <= n && eight_ascii(p + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
    } else if (c >= 0xE0 && c <= 0xEF) {
      if (const size_t after = after_three_byte_run(p, i, n); after != i) {  // Han characters come in runs
        i = after;
        continue;
      }
      if (n - i < 3) return i;
      const unsigned char c1 = p[i + 1];
      // E0 A0..BF: no overlong form; ED 80..9F: no UTF-16 surrogate.
      const unsigned char low = c == 0xE0 ? 0xA0 : 0x80, high = c == 0xED ? 0x9F : 0xBF;
      if (c1 < low || c1 > high || !is_continuation(p[i + 2])) return i;
      i += 3;
    } else if (c >= 0xC2 && c <= 0xDF) {
      if (n - i < 2 || !is_continuation(p[i + 1])) return i;
      i += 2;
    } else if (c >= 0xF0 && c <= 0xF4) {
      if (n - i < 4) return i;
      const unsigned char c1 = p[i + 1];
      // F0 90..BF: no overlong form; F4 80..8F: nothing past U+10FFFF.
      const unsigned char low = c == 0xF0 ? 0x90 : 0x80, high = c == 0xF4 ? 0x8F : 0xBF;
      if (c1 < low || c1 > high || !is_continuation(p[i + 2]) || !is_continuation(p[i + 3])) return i;
      i += 4;
    } else {
      return i;  // a continuation byte without its lead, C0/C1 (overlong) or F5..FF
    }
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

std::string escape_invalid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (size_t bad = find_invalid_utf8(s); bad != std::string_view::npos; bad = find_invalid_utf8(s)) {
    append_escaped(out.append(s.substr(0, bad)), static_cast<unsigned char>(s[bad]));
    s.remove_prefix(bad + 1);
  }
  return out.append(s);
}

std::string escape_non_ascii(std::string_view s) {
  std::string out;
  out.reserve(s.size() * 4);
  for (const char c : s) {
    if (static_cast<unsigned char>(c) < 0x80) out += c;
    else append_escaped(out, static_cast<unsigned char>(c));
  }
  return out;
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
  return (cp >= 0x2E80 && cp <= 0x9FFF) ||                              // radicals, CJK punctuation, kana, ideographs
         (cp >= 0xAC00 && cp <= 0xD7AF) ||                              // Hangul syllables
         (cp >= 0xF900 && cp <= 0xFAFF) ||                              // compatibility ideographs
         (cp >= 0xFE30 && cp <= 0xFE4F) ||                              // CJK compatibility forms
         (cp >= 0xFF00 && cp <= 0xFFEF) ||                              // full-width forms: ，：；（）！？
         (cp >= 0x20000 && cp <= 0x3FFFF) ||                            // ideograph extensions
         cp == 0x2014 || cp == 0x2026 ||                                // —— and …… as used in Chinese text
         cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019;  // “” ‘’
}

namespace {

struct Range {
  char32_t first, last;
};

// East Asian Width W and F (Unicode 15), merged into ranges; emoji blocks included.
constexpr Range kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},
    {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},
    {0x2693, 0x2693},   {0x26A1, 0x26A1},   {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},
    {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},   {0x2728, 0x2728},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
    {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},
    {0x2E80, 0x2E99},   {0x2E9B, 0x2EF3},   {0x2F00, 0x2FD5},   {0x2FF0, 0x2FFB},   {0x3000, 0x303E},
    {0x3041, 0x3096},   {0x3099, 0x30FF},   {0x3105, 0x312F},   {0x3131, 0x318E},   {0x3190, 0x31E3},
    {0x31F0, 0x321E},   {0x3220, 0x3247},   {0x3250, 0x4DBF},   {0x4E00, 0xA48C},   {0xA490, 0xA4C6},
    {0xA960, 0xA97C},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE52},
    {0xFE54, 0xFE66},   {0xFE68, 0xFE6B},   {0xFF01, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CD5}, {0x1B000, 0x1B2FB}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248}, {0x1F250, 0x1F251},
    {0x1F300, 0x1F320}, {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A},
    {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC},
    {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

// Combining marks, format controls and zero-width characters most likely in Chinese and
// Latin text (checked before kWide: the kana voicing marks are both).
constexpr Range kZeroWidth[] = {
    {0x0300, 0x036F}, {0x200B, 0x200F}, {0x2028, 0x202E}, {0x2060, 0x206F}, {0x20D0, 0x20FF}, {0x302A, 0x302D},
    {0x3099, 0x309A}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xFFF9, 0xFFFB}, {0xE0100, 0xE01EF},
};

template <size_t N>
bool in_ranges(const Range (&ranges)[N], char32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (cp < ranges[mid].first) hi = mid;
    else if (cp > ranges[mid].last) lo = mid + 1;
    else return true;
  }
  return false;
}

}  // namespace

int display_width(char32_t cp) {
  if (cp < 0x300) return 1;
  if (in_ranges(kZeroWidth, cp)) return 0;
  return in_ranges(kWide, cp) ? 2 : 1;
}

size_t display_width_of_prefix(std::string_view s, size_t chars) {
  size_t i = 0, cells = 0;
  for (size_t n = 0; n < chars && i < s.size(); ++n) cells += display_width(next_code_point(s, i));
  return cells;
}

size_t code_point_count(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if (!is_continuation(c)) ++n;
  return n;
}

size_t byte_of_code_point(std::string_view s, size_t chars) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (is_continuation(s[i])) continue;
    if (n++ == chars) return i;
  }
  return s.size();
}

int column_of_byte(std::string_view line_text, size_t byte) {
  if (byte > line_text.size()) byte = line_text.size();
  return static_cast<int>(code_point_count(line_text.substr(0, byte))) + 1;
}

CharacterColumns::CharacterColumns(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

int CharacterColumns::column(int line, int byte_column) {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size() || byte_column < 1) return byte_column;
  const size_t start = line_starts_[line - 1];
  const size_t end = static_cast<size_t>(line) < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
  size_t byte = std::min(static_cast<size_t>(byte_column) - 1, end - start);
  if (line != last_line_ || byte < last_byte_) {
    last_line_ = line;
    last_byte_ = 0;
    last_column_ = 1;
  }
  const std::string_view between = text_.substr(start + last_byte_, byte - last_byte_);
  last_column_ += static_cast<int>(code_point_count(between));
  last_byte_ = byte;
  return last_column_;
}

}  // namespace govsite
