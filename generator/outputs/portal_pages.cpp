#include "outputs/portal_pages.h"

#include "core/json_writer.h"
#include "outputs/listings.h"
#include "outputs/reports.h"

namespace govsite {

namespace {

constexpr size_t kHomeItems = 8;

// The catalog's categories, in the order of the 政府信息公开 catalog.
const DocType kCatalogOrder[] = {DocType::policy, DocType::interpretation, DocType::consultation,
                                 DocType::notice, DocType::progress, DocType::service, DocType::page,
                                 DocType::enforcement, DocType::inspection_plan, DocType::inspection_result};

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

std::optional<Date> newest_date(const SiteModel& m) {
  std::optional<Date> newest;
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (m.published[i] && (!newest || *m.docs[i].published > *newest)) newest = m.docs[i].published;
  return newest;
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
    progress.push(listing_item(d)
                      .set("tasks", static_cast<int>(d.tasks.size()))
                      .set("done", done)
                      .set("average", average));
  }
  Value columns = Value::list();
  for (const auto& c : w.config().columns)
    columns.push(Value::object().set("id", c.id).set("title", c.title).set("url", column_url(c)));

  PageFrame home;
  home.output_path = "index.html";
  home.url = "";
  home.column_name = "首页";
  home.nav_current = "";
  home.description = w.config().title + "门户网站";
  Value context = w.context(home);
  context.set("sections", std::move(sections))
      .set("consultations_open", std::move(open))
      .set("progress", std::move(progress))
      .set("columns", std::move(columns));
  w.write("home", home, std::move(context), newest_date(m));
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
  KeyHasher key = w.key_of("sitemap", map, newest_date(m));
  for (const auto& [type, docs] : categories) {
    key.add(static_cast<uint64_t>(type));
    for (size_t i : docs) key.add(listing_item_hash(m.docs[i], ""));
  }
  key.add(w.config().columns.empty());
  if (w.keep_unchanged(map, key.key(), newest_date(m))) return;

  // A page with every document on it: built on a rendering thread, beside the catalog.
  w.write_deferred("sitemap", map, [&m, &w, map, categories] {
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
    portal.push(Value::object().set("title", "主动公开基本目录").set("url", "zwgk/"));
    portal.push(Value::object().set("title", "站内搜索").set("url", "search/"));
    portal.push(Value::object().set("title", "主题分类").set("url", "topics/"));
    portal.push(Value::object().set("title", "发文机关").set("url", "issuers/"));
    portal.push(Value::object().set("title", "年度").set("url", "years/"));
    if (!w.config().columns.empty()) portal.push(Value::object().set("title", "专题专栏").set("url", "columns/"));
    sections.push(Value::object().set("title", "政务公开").set("url", "zwgk/").set("items", std::move(portal)));

    Value context = w.context(map);
    context.set("sitemap", Value::object().set("sections", std::move(sections)));
    return context;
  }, newest_date(m), key.key());
}

void write_catalog(const SiteModel& m, PageWriter& w) {
  PageFrame pf;
  pf.output_path = "zwgk/index.html";
  pf.url = "zwgk/";
  pf.title = "主动公开基本目录";
  pf.column_name = "政务公开";
  pf.nav_current = "zwgk/";
  pf.description = w.config().title + "政府信息主动公开基本目录";
  pf.breadcrumbs = {{"政务公开", "zwgk/"}};
  const auto categories = by_category(m);
  KeyHasher key = w.key_of("catalog", pf, newest_date(m));
  for (const auto& [type, docs] : categories) {
    key.add(static_cast<uint64_t>(type));
    for (size_t i : docs) {
      const Document& d = m.docs[i];
      key.add(listing_item_hash(d, d.index_no)).add(d.issuer.empty() ? d.department : d.issuer);
    }
  }
  // The page and the two files list the same fields of the same documents (and the files
  // the site's address): one key for all three, and none is made when it is unchanged.
  const std::string& base_url = w.config().base_url;
  const uint64_t files_key = KeyHasher(key).add(base_url).key();
  w.write_file_keyed("catalog.csv", files_key, [&] { return catalog_csv(m, base_url); });
  w.write_file_keyed("catalog.json", files_key, [&] { return catalog_json(m, base_url); });
  if (w.keep_unchanged(pf, key.key(), newest_date(m))) return;

  w.write_deferred("catalog", pf, [&m, &w, pf, categories] {
    Value groups = Value::list();
    for (const auto& [type, docs] : categories) {
      Value items = Value::list();
      for (size_t i : docs) {
        const Document& d = m.docs[i];
        items.push(listing_item(d).set("index_no", d.index_no));
      }
      groups.push(Value::object().set("name", type_label(type)).set("items", std::move(items)));
    }
    Value context = w.context(pf);
    context.set("catalog", Value::object().set("title", "主动公开基本目录").set("groups", std::move(groups)));
    return context;
  }, newest_date(m), key.key());
}

std::string catalog_csv(const SiteModel& m, const std::string& base_url) {
  CsvWriter csv({"类别", "索引号", "名称", "发文字号", "发布日期", "发布机构", "网址"}, m.newest.size() * 320);
  for (const auto& [type, docs] : by_category(m))
    for (size_t i : docs) {
      const Document& d = m.docs[i];
      csv.field(type_label(type)).field(d.index_no).field(d.title).field(d.doc_no).field(d.published->str())
          .field(d.issuer.empty() ? d.department : d.issuer).field(base_url + url_of(d));
      csv.end_row();
    }
  return csv.take();
}

std::string catalog_json(const SiteModel& m, const std::string& base_url) {
  JsonWriter j;
  j.begin_array();
  for (const auto& [type, docs] : by_category(m))
    for (size_t i : docs) {
      const Document& d = m.docs[i];
      j.begin_object();
      j.key("category").string(type_label(type));
      j.key("id").string(d.id);
      j.key("index_no").string(d.index_no);
      j.key("title").string(d.title);
      j.key("doc_no").string(d.doc_no);
      j.key("published").string(d.published->str());
      j.key("issuer").string(d.issuer.empty() ? d.department : d.issuer);
      j.key("url").string(base_url + url_of(d));
      j.end_object();
    }
  j.end_array();
  return j.str() + "\n";
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
  const std::string& base = w.config().base_url;
  const size_t path_start = base.find('/', base.find("://") + 3);
  context.set("root", path_start == std::string::npos ? std::string("/") : base.substr(path_start));
  context.set("noindex", true);
  w.write("404", pf, std::move(context), std::nullopt, false);
}

}  // namespace govsite
