// The 机关代字 the site's editors are shown in 发文字号 examples (govsite new's template, the
// bad-doc-no message): the site's own, never the sample department's 盘司发.
#pragma once

#include <string>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

// site.yaml's doc_no_prefix; else the 机关代字 of the policy with the newest well-formed
// 发文字号 (drafts too: a new site's only policy may still be one); empty with neither.
std::string doc_no_agency_of_site(const SiteModel& m, const SiteConfig& config);

}  // namespace govsite
