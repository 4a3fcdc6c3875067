// Finding the first byte of a small set in long text eight bytes at a time: a word test
// says whether any of eight bytes can be one, and only then are they looked at one by one.
// HTML escaping, JSON quoting and the personal-data scan each pass over every page's text
// looking for a few bytes that are rare in Chinese prose.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace govsite {

namespace word_scan {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Whether any byte of `w` is below `n` (n at most 0x80). Exact as a yes/no answer (only
// which byte it flags can be wrong, after a true one), which is all a scan asks.
constexpr bool has_byte_below(uint64_t w, uint8_t n) { return ((w - kOnes * n) & ~w & kHighBits) != 0; }

// Whether any byte of `w` is `b`.
constexpr bool has_byte(uint64_t w, uint8_t b) { return has_byte_below(w ^ (kOnes * b), 1); }

}  // namespace word_scan

// The position of the first byte of `s` from `i` (at most s.size()) on for which `is_wanted(char)` holds, or
// s.size(). `word_may_hold(uint64_t)` must be true for every word of eight bytes holding
// one (it may be true for others); the last bytes are tested one by one.
template <typename WordTest, typename ByteTest>
size_t find_first_byte(std::string_view s, size_t i, WordTest&& word_may_hold, ByteTest&& is_wanted) {
  const char* data = s.data();
  const size_t n = s.size();
  while (n - i >= 8) {
    uint64_t w;
    std::memcpy(&w, data + i, sizeof w);
    if (!word_may_hold(w)) {
      i += 8;
      continue;
    }
    for (const size_t end = i + 8; i < end; ++i)
      if (is_wanted(data[i])) return i;
  }
  for (; i < n; ++i)
    if (is_wanted(data[i])) return i;
  return n;
}

}  // namespace govsite
