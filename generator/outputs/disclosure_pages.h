// 政府信息公开 (国办公开办函〔2019〕61号) and the 主动公开基本目录 (active-disclosure
// catalog, also as catalog.json and catalog.csv): the documents by 条例第二十条 category.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"
#include "outputs/page_writer.h"

namespace govsite {

// 政府信息公开 (国办公开办函〔2019〕61号): the landing page with its five parts — 公开指南,
// 公开制度, 法定主动公开内容 by 条例第二十条 category, 年报, 依申请公开.
void write_disclosure_page(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w);
// The 主动公开基本目录 (条例第十二条: 索引, 名称, 内容概述, 生成日期 …), by category: its
// page, catalog.csv and catalog.json, each made at w's next flush (when changed), side by side.
void write_catalog(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w);

// catalog.csv (UTF-8 with BOM) and catalog.json: every published document with category,
// 索引号, 名称, 内容概述, 生成日期, 发布日期, 发布机构, 发文字号 and URL. Exposed for tests.
std::string catalog_csv(const SiteModel& m, const SiteConfig& config, const std::vector<std::string>& summaries);
std::string catalog_json(const SiteModel& m, const SiteConfig& config, const std::vector<std::string>& summaries);

}  // namespace govsite
