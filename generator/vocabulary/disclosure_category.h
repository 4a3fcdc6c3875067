// The categories of information every administrative body publishes of its own accord
// (《政府信息公开条例》第二十条, items 一 to 十五): the 法定主动公开内容 of the 政府信息公开
// page (国办公开办函〔2019〕61号) is grouped by them. A document names its category with
// `disclosure_category`; without one it takes its type's default
// (default_disclosure_category, content/document.h).
#pragma once

#include <string>
#include <vector>

namespace govsite {

struct DisclosureCategory {
  const char* id;     // the value of `disclosure_category`
  const char* item;   // 条例第二十条 item: "（一）"
  const char* title;  // as the 政府信息公开 page names it
};

// All fifteen, in the order of 条例第二十条.
const std::vector<DisclosureCategory>& disclosure_categories();
const DisclosureCategory* find_disclosure_category(const std::string& id);
// "regulations, organization, …": for messages.
std::string disclosure_category_ids();

}  // namespace govsite
