#include <algorithm>
#include <cstdlib>

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
                  "no data/requests/" + std::to_string(d.report_year) +
                      ".yaml: tables 三 and 四 show no requests; record the year's 依申请公开 requests there (or an empty "
                      "`requests: []` when there were none)");
  for (const auto& path : computed.undated)
    diags.warning(d.path, year_pos.line, year_pos.column, "annual-report-undated",
                  path + " is no longer valid, but nothing says since when (valid_until, superseded_by or updated): "
                         "it is left out of 本年废止件数 and 现行有效件数");
  for (const ReportFigure& a : d.report_activities) {
    bool known = false;
    for (const char* name : kActivities) known = known || a.cell == name;
    if (!known)
      diags.error(d.path, a.pos.line, a.pos.column, "bad-value",
                  "activities: unknown row \"" + a.cell + "\" (known: 行政许可, 行政处罚, 行政强制, 行政事业性收费)");
    else if (!is_figure(a.value, a.cell == std::string("行政事业性收费")))
      diags.error(d.path, a.pos.line, a.pos.column, "bad-value",
                  "activities: \"" + a.cell + "\" must be a number, got \"" + a.value + "\"");
  }
  // Figures typed by hand: each equals its computation, and together they keep the
  // format's 勾稽关系.
  const auto figures = report_figures(computed);
  std::vector<std::pair<std::string, long>> typed;
  for (const ReportFigure& f : d.report_figures) {
    const auto it = std::find_if(figures.begin(), figures.end(), [&](const auto& c) { return c.first == f.cell; });
    if (it == figures.end()) {
      diags.error(d.path, f.pos.line, f.pos.column, "bad-value",
                  "figures: \"" + f.cell + "\" names no figure of the report (a row and a column, e.g. "
                  "行政规范性文件/本年制发件数, 本年新收/自然人, 予以公开/总计, 行政复议/结果维持)");
      continue;
    }
    if (!is_figure(f.value, false)) {
      diags.error(d.path, f.pos.line, f.pos.column, "bad-value", "figures: \"" + f.cell + "\" must be a whole number, got \"" + f.value + "\"");
      continue;
    }
    const long value = std::atol(f.value.c_str());
    typed.emplace_back(f.cell, value);
    if (value != it->second)
      diags.error(d.path, f.pos.line, f.pos.column, "annual-report-mismatch",
                  "figures: " + f.cell + " is typed as " + f.value + ", but the site gives " + std::to_string(it->second) +
                      (f.cell.rfind("规章", 0) == 0 || f.cell.rfind("行政规范性文件", 0) == 0
                           ? " (from the published policies)"
                           : " (from data/requests/" + std::to_string(d.report_year) + ".yaml)"));
  }
  SourcePos at = d.pos("figures");
  for (const std::string& problem : consistency_problems(with_figures(computed, typed)))
    diags.error(d.path, at.line, at.column, "annual-report-mismatch", "勾稽关系: " + problem);
}

}  // namespace

void check_annual_reports(const SiteModel& m, Diagnostics& diags) {
  // Due: a warning in January; after 31 January the inspection's item (annual-report-published).
  const Document* latest = nullptr;
  if (auto year = missing_annual_report_year(m, &latest); year && m.now <= annual_report_deadline(*year))
    diags.warning(latest->path, 1, 1, "annual-report-due",
                  "the " + std::to_string(*year) + " annual report (政府信息公开工作年度报告) is due by " +
                      annual_report_deadline(*year).str() + " (条例第五十条): `govsite new annual-report --year " +
                      std::to_string(*year) + "` starts it");
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.type != DocType::annual_report || d.report_year == 0) continue;
    check_report(m, d, diags);
  }
}

}  // namespace govsite
