// The context every page's template gets: the site's identity and footer fields, the
// relative root, navigation, breadcrumbs and the meta tags monitoring crawlers read.
// Documented for theme authors in themes/default/README.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/theme_assets.h"
#include "core/value.h"
#include "model/site_model.h"

namespace govsite {

struct Crumb {
  std::string title;
  std::string url;  // relative to the site root
};

struct PageFrame {
  std::string output_path;  // e.g. policies/x.html, policies/index_2.html
  std::string url;          // e.g. policies/x.html, policies/ (relative to the site root)
  std::string title;        // for <title>; empty on the home page
  std::string column_name;  // ColumnName meta tag
  // ColumnType meta tag (国办发〔2017〕47号 附件): 信息发布, 解读回应, 办事服务, 互动交流,
  // 政府信息公开, 专题专栏, 首页, 其他.
  std::string column_type = "其他";
  std::string keywords;  // ColumnKeywords / Keywords meta tag
  // url of the active nav section ("" for the home page); none for pages outside the nav
  std::optional<std::string> nav_current;
  std::string description;
  std::vector<Crumb> breadcrumbs;  // without 首页, which is always first
};

// Built once per build: values shared by every page.
struct SiteFrame {
  Value site;       // site.* of the template context
  Value nav_items;  // list of {title, url}
  Value links;      // well-known pages by role: sitemap, catalog, search, contact, guide, …
  Value feeds;      // RSS feeds: {title, url, type}
  ThemeAssets assets;
  std::string generator;
  // What of a page's context is the same on every page (site, assets, generator, links,
  // feeds): given once to each PageRenderer, which reads it after the page's own fields,
  // instead of being copied into every page's context.
  Value site_wide;
};

SiteFrame make_site_frame(const SiteConfig& config, const SiteModel& model, const ThemeAssets& assets);

// "../" for policies/x.html, "../../" for topics/x/index.html, "./" for index.html.
std::string relative_root(const std::string& output_path);

// The common part of a page's context that changes from page to page (frame.site_wide is
// the rest); callers add "page", "list", … to it.
Value page_context(const SiteConfig& config, const SiteFrame& frame, const PageFrame& page);

// 政策文件, 政策解读, … (the section's name in navigation and breadcrumbs).
const char* type_label(DocType t);
// The ColumnType of a type's section.
const char* column_type_of(DocType t);

// The 我为政府网站找错 link of a page (today's national error-report service): the
// 网站标识码 and the page's own absolute URL.
std::string error_report_url(const SiteConfig& config, const std::string& page_url);

}  // namespace govsite
