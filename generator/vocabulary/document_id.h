// Document ids: [a-z0-9][a-z0-9-]* (they become file names and URLs: policies/<id>.html),
// except "index", the name of each section's listing page, and at most kMaxIdLength long.
#pragma once

#include <string_view>

namespace govsite {

// An id names a file ("<id>.html") and a folder: well under the 255 bytes a name may have,
// and short enough for a readable URL.
constexpr size_t kMaxIdLength = 100;

inline bool is_valid_id(std::string_view s) {
  if (s.empty() || s.size() > kMaxIdLength || s[0] == '-' || s == "index") return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace govsite
