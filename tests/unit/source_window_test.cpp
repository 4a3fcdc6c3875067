#include <catch2/catch.hpp>

#include <clocale>
#include <cwchar>

#include "core/source_window.h"
#include "core/utf8.h"

using namespace govsite;

TEST_CASE("display width: Chinese characters and full-width punctuation take two cells", "[utf8]") {
  CHECK(display_width(U'a') == 1);
  CHECK(display_width(U'é') == 1);
  CHECK(display_width(U'中') == 2);
  CHECK(display_width(U'：') == 2);      // full-width colon
  CHECK(display_width(U'\u3000') == 2);  // ideographic space
  CHECK(display_width(U'，') == 2);
  CHECK(display_width(U'。') == 2);
  CHECK(display_width(U'ｱ') == 1);           // half-width katakana
  CHECK(display_width(U'“') == 1);           // ambiguous width: one cell, as wcwidth says
  CHECK(display_width(U'\u0301') == 0);      // combining acute
  CHECK(display_width(U'\U00020001') == 2);  // CJK extension B
  CHECK(display_width_of_prefix("标题: x", 4) == 6);
}

TEST_CASE("display width agrees with glibc's wcwidth in a UTF-8 locale", "[utf8]") {
  const char* saved = std::setlocale(LC_CTYPE, nullptr);
  const std::string restore = saved ? saved : "C";
  if (!std::setlocale(LC_CTYPE, "C.UTF-8")) {
    WARN("no C.UTF-8 locale: comparison with wcwidth skipped");
    return;
  }
  size_t compared = 0;
  // Latin, CJK punctuation, kana, Han, Hangul and the full-width forms: what Chinese
  // documents are made of.
  for (char32_t first : {0x20u, 0xA0u, 0x2010u, 0x3000u, 0x3040u, 0x4E00u, 0x9F00u, 0xAC00u, 0xFF00u, 0xFFE0u}) {
    for (char32_t cp = first; cp < first + 0x60; ++cp) {
      const int expected = wcwidth(static_cast<wchar_t>(cp));
      if (expected < 0) continue;  // unassigned or control
      INFO("U+" << std::hex << static_cast<unsigned>(cp));
      CHECK(display_width(cp) == expected);
      ++compared;
    }
  }
  std::setlocale(LC_CTYPE, restore.c_str());
  CHECK(compared > 500);
}

TEST_CASE("source window: a short line is shown whole with the caret in display cells", "[diagnostics]") {
  SourceWindow w = source_window("issuer：盘锦市司法局", 7, 120);
  CHECK(w.text == "issuer：盘锦市司法局");
  CHECK(w.caret_cells == 6);
  w = source_window("标题：关于[链接](x.md)", 6, 120);
  CHECK(w.caret_cells == 10);  // five wide characters before the caret
  // a tab is shown as one space, so the caret stays under its character
  w = source_window("\tissuer: x", 2, 120);
  CHECK(w.text == " issuer: x");
  CHECK(w.caret_cells == 1);
  // past the end: the caret just after the last character
  w = source_window("ab", 5, 120);
  CHECK(w.caret_cells == 2);
}

TEST_CASE("source window: a long line is cut around the column, with … on the cut sides", "[diagnostics]") {
  std::string line;
  for (int i = 0; i < 100000; ++i) line += "链";
  SourceWindow w = source_window(line, 50000, 120);
  CHECK(w.text.compare(0, 3, "…") == 0);
  CHECK(w.text.compare(w.text.size() - 3, 3, "…") == 0);
  CHECK(display_width_of_prefix(w.text, code_point_count(w.text)) <= 120);
  CHECK(w.caret_cells == 1 + 60);  // "…" then 30 characters of two cells
  // near the start: no "…" before
  w = source_window(line, 3, 120);
  CHECK(w.text.compare(0, 3, "…") != 0);
  CHECK(w.caret_cells == 4);
  // near the end: no "…" after, and the window is filled from the left
  w = source_window(line, 100000, 120);
  CHECK(w.text.compare(w.text.size() - 3, 3, "…") != 0);
  CHECK(display_width_of_prefix(w.text, code_point_count(w.text)) >= 118);
}

TEST_CASE("source window: bytes that are not UTF-8 and control characters are not echoed", "[diagnostics]") {
  SourceWindow w = source_window(std::string("a\xB1\xEA\x1B[2Jb"), 6, 120);
  CHECK(find_invalid_utf8(w.text) == std::string::npos);
  CHECK(w.text.find('\x1B') == std::string::npos);
}

TEST_CASE("character columns: byte columns of a parser become character columns", "[utf8]") {
  const std::string text = "first line\n见[不存在](x)和[外面](y)\n\n第三行";
  CharacterColumns columns(text);
  CHECK(columns.column(1, 7) == 7);
  CHECK(columns.column(2, 4) == 2);    // "[" after 见
  CHECK(columns.column(2, 21) == 11);  // the second "[", after 见[不存在](x)和
  CHECK(columns.column(2, 4) == 2);    // asked again, out of order
  CHECK(columns.column(4, 4) == 2);
  CHECK(columns.column(4, 100) == 4);  // past the end: just after the last character
  // a million positions on one long line cost one pass (this would take hours if each
  // counted from the line's start)
  std::string line;
  for (int i = 0; i < 1000000; ++i) line += "文[";
  CharacterColumns long_line(line);
  int last = 0;
  for (int i = 0; i < 1000000; ++i) last = long_line.column(1, i * 4 + 4);
  CHECK(last == 2000000);
}
