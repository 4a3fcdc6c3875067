#include "content/document.h"

#include <algorithm>

namespace govsite {

void KeyPositions::set(std::string key, SourcePos pos) {
  auto at = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const Entry& e, const std::string& k) { return e.first < k; });
  if (at != entries_.end() && at->first == key) at->second = pos;
  else entries_.emplace(at, std::move(key), pos);
}

const SourcePos* KeyPositions::find(std::string_view key) const {
  auto at = std::lower_bound(entries_.begin(), entries_.end(), key,
                             [](const Entry& e, std::string_view k) { return e.first < k; });
  return at != entries_.end() && at->first == key ? &at->second : nullptr;
}

const char* doc_type_name(DocType t) {
  switch (t) {
    case DocType::policy: return "policy";
    case DocType::interpretation: return "interpretation";
    case DocType::consultation: return "consultation";
    case DocType::notice: return "notice";
    case DocType::service: return "service";
    case DocType::progress: return "progress";
    case DocType::page: return "page";
    case DocType::enforcement: return "enforcement";
    case DocType::inspection_plan: return "inspection-plan";
    case DocType::inspection_result: return "inspection-result";
    case DocType::annual_report: return "annual-report";
    case DocType::annual_web_report: return "annual-web-report";
  }
  return "page";
}

std::optional<DocType> parse_doc_type(const std::string& s) {
  for (DocType t : {DocType::policy, DocType::interpretation, DocType::consultation, DocType::notice, DocType::service,
                    DocType::progress, DocType::page, DocType::enforcement, DocType::inspection_plan,
                    DocType::inspection_result, DocType::annual_report, DocType::annual_web_report})
    if (s == doc_type_name(t)) return t;
  return std::nullopt;
}

const char* disclosure_name(Disclosure d) {
  switch (d) {
    case Disclosure::public_: return "public";
    case Disclosure::on_request: return "on-request";
    case Disclosure::withheld: return "withheld";
    case Disclosure::unset: return "";
  }
  return "";
}

const char* validity_name(Validity v) {
  switch (v) {
    case Validity::valid: return "valid";
    case Validity::expired: return "expired";
    case Validity::repealed: return "repealed";
  }
  return "valid";
}

const char* default_disclosure_category(DocType type) {
  switch (type) {
    // 政策文件 and their 解读 go together: a work plan that is not a 规范性文件 is still
    // looked for beside them.
    case DocType::policy: return "regulations";
    case DocType::interpretation: return "regulations";
    case DocType::service: return "licensing";  // 办事指南: 依据、条件、程序
    case DocType::page: return "organization";  // 机构职能, 联系方式
    case DocType::consultation:
    case DocType::notice:
    case DocType::progress:
    case DocType::annual_report:
    case DocType::annual_web_report: return "other";
    case DocType::enforcement: return "enforcement";  // 行政处罚、行政强制; a 行政许可 sets licensing
    case DocType::inspection_plan:
    case DocType::inspection_result: return "supervision";  // 双随机: 监督检查
  }
  return "other";
}

}  // namespace govsite
