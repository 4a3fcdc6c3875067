#include "vocabulary/disclosure_category.h"

namespace govsite {

const std::vector<DisclosureCategory>& disclosure_categories() {
  static const std::vector<DisclosureCategory> kCategories = {
      {"regulations", "（一）", "法规、规章和规范性文件"},
      {"organization", "（二）", "机构职能"},
      {"planning", "（三）", "规划信息"},
      {"statistics", "（四）", "统计信息"},
      {"licensing", "（五）", "行政许可和其他对外管理服务事项"},
      {"enforcement", "（六）", "行政处罚、行政强制"},
      {"budget", "（七）", "财政预算、决算"},
      {"fees", "（八）", "行政事业性收费"},
      {"procurement", "（九）", "政府集中采购"},
      {"projects", "（十）", "重大建设项目"},
      {"welfare", "（十一）", "扶贫、教育、医疗、社会保障、促进就业"},
      {"emergency", "（十二）", "突发公共事件应对"},
      {"supervision", "（十三）", "环境保护、公共卫生、安全生产、食品药品、产品质量监督检查"},
      {"civil-service", "（十四）", "公务员招考"},
      {"other", "（十五）", "其他应当主动公开的政府信息"},
  };
  return kCategories;
}

const DisclosureCategory* find_disclosure_category(const std::string& id) {
  for (const auto& c : disclosure_categories())
    if (id == c.id) return &c;
  return nullptr;
}

std::string disclosure_category_ids() {
  std::string ids;
  for (const auto& c : disclosure_categories()) ids += (ids.empty() ? "" : ", ") + std::string(c.id);
  return ids;
}

}  // namespace govsite
