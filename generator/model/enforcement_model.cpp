#include "model/enforcement_model.h"

#include <algorithm>
#include <tuple>

#include "content/enforcement_fields.h"

namespace govsite {

void apply_enforcement_publicity(std::vector<Document>& docs, const EnforcementConfig& config) {
  for (Document& d : docs) {
    if (d.type != DocType::enforcement || d.expires) continue;
    const Enforcement e = enforcement_of(d);
    const std::optional<int> days = config.days_for(e.kind);
    if (e.decided && days) {
      d.expires = Date::from_days(e.decided->days_since_epoch() + *days);
      d.params.set("expires_from_site", true);  // for the page: 公示期 set by site.yaml
    }
  }
}

std::vector<size_t> inspection_results_of(const SiteModel& m, size_t plan_index) {
  std::vector<size_t> out;
  if (m.docs[plan_index].type != DocType::inspection_plan || !m.published[plan_index]) return out;
  const std::string& plan_id = m.docs[plan_index].id;
  std::vector<std::tuple<long, std::string, size_t>> keyed;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i] || m.docs[i].type != DocType::inspection_result) continue;
    const InspectionResult r = inspection_result_of(m.docs[i]);
    if (r.plan != plan_id) continue;
    keyed.emplace_back(r.inspected ? r.inspected->days_since_epoch() : 0, m.docs[i].id, i);
  }
  std::sort(keyed.begin(), keyed.end());
  for (const auto& k : keyed) out.push_back(std::get<2>(k));
  return out;
}

std::vector<size_t> enforcement_decisions(const SiteModel& m) {
  std::vector<std::tuple<long, std::string, size_t>> keyed;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i] || m.docs[i].type != DocType::enforcement) continue;
    const std::optional<Date> decided = enforcement_of(m.docs[i]).decided;
    keyed.emplace_back(-(decided ? decided->days_since_epoch() : 0), m.docs[i].id, i);
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<size_t> out;
  for (const auto& k : keyed) out.push_back(std::get<2>(k));
  return out;
}

}  // namespace govsite
