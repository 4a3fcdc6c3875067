#include "core/source_window.h"

#include "core/utf8.h"

namespace govsite {

namespace {

constexpr const char* kEllipsis = "…";  // one cell

// What one code point is shown as, and its width: the caret line is made of spaces, so a
// tab (whose width depends on the terminal) and control characters (which a document
// could use to move a terminal's cursor) are shown as one space.
char32_t shown_as(char32_t cp) { return cp < 0x20 || cp == 0x7F ? U' ' : cp; }

size_t width_at(std::string_view s, size_t& i) { return display_width(shown_as(next_code_point(s, i))); }

// Start of the code point that ends at `end` (stray continuation bytes count one each).
size_t previous_start(std::string_view s, size_t end) {
  size_t start = end - 1;
  while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t i = start;
  next_code_point(s, i);
  return i == end ? start : end - 1;
}

// Moves `start` left from `at` over at most `budget` cells; returns the cells taken.
size_t extend_left(std::string_view s, size_t& start, size_t budget) {
  size_t cells = 0;
  while (start > 0) {
    const size_t prev = previous_start(s, start);
    size_t i = prev;
    const size_t w = width_at(s, i);
    if (cells + w > budget) break;
    cells += w;
    start = prev;
  }
  return cells;
}

// Moves `end` right over at most `budget` cells; returns the cells taken.
size_t extend_right(std::string_view s, size_t& end, size_t budget) {
  size_t cells = 0;
  while (end < s.size()) {
    size_t i = end;
    const size_t w = width_at(s, i);
    if (cells + w > budget) break;
    cells += w;
    end = i;
  }
  return cells;
}

}  // namespace

SourceWindow source_window(std::string_view line, int column, size_t max_cells) {
  if (max_cells < 8) max_cells = 8;
  const size_t at = column > 0 ? byte_of_code_point(line, static_cast<size_t>(column) - 1) : 0;
  size_t start = 0, end = 0;
  extend_right(line, end, max_cells);
  if (end < line.size() || at > end) {
    // Too wide: about half the window before the column, the rest after it, one cell of
    // each side kept for "…".
    start = at;
    end = at;
    size_t left = extend_left(line, start, max_cells / 2);
    size_t right = extend_right(line, end, max_cells - 2 - left);
    if (end == line.size()) left += extend_left(line, start, max_cells - 2 - left - right);
  }
  SourceWindow w;
  if (start > 0) {
    w.text = kEllipsis;
    w.caret_cells = 1;
  }
  for (size_t i = start; i < end;) {
    const bool before_caret = i < at;
    const char32_t cp = shown_as(next_code_point(line, i));
    append_utf8(w.text, cp);
    if (before_caret) w.caret_cells += display_width(cp);
  }
  if (end < line.size()) w.text += kEllipsis;
  return w;
}

}  // namespace govsite
