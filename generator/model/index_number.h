// 索引号: <prefix>/<year>-<5-digit serial>, the number under which the 政府信息公开 catalog
// lists a document (条例第十二条: 索引). The prefix is the body's 组织机构代码 or 统一社会信用代码
// (site.yaml index_prefix), or an earlier prefix for numbers already published: a 索引号
// never changes once published.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "content/document.h"

namespace govsite {

struct IndexNumber {
  std::string prefix;
  int year = 0;
  int serial = 0;
};

// Splits a 索引号 of the shape <prefix>/YYYY-NNNNN; nullopt when it has another shape.
std::optional<IndexNumber> parse_index_number(const std::string& text);
std::string format_index_number(const IndexNumber& n);

// Hands out the next free numbers of index_prefix, per year: one more than the highest
// serial of that prefix and year that any document (public or not) already carries.
class IndexNumberAllocator {
 public:
  IndexNumberAllocator(const std::vector<Document>& docs, const SiteConfig& config);
  std::string next(int year);

 private:
  std::string prefix_;
  std::vector<std::pair<int, int>> highest_;  // (year, highest serial)
};

}  // namespace govsite
