// site.yaml's `enforcement` (行政执法公示): how long each kind of decision stays published
// (公示期) when a decision gives no `expires`, and the 执法机关's own 统一社会信用代码 for the
// credit export.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "vocabulary/enforcement_kind.h"
#include "yaml/yaml_fields.h"

namespace govsite {

struct EnforcementConfig {
  // Days after 决定日期 per kind (indexed by EnforcementKind); nullopt: no default, the
  // decision must give `expires`. 行政处罚 defaults to 365: 发改办财金〔2019〕527号 sets the
  // longest 公示期 of a penalty for a 一般失信行为 at one year (最短三个月, 最长一年).
  std::array<std::optional<int>, kEnforcementKinds> publicity_days{};
  std::string authority_credit_code;             // 执法机关统一社会信用代码
  std::string flowchart;                         // 执法流程图: an image, relative to the site folder
  int flowchart_line = 0, flowchart_column = 0;  // where site.yaml names it, for diagnostics

  EnforcementConfig() { publicity_days[static_cast<size_t>(EnforcementKind::penalty)] = 365; }
  std::optional<int> days_for(EnforcementKind k) const { return publicity_days[static_cast<size_t>(k)]; }
};

// Reads `enforcement: {publicity_days: {行政处罚: 365, 行政许可: 1095}, authority_credit_code: …,
// flowchart: data/zhifa-liucheng.svg}`.
void read_enforcement_config(YamlFields& f, EnforcementConfig& c);

}  // namespace govsite
