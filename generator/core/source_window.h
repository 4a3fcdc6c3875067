// The piece of a source line shown under a diagnostic, with the caret under its column.
// A line of any length (a 10 MB paragraph of links) is shown as a window of a bounded
// number of terminal cells around the column, cut with "…" on the sides that go on.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace govsite {

struct SourceWindow {
  std::string text;        // what to print: tabs and control characters as spaces, bytes
                           // that are not UTF-8 as U+FFFD
  size_t caret_cells = 0;  // terminal cells of `text` before the caret
};

// `column` is 1-based in characters (0: no caret, the window starts at the line's start);
// a column past the end puts the caret just after the last character. The text takes at
// most `max_cells` cells, "…" included. The work done is bounded by the column's byte
// offset plus the window, never the whole line.
SourceWindow source_window(std::string_view line, int column, size_t max_cells);

}  // namespace govsite
