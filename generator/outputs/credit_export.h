// The credit export (信用信息 双公示): the published 行政处罚 and 行政许可 decisions as CSV
// files a credit platform (信用盘锦, 信用中国) can take, enforcement/xzcf.csv and
// enforcement/xzxk.csv. docs/output.md, "Credit CSVs", gives the column layout.
#pragma once

#include <string>

#include "config/site_config.h"
#include "content/enforcement_fields.h"
#include "model/site_model.h"

namespace govsite {

// UTF-8 with a byte order mark (so spreadsheet programs read the Chinese), CRLF line ends
// and RFC 4180 quoting; one header row, then the published decisions of `kind` (行政处罚
// or 行政许可) by 决定日期, newest first. A person's 统一社会信用代码 column stays empty.
std::string credit_csv(const SiteModel& m, const SiteConfig& config, EnforcementKind kind);

// The output path of a kind's CSV, "" for kinds without one.
std::string credit_csv_path(EnforcementKind kind);

}  // namespace govsite
