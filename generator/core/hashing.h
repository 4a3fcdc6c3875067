// Content fingerprints for cache-busting asset names. FNV-1a: stable across platforms and
// compilers (unlike std::hash), fast, and collisions do not matter for this use.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace govsite {

uint64_t fnv1a64(std::string_view data);
// 32-bit FNV-1a: the search index's shard hash, which the browser computes too.
uint32_t fnv1a32(std::string_view data);

// First `digits` hex digits of the fingerprint, e.g. "3fa2b91c".
std::string fingerprint(std::string_view data, size_t digits = 10);

}  // namespace govsite
