// reports/ — internal, never deployed: the 台账 of all policy documents (public or not)
// and a machine-readable build report.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site_model.h"
#include "publish/output_writer.h"

namespace govsite {

struct BuildCounts {
  size_t documents = 0;
  size_t published = 0;
  size_t pages_written = 0;
};

// A CSV table (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read Chinese; cells
// starting with = + - @ are prefixed with ' so they are never run as formulas).
std::string csv_table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows);

// ledger.csv: one row per policy, UTF-8 with a BOM so spreadsheet programs read Chinese.
std::string ledger_csv(const SiteModel& m);

// build.json: build date, counts, every diagnostic, every left-out document and why.
std::string build_report_json(const SiteModel& m, const BuildCounts& counts,
                              const Diagnostics& diags);

void write_reports(const SiteModel& m, const BuildCounts& counts, OutputWriter& out,
                   Diagnostics& diags);

}  // namespace govsite
