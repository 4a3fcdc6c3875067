#include "outputs/page_context.h"

#include <algorithm>

#include "core/url.h"
#include "outputs/feeds.h"

namespace govsite {

const char* type_label(DocType t) { return section_label(t); }

const char* column_type_of(DocType t) {
  switch (t) {
    case DocType::interpretation: return "解读回应";
    case DocType::consultation: return "互动交流";
    case DocType::service: return "办事服务";
    case DocType::page:
    case DocType::enforcement:  // 行政执法公示 is part of 政府信息公开 (条例第二十条（六）)
    case DocType::inspection_plan:
    case DocType::inspection_result:
    case DocType::annual_report: return "政府信息公开";
    case DocType::policy:
    case DocType::notice:
    case DocType::progress:
    case DocType::annual_web_report: return "信息发布";
  }
  return "其他";
}

std::string error_report_url(const SiteConfig& config, const std::string& page_url) {
  return "https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=" + percent_encode_component(config.site_code) +
         "&url=" + percent_encode_component(config.base_url + page_url);
}

std::string relative_root(const std::string& output_path) {
  std::string root;
  for (char c : output_path)
    if (c == '/') root += "../";
  // "./" rather than "" at the top, so a link to the home page is never an empty href.
  return root.empty() ? "./" : root;
}

SiteFrame make_site_frame(const SiteConfig& config, const SiteModel& model, const ThemeAssets& assets) {
  SiteFrame f;
  std::string psb_code;
  for (char c : config.psb)
    if (c >= '0' && c <= '9') psb_code += c;
  f.site = Value::object()
               .set("title", config.title)
               .set("base_url", config.base_url)
               .set("language", config.language)
               .set("organization", config.organization)
               .set("copyright", config.copyright)
               .set("site_code", config.site_code)
               .set("icp", config.icp)
               .set("psb", config.psb)
               .set("psb_code", psb_code)
               .set("phone", config.phone)
               .set("address", config.address)
               .set("conac_url", config.conac_url)
               .set("application_url", config.application_url)
               .set("domain", config.host())
               .set("params", config.params);

  // Navigation in the order readers of a department site expect (GOV-PAGE.md); a section
  // appears when it has published documents.
  std::vector<bool> has(kDocTypes, false);
  for (size_t i = 0; i < model.docs.size(); ++i)
    if (model.published[i]) has[static_cast<size_t>(model.docs[i].type)] = true;
  auto section = [&](DocType t) {
    if (has[static_cast<size_t>(t)])
      f.nav_items.push(Value::object().set("title", type_label(t)).set("url", std::string(section_of(t)) + "/"));
  };
  f.nav_items = Value::list();
  f.nav_items.push(Value::object().set("title", "首页").set("url", ""));
  section(DocType::page);
  f.nav_items.push(Value::object().set("title", "政府信息公开").set("url", "xxgk/"));
  for (DocType t : {DocType::policy, DocType::interpretation, DocType::consultation, DocType::notice, DocType::service})
    section(t);
  if (has[static_cast<size_t>(DocType::enforcement)] || has[static_cast<size_t>(DocType::inspection_plan)])
    f.nav_items.push(Value::object().set("title", "行政执法公示").set("url", "zfgs/"));
  f.nav_items.push(Value::object().set("title", "互动交流").set("url", "hdjl/"));
  if (!config.columns.empty()) f.nav_items.push(Value::object().set("title", "专题专栏").set("url", "columns/"));
  f.links = Value::object()
                .set("sitemap", "sitemap/")
                .set("disclosure", "xxgk/")
                .set("catalog", "xxgk/ml/")
                .set("interaction", "hdjl/")
                .set("search", "search/");
  for (const auto& [role, id] : config.links)
    if (const Document* d = model.find_published(id)) f.links.set(role, url_of(*d));
  Value channels = Value::list();
  for (const auto& ch : config.interaction) channels.push(Value::object().set("title", ch.title).set("url", ch.url));
  f.site.set("interaction", std::move(channels));
  f.feeds = Value::list();
  for (const Feed& feed : site_feeds(model, config))
    f.feeds.push(Value::object().set("title", feed.title).set("url", feed.path).set("type", "application/rss+xml"));
  f.assets = assets;
  f.generator = std::string("govsite ") + GOVSITE_VERSION;
  f.site_wide = Value::object()
                    .set("site", f.site)
                    .set("assets", Value::object()
                                       .set("css", assets.css)
                                       .set("js", assets.js)
                                       .set("search_js", assets.search_js)
                                       .set("search_index", "search/index.json"))
                    .set("generator", f.generator)
                    .set("links", f.links)
                    .set("feeds", f.feeds);
  return f;
}

Value page_context(const SiteConfig& config, const SiteFrame& frame, const PageFrame& page) {
  Value nav = Value::list();
  for (const Value& item : frame.nav_items.items()) {
    Value entry = item;
    entry.set("current", page.nav_current && item.get("url")->as_string() == *page.nav_current);
    nav.push(std::move(entry));
  }
  Value crumbs = Value::list();
  if (!page.breadcrumbs.empty()) {
    crumbs.push(Value::object().set("title", "首页").set("url", "").set("last", false));
    for (size_t i = 0; i < page.breadcrumbs.size(); ++i)
      crumbs.push(Value::object()
                      .set("title", page.breadcrumbs[i].title)
                      .set("url", page.breadcrumbs[i].url)
                      .set("last", i + 1 == page.breadcrumbs.size()));
  }
  Value meta = Value::object()
                   .set("site_name", config.title)
                   .set("site_domain", config.host())
                   .set("site_id_code", config.site_code)
                   .set("column_name", page.column_name)
                   .set("column_type", page.column_type)
                   .set("column_keywords", page.keywords.empty() ? page.column_name : page.keywords)
                   .set("description", page.description);
  return Value::object()
      .set("root", relative_root(page.output_path))
      .set("canonical", config.base_url + page.url)
      .set("error_report_url", error_report_url(config, page.url))
      .set("page_title", page.title)
      .set("nav", std::move(nav))
      .set("breadcrumbs", std::move(crumbs))
      .set("meta", std::move(meta));
}

}  // namespace govsite
