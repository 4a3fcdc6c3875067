// The pages that tie the site together: 首页 (home), 网站地图 (HTML site map), 互动交流 and
// 404.html. The 政府信息公开 page and the catalog are in disclosure_pages.h.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"
#include "outputs/page_writer.h"

namespace govsite {

void write_home_page(const SiteModel& m, PageWriter& w);
void write_site_map_page(const SiteModel& m, PageWriter& w);
// 互动交流: the site's interaction channels (site.yaml interaction) and consultations.
void write_interaction_page(const SiteModel& m, PageWriter& w);
void write_not_found_page(PageWriter& w);

}  // namespace govsite
