#include "content/enforcement_fields.h"

#include <regex>

#include "core/messages.h"

namespace govsite {

namespace {

std::string param(const Document& d, const char* key) {
  const Value* v = d.params.get(key);
  return v && v->kind() == Value::Kind::string ? v->as_string() : std::string();
}

std::optional<Date> date_param(const Document& d, const char* key) { return Date::parse(param(d, key)); }

// Reads `key` as text and keeps it in params; "" when absent (reported when required).
std::string keep_string(YamlFields& f, Document& d, const char* key, bool required) {
  std::string s = f.string(key, required).value_or("");
  if (!s.empty()) d.params.set(key, s);
  return s;
}

void keep_date(YamlFields& f, Document& d, const char* key, bool required) {
  if (auto date = f.date(key, required)) d.params.set(key, date->str());
}

}  // namespace

bool is_masked_person_name(const std::string& name) {
  for (const char* mark : {"某", "＊", "*", "×"})
    if (name.find(mark) != std::string::npos) return true;
  return false;
}

void read_enforcement(YamlFields& f, Document& d) {
  keep_string(f, d, "decision_no", true);
  if (auto kind = f.string("kind", true)) {
    if (auto k = parse_enforcement_kind(*kind)) {
      d.params.set("kind", enforcement_kind_name(*k));
    } else {
      std::string allowed;
      for (int i = 0; i < kEnforcementKinds; ++i) {
        const auto k2 = static_cast<EnforcementKind>(i);
        allowed += std::string(allowed.empty() ? "" : ", ") + enforcement_kind_name(k2) + " (" +
                   enforcement_kind_id(k2) + ")";
      }
      f.error("kind", "bad-value", tr("bad-value.enforcement-kind", {*kind, allowed}));
    }
  }
  const std::string party_type = f.one_of("party_type", {"person", "organization", "business"}, true).value_or("");
  if (!party_type.empty()) d.params.set("party_type", party_type);
  const std::string party = keep_string(f, d, "party", true);
  const std::string credit_code = f.string("credit_code").value_or("");
  if (party_type == "person") {
    // 公示信息须脱敏: a citizen's name is shown as 张某, never in full, and no ID number.
    if (!party.empty() && !is_masked_person_name(party)) f.error("party", "unmasked-name", tr("unmasked-name.party"));
    if (!credit_code.empty()) f.error("credit_code", "personal-data", tr("personal-data.person-credit-code"));
  } else if (!party_type.empty()) {
    if (credit_code.empty() && party_type == "organization")
      f.error("credit_code", "missing-key", tr("missing-key.credit-code"));
    else if (!credit_code.empty() && !is_valid_credit_code(credit_code))
      f.error("credit_code", "bad-credit-code", tr("bad-credit-code.party", {credit_code}));
    else if (!credit_code.empty()) d.params.set("credit_code", credit_code);
  }
  keep_string(f, d, "facts", false);
  keep_string(f, d, "basis", true);
  keep_string(f, d, "result_text", true);
  if (auto fine = f.string("fine")) {
    if (std::regex_match(*fine, std::regex("(0|[1-9][0-9]{0,11})(\\.[0-9]{1,2})?"))) d.params.set("fine", *fine);
    else f.error("fine", "bad-value", tr("bad-value.fine", {*fine}));
  }
  keep_date(f, d, "decided", true);
  keep_string(f, d, "authority", false);
  keep_string(f, d, "power", false);
  keep_string(f, d, "violation_type", false);
  keep_string(f, d, "category", false);
  keep_date(f, d, "valid_until", false);
}

void read_inspection_plan(YamlFields& f, Document& d) {
  keep_string(f, d, "matter", true);
  keep_string(f, d, "basis", true);
  keep_string(f, d, "subject", false);
  keep_string(f, d, "scope", true);
  keep_string(f, d, "ratio", true);
}

void read_inspection_result(YamlFields& f, Document& d) {
  keep_string(f, d, "plan", true);
  keep_string(f, d, "target", true);
  keep_date(f, d, "inspected", true);
  keep_string(f, d, "outcome", true);
  keep_string(f, d, "handling", false);
}

Enforcement enforcement_of(const Document& d) {
  Enforcement e;
  e.decision_no = param(d, "decision_no");
  e.kind = parse_enforcement_kind(param(d, "kind")).value_or(EnforcementKind::other);
  e.party = param(d, "party");
  e.party_is_person = param(d, "party_type") == "person";
  e.credit_code = param(d, "credit_code");
  e.facts = param(d, "facts");
  e.basis = param(d, "basis");
  e.result_text = param(d, "result_text");
  e.fine = param(d, "fine");
  e.decided = date_param(d, "decided");
  e.authority = param(d, "authority");
  e.power = param(d, "power");
  e.violation_type = param(d, "violation_type");
  e.category = param(d, "category");
  e.valid_until = date_param(d, "valid_until");
  return e;
}

InspectionPlan inspection_plan_of(const Document& d) {
  return {param(d, "matter"), param(d, "basis"), param(d, "subject"), param(d, "scope"), param(d, "ratio")};
}

InspectionResult inspection_result_of(const Document& d) {
  InspectionResult r;
  r.plan = param(d, "plan");
  r.target = param(d, "target");
  r.inspected = date_param(d, "inspected");
  r.outcome = param(d, "outcome");
  r.handling = param(d, "handling");
  return r;
}

}  // namespace govsite
