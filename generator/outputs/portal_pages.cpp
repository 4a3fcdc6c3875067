#include "outputs/portal_pages.h"

#include "core/url.h"
#include "outputs/listings.h"

namespace govsite {

namespace {

constexpr size_t kHomeItems = 8;

// The catalog's categories, in the order of the 政府信息公开 catalog.
const DocType kCatalogOrder[] = {
    DocType::policy,          DocType::interpretation,   DocType::consultation, DocType::notice,
    DocType::progress,        DocType::service,          DocType::page,         DocType::enforcement,
    DocType::inspection_plan, DocType::inspection_result};

// Published documents grouped by catalog category, newest first within each; empty
// categories left out.
std::vector<std::pair<DocType, std::vector<size_t>>> by_category(const SiteModel& m) {
  std::vector<std::pair<DocType, std::vector<size_t>>> groups;
  for (DocType type : kCatalogOrder) {
    auto docs = newest_first(m, [type](const Document& d) { return d.type == type; });
    if (!docs.empty()) groups.emplace_back(type, std::move(docs));
  }
  return groups;
}

}  // namespace

void write_home_page(const SiteModel& m, PageWriter& w) {
  Value sections = Value::list();
  for (DocType type : {DocType::policy, DocType::interpretation, DocType::consultation, DocType::notice}) {
    auto docs = newest_first(m, [type](const Document& d) { return d.type == type; });
    if (docs.empty()) continue;
    Value items = Value::list();
    for (size_t k = 0; k < docs.size() && k < kHomeItems; ++k) items.push(listing_item(m.docs[docs[k]]));
    sections.push(Value::object()
                      .set("title", type_label(type))
                      .set("url", std::string(section_of(type)) + "/")
                      .set("items", std::move(items)));
  }
  Value open = Value::list();
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::consultation; }))
    if (consultation_state(m.docs[i], m.now) == ConsultationState::open)
      open.push(listing_item(m.docs[i]).set("closes", m.docs[i].closes ? m.docs[i].closes->str() : std::string()));
  // 重点工作执行公开: each progress page with how many of its tasks are done.
  Value progress = Value::list();
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::progress; })) {
    const Document& d = m.docs[i];
    long sum = 0;
    int done = 0;
    for (const auto& t : d.tasks) {
      sum += t.progress;
      done += t.progress >= 100;
    }
    const int average = d.tasks.empty() ? 0 : static_cast<int>(sum / static_cast<long>(d.tasks.size()));
    progress.push(
        listing_item(d).set("tasks", static_cast<int>(d.tasks.size())).set("done", done).set("average", average));
  }
  // 国办函〔2018〕12号: the 政府网站工作年度报表 in a prominent place of the home page, the
  // newest first.
  Value web_reports = Value::list();
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::annual_web_report; }))
    web_reports.push(listing_item(m.docs[i]));
  Value columns = Value::list();
  for (const auto& c : w.config().columns)
    columns.push(Value::object().set("id", c.id).set("title", c.title).set("url", column_url(c)));

  PageFrame home;
  home.output_path = "index.html";
  home.url = "";
  home.column_name = "首页";
  home.column_type = "首页";
  home.keywords = w.config().title;
  home.nav_current = "";
  home.description = w.config().title + "门户网站";
  Value context = w.context(home);
  context.set("sections", std::move(sections))
      .set("consultations_open", std::move(open))
      .set("progress", std::move(progress))
      .set("web_reports", std::move(web_reports))
      .set("columns", std::move(columns));
  w.write("home", home, std::move(context), newest_published_date(m));
}

void write_site_map_page(const SiteModel& m, PageWriter& w) {
  PageFrame map;
  map.output_path = "sitemap/index.html";
  map.url = "sitemap/";
  map.title = "网站地图";
  map.column_name = "网站地图";
  map.description = w.config().title + "网站地图";
  map.breadcrumbs = {{"网站地图", map.url}};
  // Every published document is on it: know whether it changed without building it.
  const auto categories = by_category(m);
  KeyHasher key = w.key_of("sitemap", map, newest_published_date(m));
  for (const auto& [type, docs] : categories) {
    key.add(static_cast<uint64_t>(type));
    for (size_t i : docs) key.add(listing_item_hash(m.docs[i], ""));
  }
  key.add(w.config().columns.empty());
  if (w.keep_unchanged(map, key.key(), newest_published_date(m))) return;

  // A page with every document on it: built on a rendering thread, beside the catalog.
  w.write_deferred(
      "sitemap", map,
      [&m, &w, map, categories] {
    Value sections = Value::list();
    for (const auto& [type, docs] : categories) {
      Value items = Value::list();
      for (size_t i : docs) items.push(listing_item(m.docs[i]));
      sections.push(Value::object()
                        .set("title", type_label(type))
                        .set("url", std::string(section_of(type)) + "/")
                        .set("items", std::move(items)));
    }
    Value portal = Value::list();
    portal.push(Value::object().set("title", "政府信息公开").set("url", "xxgk/"));
    portal.push(Value::object().set("title", "主动公开基本目录").set("url", "xxgk/ml/"));
    portal.push(Value::object().set("title", "互动交流").set("url", "hdjl/"));
    portal.push(Value::object().set("title", "站内搜索").set("url", "search/"));
    portal.push(Value::object().set("title", "主题分类").set("url", "topics/"));
    portal.push(Value::object().set("title", "发文机关").set("url", "issuers/"));
    portal.push(Value::object().set("title", "年度").set("url", "years/"));
    if (!w.config().columns.empty()) portal.push(Value::object().set("title", "专题专栏").set("url", "columns/"));
    sections.push(Value::object().set("title", "政府信息公开").set("url", "xxgk/").set("items", std::move(portal)));

    Value context = w.context(map);
    context.set("sitemap", Value::object().set("sections", std::move(sections)));
    return context;
      },
      newest_published_date(m), key.key());
}

void write_interaction_page(const SiteModel& m, PageWriter& w) {
  PageFrame pf;
  pf.output_path = "hdjl/index.html";
  pf.url = "hdjl/";
  pf.title = "互动交流";
  pf.column_name = "互动交流";
  pf.column_type = "互动交流";
  pf.keywords = "互动交流,领导信箱,咨询投诉,征求意见";
  pf.nav_current = "hdjl/";
  pf.description = w.config().title + "互动交流：领导信箱、咨询投诉、征求意见";
  pf.breadcrumbs = {{"互动交流", "hdjl/"}};
  Value consultations = Value::list();
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::consultation; })) {
    if (consultations.items().size() >= kHomeItems) break;
    consultations.push(listing_item(m.docs[i]));
  }
  Value context = w.context(pf);
  context.set("consultations", std::move(consultations));
  w.write("interaction", pf, std::move(context), newest_published_date(m));
}

void write_not_found_page(PageWriter& w) {
  // Served by the web server for any missing path, so its links start from the site's
  // root path ("/", or "/sub/" when base_url has a path) instead of being relative.
  PageFrame pf;
  pf.output_path = "404.html";
  pf.url = "404.html";
  pf.title = "页面不存在";
  pf.column_name = "页面不存在";
  pf.description = "您访问的页面不存在或已被撤下";
  pf.breadcrumbs = {{"页面不存在", "404.html"}};
  Value context = w.context(pf);
  context.set("root", std::string(url_path(w.config().base_url)));
  context.set("noindex", true);
  w.write("404", pf, std::move(context), std::nullopt, false);
}

}  // namespace govsite
