// 行政执法公示 pages: the values of an enforcement decision, an inspection plan and an
// inspection result for their layouts, and the enforcement/ listing grouped by kind and
// month (事后公开).
#pragma once

#include <string>

#include "config/site_config.h"
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
void write_enforcement_portal(const SiteModel& m, PageWriter& w);

// 行政相对人类别 as the credit platforms name it: 自然人, 法人及非法人组织, 个体工商户.
const char* party_type_label(const std::string& party_type);
// "1250.50" (元) → "0.12505" (万元): exact, by moving the decimal point.
std::string yuan_to_wan(const std::string& yuan);

}  // namespace govsite
