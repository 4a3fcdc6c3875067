// The "page" value of a document's template context (what the templates see of a
// document), and the facts about a document that other pages show too: its output path,
// its 发布机构, its PubDate, whether it is a part of 政府信息公开.
#pragma once

#include <string>

#include "config/site_config.h"
#include "core/value.h"
#include "model/site_model.h"

namespace govsite {

// The "page" value of a document's template context (without body and summary).
Value document_value(const SiteModel& m, const SiteConfig& config, size_t index);

// The output file of a document's page: policies/<id>.html.
std::string output_path_of(const Document& d);

// Whether the document is a part of the 政府信息公开 page (links.guide, rules, apply,
// annual_report): its page sits under 政府信息公开 in navigation and breadcrumbs.
bool is_disclosure_part(const Document& d, const SiteConfig& config);

// 发布机构: the document's issuer, or the site's organization (主办单位).
std::string publisher_of(const Document& d, const SiteConfig& config);

// PubDate as 国办发〔2017〕47号 附件 writes it: YYYY-MM-DD HH:mm; empty when unpublished.
std::string pub_date_time(const Document& d);

// The document's topics (主题分类) joined by `separator`.
std::string join_topics(const Document& d, const std::string& separator);

}  // namespace govsite
