#include "outputs/credit_export.h"

#include <vector>

#include "model/enforcement_model.h"
#include "outputs/enforcement_pages.h"

namespace govsite {

namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void add_row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + csv_field(fields[i]);
  out += "\r\n";
}

}  // namespace

std::string credit_csv_path(EnforcementKind kind) {
  if (kind == EnforcementKind::penalty) return "enforcement/xzcf.csv";
  if (kind == EnforcementKind::licensing) return "enforcement/xzxk.csv";
  return "";
}

std::string credit_csv(const SiteModel& m, const SiteConfig& config, EnforcementKind kind) {
  std::string out = "\xEF\xBB\xBF";
  const bool penalty = kind == EnforcementKind::penalty;
  if (penalty)
    add_row(out, {"行政相对人名称", "行政相对人类别", "统一社会信用代码", "处罚决定书文号", "违法行为类型", "违法事实",
                  "处罚依据", "处罚类别", "处罚内容", "罚款金额（万元）", "处罚决定日期", "处罚有效期", "处罚机关",
                  "处罚机关统一社会信用代码", "数据来源", "数据来源单位统一社会信用代码"});
  else
    add_row(out, {"行政相对人名称", "行政相对人类别", "统一社会信用代码", "行政许可决定文书号", "许可类别", "许可内容",
                  "许可决定日期", "有效期自", "有效期至", "许可机关", "许可机关统一社会信用代码", "数据来源",
                  "数据来源单位统一社会信用代码"});
  for (size_t i : enforcement_decisions(m)) {
    const Document& d = m.docs[i];
    const Enforcement e = enforcement_of(d);
    if (e.kind != kind) continue;
    const Value* type = d.params.get("party_type");
    const std::string party_type = type ? type->as_string() : "";
    // Never a person's number: the parser refuses one, and this column stays empty anyway.
    const std::string code = e.party_is_person ? "" : e.credit_code;
    const std::string authority = e.authority.empty() ? config.organization : e.authority;
    const std::string& authority_code = config.enforcement.authority_credit_code;
    if (penalty)
      add_row(out, {e.party, party_type_label(party_type), code, e.decision_no, e.violation_type, e.facts, e.basis,
                    e.category, e.result_text, e.fine.empty() ? "" : yuan_to_wan(e.fine), date_or_empty(e.decided),
                    date_or_empty(d.expires), authority, authority_code, config.organization, authority_code});
    else
      add_row(out, {e.party, party_type_label(party_type), code, e.decision_no, e.category, e.result_text,
                    date_or_empty(e.decided), date_or_empty(e.decided), date_or_empty(e.valid_until), authority,
                    authority_code, config.organization, authority_code});
  }
  return out;
}

}  // namespace govsite
