// 行政执法公示 in the site model: a decision's 公示期 from site.yaml, and the pairing of
// 双随机 inspection results with their plans (the way interpretations pair with policies).
#pragma once

#include <vector>

#include "config/enforcement_config.h"
#include "model/site_model.h"

namespace govsite {

// Gives each enforcement decision without `expires` the end of its 公示期: 决定日期 plus
// the days site.yaml (or the built-in default) sets for its kind. Runs before the model is
// built, so the decision is withdrawn, and `next-change` names the day, exactly as for an
// `expires` the editor wrote. A kind with no default keeps no `expires`; the rules report it.
void apply_enforcement_publicity(std::vector<Document>& docs, const EnforcementConfig& config);

// The published inspection-result documents naming the plan at `plan_index`, by 检查时间
// then id.
std::vector<size_t> inspection_results_of(const SiteModel& m, size_t plan_index);

// Published enforcement decisions, by 决定日期 (newest first), then id.
std::vector<size_t> enforcement_decisions(const SiteModel& m);

}  // namespace govsite
