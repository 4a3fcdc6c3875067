// reports/ — internal, never deployed: the 台账 of all policy documents (public or not)
// and a machine-readable build report.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"
#include "core/output_writer.h"
#include "model/left_out.h"
#include "model/site_model.h"

namespace govsite {

struct BuildCounts {
  size_t documents = 0;
  size_t published = 0;
  size_t pages_written = 0;
  std::vector<LeftOutDocument> left_out;
};

// A CSV table written row by row: RFC 4180, CRLF, UTF-8 with a BOM so spreadsheet
// programs read Chinese; a cell starting with = + - @ gets a ' before it so a spreadsheet
// never runs an editor's text as a formula. Rows go straight into one string (a ledger of
// 10,000 documents is megabytes: no table of cells is built first).
class CsvWriter {
 public:
  // `expected_bytes`: room reserved at once, so the table is not copied as it grows.
  explicit CsvWriter(const std::vector<std::string>& header, size_t expected_bytes = 0);
  CsvWriter& field(std::string_view cell);
  void end_row();
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool row_started_ = false;
};

// ledger.csv: one row per policy, UTF-8 with a BOM so spreadsheet programs read Chinese.
std::string ledger_csv(const SiteModel& m);

// build.json: build date, counts, every diagnostic, every left-out document and why.
std::string build_report_json(const SiteModel& m, const BuildCounts& counts, const Diagnostics& diags);

// requests_overdue.csv: every 依申请公开 request answered (or still open) after its
// 条例第三十三条 deadline, counted with the working-day calendar; no applicant's name.
std::string requests_overdue_csv(const SiteModel& m, const WorkdayCalendar& calendar);

// `config` is null when site.yaml could not be read (then no requests_overdue.csv).
void write_reports(const SiteModel& m, const SiteConfig* config, const BuildCounts& counts, OutputWriter& out,
                   Diagnostics& diags);

}  // namespace govsite
