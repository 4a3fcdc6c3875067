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

}  // namespace

// Copies the runs between the escaped characters whole, and skips eight bytes at a time
// where none of them is escaped: kainjow's own escape appends one character at a time, and
// this runs on every variable of every page.
std::string escape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  const char* data = s.data();
  const size_t n = s.size();
  size_t run = 0, i = 0;
  while (i < n) {
    if (n - i >= 8) {
      uint64_t w;
      std::memcpy(&w, data + i, 8);
      if (!has_special_byte(w)) {
        i += 8;
        continue;
      }
    }
    const size_t stop = n - i >= 8 ? i + 8 : n;
    for (; i < stop; ++i) {
      const char* entity;
      switch (data[i]) {
        case '&': entity = "&amp;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        case '"': entity = "&quot;"; break;
        case '\'': entity = "&apos;"; break;
        default: continue;
      }
      out.append(data + run, i - run);
      out += entity;
      run = i + 1;
    }
  }
  out.append(data + run, n - run);
  return out;
}

}  // namespace govsite
