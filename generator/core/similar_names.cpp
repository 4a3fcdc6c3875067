#include "core/similar_names.h"

#include <algorithm>
#include <utility>

namespace govsite {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::vector<std::string> similar_names(std::string_view name, const std::vector<std::string>& candidates,
                                       size_t at_most) {
  if (name.size() > 1000) return {};  // no id is that long; nothing to compare it with at quadratic cost
  const size_t most = std::max<size_t>(2, name.size() / 3);
  std::vector<std::pair<size_t, size_t>> close;  // (distance, index)
  for (size_t i = 0; i < candidates.size(); ++i) {
    const std::string& c = candidates[i];
    if (c == name) continue;
    const size_t distance = edit_distance(name, c);
    const bool contains = name.size() >= 3 && c.size() >= 3 &&
                          (c.find(name) != std::string::npos || name.find(c) != std::string_view::npos);
    if (distance <= most || contains) close.emplace_back(distance, i);
  }
  std::stable_sort(close.begin(), close.end());
  std::vector<std::string> out;
  for (size_t k = 0; k < close.size() && out.size() < at_most; ++k) out.push_back(candidates[close[k].second]);
  return out;
}

}  // namespace govsite
