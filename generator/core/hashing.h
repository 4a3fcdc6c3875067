// Content fingerprints for cache-busting asset names. FNV-1a: stable across platforms and
// compilers (unlike std::hash), fast, and collisions do not matter for this use.
#pragma once

#include <cstdint>
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

// First `digits` hex digits of the fingerprint, e.g. "3fa2b91c".
std::string fingerprint(std::string_view data, size_t digits = 10);

}  // namespace govsite
