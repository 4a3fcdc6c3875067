// The kinds of 行政执法行为 (the 权责清单's ten) and the 统一社会信用代码 check: words
// site.yaml, data/powers.yaml and front matter (content/enforcement_fields.h) all use.
#pragma once

#include <optional>
#include <string>

namespace govsite {

// The ten kinds of 行政执法行为 of the 权责清单, in their usual order.
enum class EnforcementKind {
  licensing,     // 行政许可
  penalty,       // 行政处罚
  coercion,      // 行政强制
  inspection,    // 行政检查
  levy,          // 行政征收
  payment,       // 行政给付
  confirmation,  // 行政确认
  reward,        // 行政奖励
  adjudication,  // 行政裁决
  other,         // 其他
};
constexpr int kEnforcementKinds = 10;

const char* enforcement_kind_id(EnforcementKind k);    // "penalty"
const char* enforcement_kind_name(EnforcementKind k);  // "行政处罚"
// Either form: the Chinese name or the ASCII id.
std::optional<EnforcementKind> parse_enforcement_kind(const std::string& s);

// GB 32100-2015: 18 characters of 0-9 and A-Z without I, O, Z, S, V, the last a check
// character over the first 17.
bool is_valid_credit_code(const std::string& code);

}  // namespace govsite
