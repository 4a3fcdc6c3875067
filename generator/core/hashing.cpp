#include "core/hashing.h"

#include <cstdio>

namespace govsite {

uint64_t fnv1a64(std::string_view data, uint64_t h) {
  for (unsigned char c : data) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

uint32_t fnv1a32(std::string_view data) {
  // Four bytes a round: the search index hashes every 8-character gram of its long runs.
  const auto* p = reinterpret_cast<const unsigned char*>(data.data());
  const size_t n = data.size();
  uint32_t h = 2166136261u;
  size_t i = 0;
  for (; i + 4 <= n; i += 4) {
    h = (h ^ p[i]) * 16777619u;
    h = (h ^ p[i + 1]) * 16777619u;
    h = (h ^ p[i + 2]) * 16777619u;
    h = (h ^ p[i + 3]) * 16777619u;
  }
  for (; i < n; ++i) h = (h ^ p[i]) * 16777619u;
  return h;
}

std::string fingerprint(std::string_view data, size_t digits) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fnv1a64(data)));
  return std::string(buf, digits < 16 ? digits : 16);
}

}  // namespace govsite
