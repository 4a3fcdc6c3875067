// The home page and one listing page per section (政策文件, 政策解读, …), newest first.
// Issue #4 grows this into paginated listings by topic, issuer, year and column.
#pragma once

#include "config/site_config.h"
#include "core/diagnostics.h"
#include "model/site_model.h"
#include "outputs/page_context.h"
#include "publish/output_writer.h"
#include "render/templates.h"

namespace govsite {

// Returns the number of pages written.
size_t write_section_pages(const SiteModel& m, const SiteConfig& config, const SiteFrame& frame,
                           const TemplateSet& templates, OutputWriter& out, Diagnostics& diags);

}  // namespace govsite
