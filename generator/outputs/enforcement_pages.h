// 行政执法公示 pages: the values of an enforcement decision, an inspection plan and an
// inspection result for their layouts, and the enforcement/ listing grouped by kind and
// month (事后公开).
#pragma once

#include <string>

#include "config/enforcement_data.h"
#include "config/site_config.h"
#include "core/file_system.h"
#include "core/value.h"
#include "model/site_model.h"
#include "outputs/page_writer.h"

namespace govsite {

void add_enforcement_fields(const SiteConfig& config, const Document& d, Value& page);
void add_inspection_plan_fields(const SiteModel& m, size_t index, Value& page);
void add_inspection_result_fields(const SiteModel& m, const Document& d, Value& page);

// enforcement/index.html: published decisions by kind (in the order of the 权责清单), then
// by month of 决定日期, newest first.
void write_enforcement_listing(const SiteModel& m, PageWriter& w);

// zfgs/index.html, 行政执法公示: its 事前, 事中 and 事后 parts, each linking to the pages
// that hold them (the plans, the decisions, the inspection results).
void write_enforcement_portal(const SiteModel& m, const EnforcementData& data, PageWriter& w);

// zfgs/qzqd.html, 权责清单: the 权力事项 of data/powers.yaml grouped by type, each with the
// published service guides and enforcement decisions that name it (`power: <id>`).
void write_powers_page(const SiteModel& m, const EnforcementData& data, PageWriter& w);

// zfgs/sqgk.html, 事前公开: 执法主体 (site.yaml), 执法人员 and 执法证号, 职责和依据 (the
// 权责清单), the 流程图 (enforcement.flowchart, copied beside it), the 随机抽查事项清单 (the
// published plans) and 监督途径 (phone, the contact page, site.yaml's `interaction` links).
void write_prior_disclosure_page(const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                                 const EnforcementData& data, PageWriter& w, Diagnostics& diags);

// Whether the build writes zfgs/qzqd.html and zfgs/sqgk.html.
bool has_powers_page(const EnforcementData& data);
bool has_prior_disclosure_page(const EnforcementData& data, const SiteConfig& config);

// 行政相对人类别 as the credit platforms name it: 自然人, 法人及非法人组织, 个体工商户.
const char* party_type_label(const std::string& party_type);
// "1250.50" (元) → "0.12505" (万元): exact, by moving the decimal point.
std::string yuan_to_wan(const std::string& yuan);

}  // namespace govsite
