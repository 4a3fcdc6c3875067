// 服务不实用 of 国办秘函〔2019〕19号: a service guide (办事指南) missing 4 or more of its
// elements is 不合格, and 5 or more such guides fail the site. The elements are the eight of
// the `service` type, 办理机构, 办理时间 and 监督投诉电话, and at least one downloadable form
// (样表: an office document or PDF among its attachments). 事项名称 is the title, always there.
#include "validate/inspection.h"

#include <algorithm>
#include <utility>

namespace govsite {

namespace {

const std::pair<const char*, const char*> kElements[] = {
    {"basis", "设定依据"},
    {"conditions", "申请条件"},
    {"materials", "申请材料"},
    {"steps", "办理流程"},
    {"time_limit", "办理时限"},
    {"fee", "收费标准"},
    {"location", "办理地点"},
    {"phone", "咨询电话"},
    {"agency", "办理机构"},
    {"hours", "办理时间"},
    {"complaint_phone", "监督投诉电话"},
};

bool is_form(const std::string& file) {
  const size_t dot = file.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = file.substr(dot + 1);
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  for (const char* form : {"doc", "docx", "xls", "xlsx", "wps", "et", "pdf", "ofd"})
    if (ext == form) return true;
  return false;
}

}  // namespace

void inspect_service_guides(const SiteModel& m, const SiteConfig&, InspectionReport& r) {
  InspectionItem item;
  item.id = "service-guides";
  item.title = "办事指南要素";
  item.veto = true;
  item.threshold = 5;
  item.unit = "个";
  item.rule =
      "办事指南要素（事项名称、设定依据、申请条件、办理材料、办理地点、办理机构、收费标准、办理时间、联系电话、办理流程等）"
      "缺失4个（含）以上的事项数量超过（含）5个的，即单项否决；govsite 另查办理时限、监督投诉电话和可下载的样表";
  item.source = std::string(kInspectionSource) + " 单项否决指标·服务不实用";
  item.columns = {"办事指南", "文件", "缺失要素", "缺失数", "结果"};
  size_t guides = 0;
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::service; })) {
    const Document& d = m.docs[i];
    ++guides;
    std::vector<std::string> missing;
    for (const auto& element : kElements) {
      // A named copy: clang 14 cannot capture a structured binding in a lambda.
      const auto& key = element.first;
      const bool present = std::any_of(d.guide.begin(), d.guide.end(),
                                       [&](const GuideSection& s) { return s.key == key; });
      if (!present) missing.push_back(element.second);
    }
    if (std::none_of(d.attachments.begin(), d.attachments.end(),
                     [](const AttachmentRef& a) { return is_form(a.file); }))
      missing.push_back("样表下载");
    std::string list;
    for (const auto& name : missing) list += (list.empty() ? "" : "、") + name;
    const bool failing = missing.size() >= 4;
    item.rows.push_back(
        {d.title, d.path, list.empty() ? "—" : list, std::to_string(missing.size()), failing ? "不合格" : "合格"});
    item.row_failing.push_back(failing);
    if (failing) {
      ++item.value;
      if (item.file.empty()) item.file = d.path;
    }
  }
  item.applies = guides > 0;
  item.failing = item.value >= item.threshold;
  item.measure = std::to_string(guides) + " 个办事指南中，" + std::to_string(item.value) + " 个缺失4个（含）以上要素";
  item.margin = inspection_margin(item.value, item.threshold, item.unit);
  r.items.push_back(std::move(item));
}

}  // namespace govsite
