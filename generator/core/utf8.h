// UTF-8 helpers for Chinese text: validation, code point iteration, and the questions the
// renderer asks about CJK characters (soft breaks, summaries, caret placement).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govsite {

// Offset of the first byte that is not part of valid UTF-8, or npos when all is valid.
size_t find_invalid_utf8(std::string_view s);

// Decodes the code point at s[i] and advances i. Invalid bytes decode as U+FFFD, one byte each.
char32_t next_code_point(std::string_view s, size_t& i);

// Code point that ends just before byte offset `end` (U+0000 when end == 0).
char32_t last_code_point(std::string_view s, size_t end);

void append_utf8(std::string& out, char32_t cp);

// `s` with every byte that is not part of valid UTF-8 written as \xNN (two upper-case hex
// digits): a GBK file name stays tellable from another, as U+FFFD would not leave it.
std::string escape_invalid_utf8(std::string_view s);
// `s` with every byte from 0x80 up written as \xNN: a GBK name whole, since some of its byte
// pairs are valid UTF-8 by chance ("文" is C4 BC in GBK, "ļ" in UTF-8).
std::string escape_non_ascii(std::string_view s);

// Han ideographs, CJK and full-width punctuation, kana, Hangul: characters between which a
// line break carries no space in Chinese text.
bool is_cjk(char32_t cp);

// Terminal cells a code point takes: 2 for East Asian Wide and Fullwidth characters (Han,
// kana, Hangul, full-width punctuation such as ，：（）and the ideographic space), 0 for
// combining marks and zero-width characters, 1 otherwise. A table of its own rather than
// wcwidth(3), whose answer depends on the locale govsite happens to run in.
int display_width(char32_t cp);

// Terminal cells taken by the first `chars` code points of `s`.
size_t display_width_of_prefix(std::string_view s, size_t chars);

// Number of code points.
size_t code_point_count(std::string_view s);

// 1-based column (in code points) of byte offset `byte` within its line `line_text`.
int column_of_byte(std::string_view line_text, size_t byte);

// Character columns of positions a parser gives in bytes (cmark-gfm, yaml-cpp), within one
// text. Positions asked for in text order cost one pass over the text in all, however many
// there are on one line (a 10 MB paragraph of links).
class CharacterColumns {
 public:
  explicit CharacterColumns(std::string_view text);
  // 1-based column in characters of the 1-based `byte_column` on 1-based `line`.
  int column(int line, int byte_column);

 private:
  std::string_view text_;
  std::vector<size_t> line_starts_;
  // The last answer, to go on from.
  int last_line_ = 0;
  size_t last_byte_ = 0;  // offset within the line
  int last_column_ = 1;
};

// Byte offset of the code point with 0-based index `chars` in `s` (s.size() past the end).
size_t byte_of_code_point(std::string_view s, size_t chars);

}  // namespace govsite
