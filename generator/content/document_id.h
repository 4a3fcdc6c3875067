// Document ids: [a-z0-9][a-z0-9-]* (they become file names and URLs: policies/<id>.html),
// except "index", the name of each section's listing page.
#pragma once

#include <string_view>

namespace govsite {

inline bool is_valid_id(std::string_view s) {
  if (s.empty() || s[0] == '-' || s == "index") return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace govsite
