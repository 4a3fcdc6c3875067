// Content fingerprints for cache-busting asset names. FNV-1a: stable across platforms and
// compilers (unlike std::hash), fast, and collisions do not matter for this use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace govsite {

// 64-bit FNV-1a of `data`; given the hash of what came before as `h`, continues it (so a
// hash of several pieces is fnv1a64(b, fnv1a64(a))). The start is one digit short of
// FNV's published offset basis (14695981039346656037): an old slip, kept because every
// fingerprinted asset name (and so every page linking one) depends on it.
constexpr uint64_t kFnv1a64Start = 1469598103934665603ULL;
uint64_t fnv1a64(std::string_view data, uint64_t h = kFnv1a64Start);
// 32-bit FNV-1a: the search index's shard hash, which the browser computes too.
uint32_t fnv1a32(std::string_view data);

// A fast 64-bit hash of short strings (the search index's tokens, mostly 3 to 24 bytes) for
// in-memory tables: a word of up to eight bytes at a time, multiplied in, instead of
// std::hash's byte-wise loop. A string of at most kShortHashExact bytes is one word that
// holds all its bytes, and every step after is a bijection: two such strings of one length
// never collide, so a table need not compare their bytes (a CJK bigram is six bytes).
// Depends on the machine's byte order: never write it out.
constexpr size_t kShortHashExact = 8;
inline uint64_t short_hash64(std::string_view data) {
  const char* p = data.data();
  const size_t n = data.size();
  constexpr uint64_t kOdd = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio, odd
  auto load = [](const char* q, size_t bytes) {     // bytes is 4 or 8: an inlined move
    uint64_t w = 0;
    std::memcpy(&w, q, bytes);
    return w;
  };
  auto step = [](uint64_t h, uint64_t w) {
    h = (h ^ w) * kOdd;
    return h ^ (h >> 32);
  };
  uint64_t h = step(kOdd, n);  // the length mixed first, so that lengths differ in high bits too
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) h = step(h, load(p + i, 8));
    h = step(h, load(p + n - 8, 8));  // the last eight bytes, overlapping the word before
  } else if (n >= 4) {
    h = step(h, load(p, 4) | load(p + n - 4, 4) << 32);
  } else if (n > 0) {
    const auto byte = [&](size_t i) { return static_cast<uint64_t>(static_cast<unsigned char>(p[i])); };
    h = step(h, byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16);
  }
  // murmur3's finalizer, so every bit of the state reaches the low bits a table uses.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 33);
}

// First `digits` hex digits of the fingerprint, e.g. "3fa2b91c".
std::string fingerprint(std::string_view data, size_t digits = 10);

}  // namespace govsite
