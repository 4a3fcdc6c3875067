// The inspection a department faces every quarter (国办秘函〔2019〕19号《政府网站与政务新
// 媒体检查指标》), run by every build on what the build can see: for each indicator its
// result, the figures behind it, how far it is from its threshold, and the rule's source.
// A single-veto item (单项否决) that fails fails the whole site at inspection; the build
// reports it as `inspection-veto` (a warning, an error under `check --inspection`) and
// outputs/inspection_report writes the report (reports/inspection.json and .html).
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/date.h"
#include "core/diagnostics.h"
#include "model/site_model.h"

namespace govsite {

struct InspectionItem {
  std::string id;     // stable, for machines: home-updated, columns-stale, …
  std::string title;  // 首页更新 …
  bool veto = false;  // a single-veto item (单项否决)
  bool failing = false;
  bool applies = true;                         // false: the site has nothing the item looks at
  std::string measure;                         // the figures, in words: 最近更新 2019-12-27，距检查日 4 天
  long value = 0;                              // the measured figure …
  long threshold = 0;                          // … and the figure at which the item fails
  std::string unit;                            // 天, 个
  std::string margin;                          // how far from failing: 还有 10 天 / 已超出 3 天
  std::string rule;                            // what the rule demands
  std::string source;                          // where the rule is written
  std::vector<std::string> columns;            // the detail table's header …
  std::vector<std::vector<std::string>> rows;  // … and its rows (columns, guides, footer items)
  std::vector<bool> row_failing;               // per row
  // Where the veto diagnostic points.
  std::string file;
  int line = 0;
  int column = 0;
};

struct InspectionReport {
  Date date;  // the build date: the inspection's 监测时间点
  std::vector<InspectionItem> items;
  size_t veto_failures() const;
};

// `broken_links`: links the build found broken (broken-link, broken-output-link).
InspectionReport inspect_site(const SiteModel& m, const SiteConfig& config, size_t broken_links);

// Each failing single-veto item as an `inspection-veto` diagnostic: an error when
// `as_errors` (check --inspection), otherwise a warning so that an urgent notice still goes
// out on a site with a stale column.
void report_inspection_vetoes(const InspectionReport& r, bool as_errors, Diagnostics& diags);

// The parts, one file each.
void inspect_columns(const SiteModel& m, const SiteConfig& config, InspectionReport& r);
void inspect_service_guides(const SiteModel& m, const SiteConfig& config, InspectionReport& r);

// "还有 3 天" / "已超出 2 天"-style distance of `value` from failing at `threshold`
// (fails when value >= threshold).
std::string inspection_margin(long value, long threshold, const std::string& unit);

extern const char* const kInspectionSource;  // 国办秘函〔2019〕19号《政府网站与政务新媒体检查指标》

}  // namespace govsite
