#include "core/html_escape.h"

#include <cstdint>
#include <cstring>

namespace govsite {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Whether any byte of `w` is zero. Exact as a yes/no answer (only which byte it flags can
// be wrong, after a true zero), which is all the scan below asks.
constexpr bool has_zero_byte(uint64_t w) { return ((w - kOnes) & ~w & kHighBits) != 0; }

// Whether any of the 8 bytes is one of & ' < > ". Pairs that differ in one bit are tested
// together: & (0x26) and ' (0x27) are the bytes with (b | 1) == 0x27, < (0x3c) and > (0x3e)
// those with (b | 2) == 0x3e.
bool has_special_byte(uint64_t w) {
  return has_zero_byte((w | kOnes) ^ (kOnes * 0x27)) || has_zero_byte((w | kOnes * 2) ^ (kOnes * 0x3e)) ||
         has_zero_byte(w ^ (kOnes * '"'));
}

bool is_special(char c) { return c == '&' || c == '<' || c == '>' || c == '"' || c == '\''; }

// The position of the first byte from `i` on that is escaped, or `n`. Tests a word of eight
// bytes at a time; the last few bytes are tested as a word padded with a plain letter.
size_t next_special(const char* data, size_t n, size_t i) {
  while (i < n) {
    uint64_t w;
    if (n - i >= 8) {
      std::memcpy(&w, data + i, 8);
    } else {
      char tail[8];
      std::memset(tail, 'a', sizeof tail);
      std::memcpy(tail, data + i, n - i);
      std::memcpy(&w, tail, 8);
    }
    if (has_special_byte(w)) {
      while (!is_special(data[i])) ++i;  // the word holds one
      return i;
    }
    i += 8;
  }
  return n;
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
  size_t i = next_special(data, n, 0);
  if (i == n) return s;
  std::string out;
  out.reserve(n + 16);
  size_t run = 0;
  while (i < n) {
    out.append(data + run, i - run);
    out += entity(data[i]);
    run = i + 1;
    i = next_special(data, n, run);
  }
  out.append(data + run, n - run);
  return out;
}

}  // namespace govsite
