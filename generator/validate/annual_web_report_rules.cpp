#include <algorithm>

#include "core/messages.h"
#include "model/annual_web_report.h"
#include "validate/rules.h"

namespace govsite {

namespace {

const char* kind_words(WebFigureKind kind) {
  switch (kind) {
    case WebFigureKind::number: return "bad-value.kind-number";
    case WebFigureKind::decimal: return "bad-value.kind-decimal";
    case WebFigureKind::yes_no: return "bad-value.kind-yes-no";
    case WebFigureKind::site_type: return "bad-value.kind-site-type";
    case WebFigureKind::text: return "bad-value.kind-text";
  }
  return "bad-value.kind-text";
}

// The rows only ops know that every report fills in; the names of the 微博 and 微信
// accounts and the free-text rows are left out when there is nothing to say.
bool required(const WebReportRow& row) {
  return row.source == WebRowSource::figure && row.kind != WebFigureKind::text && row.key.rfind("微博/", 0) != 0 &&
         row.key.rfind("微信/", 0) != 0;
}

void check_report(const SiteModel& m, const SiteConfig& config, const Document& d, Diagnostics& diags) {
  std::vector<WebReportRow> rows = web_report_rows(m, config, d);
  for (const ReportFigure& f : d.report_figures) {
    const WebReportRow* row = find_web_report_row(rows, f.cell);
    if (!row || row->source == WebRowSource::site) {
      diags.error(d.path, f.pos.line, f.pos.column, "bad-value",
                  row ? tr("bad-value.web-report-site-row", {f.cell}) : tr("bad-value.web-report-row", {f.cell}));
      continue;
    }
    if (!valid_web_figure(row->kind, f.value)) {
      diags.error(d.path, f.pos.line, f.pos.column, "bad-value",
                  tr("bad-value.web-report-figure", {f.cell, f.value, tr(kind_words(row->kind))}));
      continue;
    }
    if (row->source == WebRowSource::computed && f.value != row->value)
      diags.error(d.path, f.pos.line, f.pos.column, "annual-web-report-mismatch",
                  tr("annual-web-report-mismatch", {f.cell, f.value, row->value, std::to_string(d.report_year)}));
  }
  const SourcePos at = d.pos("figures");
  for (const std::string& problem : web_report_problems(rows))
    diags.error(d.path, at.line, at.column, "annual-web-report-mismatch", problem);
  std::string unfilled;
  for (const WebReportRow& row : rows)
    if (required(row) && row.value.empty()) unfilled += (unfilled.empty() ? "" : "、") + row.key;
  if (!unfilled.empty())
    diags.warning(d.path, at.line, at.column, "annual-web-report-unfilled",
                  tr("annual-web-report-unfilled", {std::to_string(d.report_year), unfilled}));
}

}  // namespace

void check_annual_web_reports(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  const Document* latest = nullptr;
  if (auto year = missing_web_report_year(m, &latest)) {
    const Date deadline = web_report_deadline(*year);
    const bool late = m.now > deadline;
    diags.warning(latest->path, 1, 1, late ? "annual-web-report-overdue" : "annual-web-report-due",
                  tr(late ? "annual-web-report-overdue" : "annual-web-report-due",
                     {std::to_string(*year), deadline.str(),
                      std::to_string(m.now.days_since_epoch() - deadline.days_since_epoch())}));
  }
  for (const Document& d : m.docs)
    if (d.type == DocType::annual_web_report && d.report_year != 0) check_report(m, config, d, diags);
}

}  // namespace govsite
