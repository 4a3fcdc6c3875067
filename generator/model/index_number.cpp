#include "model/index_number.h"

#include <cstdio>

namespace govsite {

namespace {

bool digits(const std::string& s, size_t from, size_t n) {
  if (from + n > s.size()) return false;
  for (size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

std::optional<IndexNumber> parse_index_number(const std::string& text) {
  const size_t slash = text.rfind('/');
  if (slash == std::string::npos || slash == 0 || text.size() != slash + 11) return std::nullopt;
  if (!digits(text, slash + 1, 4) || text[slash + 5] != '-' || !digits(text, slash + 6, 5)) return std::nullopt;
  IndexNumber n;
  n.prefix = text.substr(0, slash);
  if (n.prefix.find_first_of(" \t") != std::string::npos) return std::nullopt;
  n.year = std::stoi(text.substr(slash + 1, 4));
  n.serial = std::stoi(text.substr(slash + 6, 5));
  return n;
}

std::string format_index_number(const IndexNumber& n) {
  char tail[32];
  std::snprintf(tail, sizeof tail, "/%04d-%05d", n.year, n.serial);
  return n.prefix + tail;
}

IndexNumberAllocator::IndexNumberAllocator(const std::vector<Document>& docs, const SiteConfig& config)
    : prefix_(config.index_prefix) {
  for (const Document& d : docs) {
    auto n = parse_index_number(d.index_no);
    if (!n || n->prefix != prefix_) continue;
    bool found = false;
    for (auto& [year, highest] : highest_)
      if (year == n->year) {
        highest = std::max(highest, n->serial);
        found = true;
      }
    if (!found) highest_.emplace_back(n->year, n->serial);
  }
}

std::string IndexNumberAllocator::next(int year) {
  for (auto& [y, highest] : highest_)
    if (y == year) return format_index_number({prefix_, year, ++highest});
  highest_.emplace_back(year, 1);
  return format_index_number({prefix_, year, 1});
}

}  // namespace govsite
