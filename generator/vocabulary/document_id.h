// Document ids: [a-z0-9][a-z0-9-]* (they become file names and URLs: policies/<id>.html),
// except the reserved "index", the name of each section's listing page, and at most
// kMaxIdLength long.
#pragma once

#include <string_view>

namespace govsite {

// An id names a file ("<id>.html") and a folder: well under the 255 bytes a name may have,
// and short enough for a readable URL.
constexpr size_t kMaxIdLength = 100;

// What is wrong with an id, so that each case gets its own message: "index" matches the
// pattern and is refused only because it is reserved.
enum class IdProblem { none, reserved, too_long, pattern };

inline bool is_reserved_id(std::string_view s) { return s == "index"; }

inline IdProblem id_problem(std::string_view s) {
  if (s.size() > kMaxIdLength) return IdProblem::too_long;
  if (s.empty() || s[0] == '-') return IdProblem::pattern;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return IdProblem::pattern;
  return is_reserved_id(s) ? IdProblem::reserved : IdProblem::none;
}

inline bool is_valid_id(std::string_view s) { return id_problem(s) == IdProblem::none; }

}  // namespace govsite
