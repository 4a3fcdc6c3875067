// The pages that tie the site together: 首页 (home), 网站地图 (HTML site map), the
// 主动公开基本目录 (active-disclosure catalog, also as catalog.json and catalog.csv), the
// search page and 404.html.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"
#include "outputs/page_writer.h"

namespace govsite {

void write_home_page(const SiteModel& m, PageWriter& w);
void write_site_map_page(const SiteModel& m, PageWriter& w);
void write_catalog(const SiteModel& m, PageWriter& w);
void write_not_found_page(PageWriter& w);

// catalog.csv (UTF-8 with BOM) and catalog.json: every published document with 索引号,
// title, 发文字号, 发布日期, category and URL. Exposed for tests.
std::string catalog_csv(const SiteModel& m, const std::string& base_url);
std::string catalog_json(const SiteModel& m, const std::string& base_url);

}  // namespace govsite
