#include <algorithm>
#include <cstdlib>

#include "core/messages.h"
#include "model/annual_report.h"
#include "validate/rules.h"

namespace govsite {

namespace {

constexpr const char* kActivities[] = {"行政许可", "行政处罚", "行政强制", "行政事业性收费"};

// A whole number, or for 行政事业性收费 (万元) a decimal one.
bool is_figure(const std::string& s, bool decimal) {
  if (s.empty()) return false;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  return *end == '\0' && v >= 0 && (decimal || s.find_first_not_of("0123456789") == std::string::npos);
}

void check_report(const SiteModel& m, const Document& d, Diagnostics& diags) {
  const AnnualReport computed = compute_annual_report(m, d.report_year);
  const SourcePos year_pos = d.pos("year");
  if (!computed.has_request_records)
    diags.warning(d.path, year_pos.line, year_pos.column, "annual-report-no-requests",
                  tr("annual-report-no-requests", {std::to_string(d.report_year)}));
  for (const auto& path : computed.undated)
    diags.warning(d.path, year_pos.line, year_pos.column, "annual-report-undated", tr("annual-report-undated", {path}));
  for (const ReportFigure& a : d.report_activities) {
    bool known = false;
    for (const char* name : kActivities) known = known || a.cell == name;
    if (!known)
      diags.error(d.path, a.pos.line, a.pos.column, "bad-value", tr("bad-value.report-activity-row", {a.cell}));
    else if (!is_figure(a.value, a.cell == std::string("行政事业性收费")))
      diags.error(d.path, a.pos.line, a.pos.column, "bad-value",
                  tr("bad-value.report-activity-number", {a.cell, a.value}));
  }
  // Figures typed by hand: each equals its computation, and together they keep the
  // format's 勾稽关系.
  const auto figures = report_figures(computed);
  std::vector<std::pair<std::string, long>> typed;
  for (const ReportFigure& f : d.report_figures) {
    const auto it = std::find_if(figures.begin(), figures.end(), [&](const auto& c) { return c.first == f.cell; });
    if (it == figures.end()) {
      diags.error(d.path, f.pos.line, f.pos.column, "bad-value", tr("bad-value.report-figure-cell", {f.cell}));
      continue;
    }
    if (!is_figure(f.value, false)) {
      diags.error(d.path, f.pos.line, f.pos.column, "bad-value",
                  tr("bad-value.report-figure-number", {f.cell, f.value}));
      continue;
    }
    const long value = std::atol(f.value.c_str());
    typed.emplace_back(f.cell, value);
    if (value == it->second) continue;
    if (f.cell.rfind("规章", 0) == 0 || f.cell.rfind("行政规范性文件", 0) == 0) {
      // A policy whose own file has an error is not counted: then the mismatch may be a
      // follow-on of that error, printed after it and saying so.
      const bool broken_policies = !m.broken_by_path.empty();
      const std::string message = tr("annual-report-mismatch.policies", {f.cell, f.value, std::to_string(it->second)});
      diags.add({d.path, f.pos.line, f.pos.column, Severity::error, "annual-report-mismatch",
                 broken_policies ? message + tr("annual-report-mismatch.broken-documents") : message, broken_policies});
    } else {
      diags.error(d.path, f.pos.line, f.pos.column, "annual-report-mismatch",
                  tr("annual-report-mismatch.requests",
                     {f.cell, f.value, std::to_string(it->second), std::to_string(d.report_year)}));
    }
  }
  SourcePos at = d.pos("figures");
  for (const std::string& problem : consistency_problems(with_figures(computed, typed)))
    diags.error(d.path, at.line, at.column, "annual-report-mismatch",
                tr("annual-report-mismatch.consistency", {problem}));
}

}  // namespace

void check_annual_reports(const SiteModel& m, Diagnostics& diags) {
  // Due: a warning in January; after 31 January the inspection's item (annual-report-published).
  const Document* latest = nullptr;
  if (auto year = missing_annual_report_year(m, &latest); year && m.now <= annual_report_deadline(*year))
    diags.warning(latest->path, 1, 1, "annual-report-due",
                  tr("annual-report-due", {std::to_string(*year), annual_report_deadline(*year).str()}));
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.type != DocType::annual_report || d.report_year == 0) continue;
    check_report(m, d, diags);
  }
}

}  // namespace govsite
