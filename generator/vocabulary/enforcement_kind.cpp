#include "vocabulary/enforcement_kind.h"

namespace govsite {

namespace {

struct KindName {
  EnforcementKind kind;
  const char* id;
  const char* name;
};

constexpr KindName kKinds[kEnforcementKinds] = {
    {EnforcementKind::licensing, "licensing", "行政许可"},
    {EnforcementKind::penalty, "penalty", "行政处罚"},
    {EnforcementKind::coercion, "coercion", "行政强制"},
    {EnforcementKind::inspection, "inspection", "行政检查"},
    {EnforcementKind::levy, "levy", "行政征收"},
    {EnforcementKind::payment, "payment", "行政给付"},
    {EnforcementKind::confirmation, "confirmation", "行政确认"},
    {EnforcementKind::reward, "reward", "行政奖励"},
    {EnforcementKind::adjudication, "adjudication", "行政裁决"},
    {EnforcementKind::other, "other", "其他"},
};

}  // namespace

const char* enforcement_kind_id(EnforcementKind k) { return kKinds[static_cast<int>(k)].id; }
const char* enforcement_kind_name(EnforcementKind k) { return kKinds[static_cast<int>(k)].name; }

std::optional<EnforcementKind> parse_enforcement_kind(const std::string& s) {
  for (const auto& k : kKinds)
    if (s == k.id || s == k.name) return k.kind;
  return std::nullopt;
}

bool is_valid_credit_code(const std::string& code) {
  // GB 32100-2015 §4: the 31 characters in their order of value, and the weights 3^i mod 31.
  static const std::string kChars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
  if (code.size() != 18) return false;
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    const size_t v = kChars.find(code[i]);
    if (v == std::string::npos) return false;
    sum += static_cast<int>(v) * kWeights[i];
  }
  const int check = (31 - sum % 31) % 31;
  return code[17] == kChars[static_cast<size_t>(check)];
}

}  // namespace govsite
