#include "outputs/section_pages.h"

#include <algorithm>

namespace govsite {

namespace {

constexpr size_t kHomeItems = 8;

// Published documents of one type, newest first (ties by id, so the order is stable).
std::vector<size_t> newest_first(const SiteModel& m, DocType type) {
  std::vector<size_t> out;
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (m.published[i] && m.docs[i].type == type) out.push_back(i);
  std::sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    const Document& x = m.docs[a];
    const Document& y = m.docs[b];
    if (*x.published != *y.published) return *x.published > *y.published;
    return x.id < y.id;
  });
  return out;
}

std::vector<size_t> newest_first_in_column(const SiteModel& m, const std::string& column) {
  std::vector<size_t> out;
  for (DocType t : {DocType::policy, DocType::interpretation, DocType::consultation, DocType::notice,
                    DocType::service, DocType::progress, DocType::page})
    for (size_t i : newest_first(m, t))
      if (m.docs[i].column == column) out.push_back(i);
  std::stable_sort(out.begin(), out.end(), [&](size_t a, size_t b) {
    return *m.docs[a].published > *m.docs[b].published;
  });
  return out;
}

Value list_item(const Document& d) {
  return Value::object()
      .set("title", d.title)
      .set("url", url_of(d))
      .set("date", d.published ? d.published->str() : "")
      .set("doc_no", d.doc_no);
}

bool render_to(PageRenderer& renderer, const std::string& layout, const Value& context,
               const std::string& path, OutputWriter& out, Diagnostics& diags) {
  std::string html, error;
  if (!renderer.render(layout, context, html, error)) {
    diags.error(path, 0, 0, "template", "rendering " + path + " failed: " + error);
    return false;
  }
  if (!out.write(path, html, error)) {
    diags.error(path, 0, 0, "io-error", error);
    return false;
  }
  return true;
}

// A listing page at `url` (e.g. policies/) titled `title`, with `items` newest first.
bool write_listing(const SiteConfig& config, const SiteFrame& frame, PageRenderer& renderer,
                   const std::string& url, const std::string& title, const std::string& nav_current,
                   Value items, OutputWriter& out, Diagnostics& diags) {
  PageFrame pf;
  pf.output_path = url + "index.html";
  pf.url = url;
  pf.title = title;
  pf.column_name = title;
  pf.nav_current = nav_current;
  pf.description = config.title + "：" + title;
  pf.breadcrumbs = {{title, url}};
  Value context = page_context(config, frame, pf);
  context.set("list", Value::object().set("title", title).set("items", std::move(items)));
  return render_to(renderer, "list", context, pf.output_path, out, diags);
}

}  // namespace

size_t write_section_pages(const SiteModel& m, const SiteConfig& config, const SiteFrame& frame,
                           const TemplateSet& templates, OutputWriter& out, Diagnostics& diags) {
  PageRenderer renderer(templates);
  size_t written = 0;
  Value home_sections = Value::list();
  Value sitemap_sections = Value::list();
  for (DocType type : {DocType::policy, DocType::interpretation, DocType::consultation,
                       DocType::notice, DocType::service, DocType::progress, DocType::page}) {
    const std::vector<size_t> docs = newest_first(m, type);
    if (docs.empty()) continue;
    const std::string url = std::string(section_of(type)) + "/";
    Value items = Value::list();
    for (size_t i : docs) items.push(list_item(m.docs[i]));

    if (type == DocType::policy || type == DocType::interpretation ||
        type == DocType::consultation || type == DocType::notice) {
      Value latest = Value::list();
      for (size_t k = 0; k < docs.size() && k < kHomeItems; ++k) latest.push(items.items()[k]);
      home_sections.push(Value::object()
                             .set("title", type_label(type))
                             .set("url", url)
                             .set("items", std::move(latest)));
    }

    sitemap_sections.push(Value::object().set("title", type_label(type)).set("url", url).set("items", items));

    written += write_listing(config, frame, renderer, url, type_label(type), url, std::move(items), out, diags);
  }

  Value open_consultations = Value::list();
  for (size_t i : newest_first(m, DocType::consultation))
    if (consultation_state(m.docs[i], m.now) == ConsultationState::open)
      open_consultations.push(list_item(m.docs[i]).set("closes", m.docs[i].closes->str()));

  // 专题专栏: one listing per special column of site.yaml, newest first.
  Value columns = Value::list();
  for (const auto& c : config.columns) {
    const std::string url = column_url(c);
    columns.push(Value::object().set("id", c.id).set("title", c.title).set("url", url));
    Value items = Value::list();
    for (size_t i : newest_first_in_column(m, c.id)) items.push(list_item(m.docs[i]));
    sitemap_sections.push(Value::object().set("title", c.title).set("url", url).set("items", items));

    written += write_listing(config, frame, renderer, url, c.title, "", std::move(items), out, diags);
  }

  // 网站地图: every section with all its pages, linked from every footer.
  PageFrame map;
  map.output_path = "sitemap/index.html";
  map.url = "sitemap/";
  map.title = "网站地图";
  map.column_name = "网站地图";
  map.description = config.title + "网站地图";
  map.breadcrumbs = {{"网站地图", map.url}};
  Value map_context = page_context(config, frame, map);
  map_context.set("sitemap", Value::object().set("sections", std::move(sitemap_sections)));
  written += render_to(renderer, "sitemap", map_context, map.output_path, out, diags);

  PageFrame home;
  home.output_path = "index.html";
  home.url = "";
  home.column_name = "首页";
  home.nav_current = "";
  home.description = config.title + "门户网站";
  Value context = page_context(config, frame, home);
  context.set("sections", std::move(home_sections))
      .set("consultations_open", std::move(open_consultations))
      .set("columns", std::move(columns));
  written += render_to(renderer, "home", context, "index.html", out, diags);
  return written;
}

}  // namespace govsite
