#include "core/html_escape.h"

#include "core/word_scan.h"

namespace govsite {

namespace {

bool is_special(char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; }

// The position of the first byte from `i` on that is escaped, or the end. Pairs that differ
// in one bit are tested together: & (0x26) and ' (0x27) are the bytes with (b | 1) == 0x27,
// < (0x3c) and > (0x3e) those with (b | 2) == 0x3e.
size_t next_special(std::string_view s, size_t i) {
  using namespace word_scan;
  return find_first_byte(
      s, i, [](uint64_t w) { return has_byte(w | kOnes, 0x27) || has_byte(w | (kOnes * 2), 0x3e) || has_byte(w, '"'); },
      is_special);
}

const char* entity(char c) {
  switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    default: return "&apos;";
  }
}

}  // namespace

// Copies the runs between the escaped characters whole, found eight bytes at a time, and
// returns a plain copy when nothing is escaped (no over-sized buffer for a short value):
// this runs on every variable of every page.
std::string escape_html(const std::string& s) {
  const char* data = s.data();
  const size_t n = s.size();
  size_t i = next_special(s, 0);
  if (i == n) return s;
  std::string out;
  out.reserve(n + 16);
  size_t run = 0;
  while (i < n) {
    out.append(data + run, i - run);
    out += entity(data[i]);
    run = i + 1;
    i = next_special(s, run);
  }
  out.append(data + run, n - run);
  return out;
}

}  // namespace govsite
