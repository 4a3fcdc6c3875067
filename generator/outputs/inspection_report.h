// reports/inspection.json and reports/inspection.html: the 19号文 self-inspection
// (validate/inspection.h) for machines and for editors. Never deployed.
#pragma once

#include <string>

#include "core/output_writer.h"
#include "validate/inspection.h"

namespace govsite {

std::string inspection_json(const InspectionReport& r, const SiteConfig& config);
// A standalone page in Chinese: a summary, then one section per item with its result,
// figures, margin, rule and source, and its detail table.
std::string inspection_html(const InspectionReport& r, const SiteConfig& config);

void write_inspection_report(const InspectionReport& r, const SiteConfig& config, OutputWriter& out,
                             Diagnostics& diags);

}  // namespace govsite
