// The 政府信息公开 page and the 主动公开基本目录 (HTML, catalog.csv, catalog.json): the
// documents by 条例第二十条 category. Apart from the other portal pages because both follow
// one rule set (国办公开办函〔2019〕61号, 条例第十二条) and share its grouping and keys.
#include "outputs/disclosure_pages.h"

#include <algorithm>

#include "core/json_writer.h"
#include "outputs/document_value.h"
#include "outputs/listings.h"
#include "outputs/reports.h"
#include "vocabulary/disclosure_category.h"

namespace govsite {

namespace {

// The newest documents the 政府信息公开 page shows of each category, as the home page does
// of each column.
constexpr size_t kNewestPerCategory = 8;

// Published documents grouped by 条例第二十条 category, in the order of the article,
// newest first within each; categories without documents left out. The catalog lists
// every document; the 政府信息公开 page leaves out those it shows as parts of its own.
std::vector<std::pair<const DisclosureCategory*, std::vector<size_t>>> by_disclosure_category(const SiteModel& m,
                                                                                              const SiteConfig& config,
                                                                                              bool without_parts) {
  std::vector<std::pair<const DisclosureCategory*, std::vector<size_t>>> groups;
  for (const auto& category : disclosure_categories()) {
    auto docs = newest_first(m, [&](const Document& d) {
      return d.disclosure_category == category.id && !(without_parts && is_disclosure_part(d, config));
    });
    if (!docs.empty()) groups.emplace_back(&category, std::move(docs));
  }
  return groups;
}

bool says_none(const SiteConfig& config, const std::string& category) {
  return std::find(config.disclosure_none.begin(), config.disclosure_none.end(), category) !=
         config.disclosure_none.end();
}

// 生成日期 (条例第十二条): when the information was made — a policy's 成文日期, else the day
// it was published.
std::string made_on(const Document& d) { return (d.written ? d.written : d.published)->str(); }

std::string anchor_of(const DisclosureCategory& c) { return std::string("cat-") + c.id; }

Value link_value(const SiteModel& m, const SiteConfig& config, const std::string& role) {
  for (const auto& [r, id] : config.links)
    if (r == role)
      if (const Document* d = m.find_published(id))
        return Value::object().set("title", d->title).set("url", url_of(*d)).set("date", d->published->str());
  return Value();
}

// What the 政府信息公开 page and the catalog show of each document, for their keys.
uint64_t catalog_item_hash(const Document& d, const SiteConfig& config, const std::string& summary) {
  return KeyHasher()
      .add(listing_item_hash(d, d.index_no))
      .add(summary)
      .add(made_on(d))
      .add(publisher_of(d, config))
      .add(d.disclosure_category)
      .key();
}

}  // namespace

void write_disclosure_page(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w) {
  const SiteConfig& config = w.config();
  PageFrame pf;
  pf.output_path = "xxgk/index.html";
  pf.url = "xxgk/";
  pf.title = "政府信息公开";
  pf.column_name = "政府信息公开";
  pf.column_type = "政府信息公开";
  pf.keywords = "政府信息公开,政府信息公开指南,政府信息公开制度,法定主动公开内容,政府信息公开年报,依申请公开";
  pf.nav_current = "xxgk/";
  pf.description = config.title +
                   "政府信息公开：政府信息公开指南、政府信息公开制度、法定主动公开内容、政府信息公开年报、依申请公开";
  pf.breadcrumbs = {{"政府信息公开", "xxgk/"}};
  const auto groups = by_disclosure_category(m, config, true);
  Value categories = Value::list();
  for (const auto& category : disclosure_categories()) {
    auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == &category; });
    // Every category of the article is shown, so an inspector never has to wonder whether
    // one was forgotten: 本机关无此类信息 when site.yaml declares it, 暂无 otherwise.
    const bool none = it == groups.end();
    const bool declared_none = none && says_none(config, category.id);
    Value items = Value::list();
    if (!none)
      for (size_t k = 0; k < it->second.size() && k < kNewestPerCategory; ++k) {
        const Document& d = m.docs[it->second[k]];
        items.push(listing_item(d).set("summary", summaries[it->second[k]]));
      }
    categories.push(Value::object()
                        .set("id", category.id)
                        .set("item", category.item)
                        .set("title", category.title)
                        .set("anchor", anchor_of(category))
                        .set("count", none ? 0 : static_cast<int>(it->second.size()))
                        .set("more", !none && it->second.size() > kNewestPerCategory)
                        .set("none", declared_none)
                        .set("empty", none && !declared_none)
                        .set("items", std::move(items)));
  }
  Value parts = Value::object()
                    .set("guide", link_value(m, config, "guide"))
                    .set("rules", link_value(m, config, "rules"))
                    .set("apply", link_value(m, config, "apply"))
                    .set("categories", std::move(categories));
  // 年报: every published annual report, newest first, and the page links.annual_report
  // names when it is not one of them (a report kept as a plain page).
  Value reports = Value::list();
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::annual_report; }))
    reports.push(Value::object()
                     .set("title", m.docs[i].title)
                     .set("url", url_of(m.docs[i]))
                     .set("date", m.docs[i].published->str()));
  const Document* linked = nullptr;
  for (const auto& [role, id] : config.links)
    if (role == "annual_report") linked = m.find_published(id);
  if (Value report = link_value(m, config, "annual_report");
      !report.is_null() && linked && linked->type != DocType::annual_report)
    reports.push(std::move(report));
  parts.set("annual_reports", std::move(reports));
  Value context = w.context(pf);
  context.set("disclosure", std::move(parts));
  w.write("disclosure", pf, std::move(context), newest_published_date(m));
}

void write_catalog(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w) {
  const SiteConfig& config = w.config();
  PageFrame pf;
  pf.output_path = "xxgk/ml/index.html";
  pf.url = "xxgk/ml/";
  pf.title = "主动公开基本目录";
  pf.column_name = "主动公开基本目录";
  pf.column_type = "政府信息公开";
  pf.keywords = "主动公开基本目录,索引号,政府信息公开";
  pf.nav_current = "xxgk/";
  pf.description = config.title + "政府信息主动公开基本目录：索引号、名称、内容概述、生成日期、发布日期、发布机构";
  pf.breadcrumbs = {{"政府信息公开", "xxgk/"}, {"主动公开基本目录", "xxgk/ml/"}};
  const auto groups = by_disclosure_category(m, config, false);
  KeyHasher key = w.key_of("catalog", pf, newest_published_date(m));
  for (const auto& [category, docs] : groups) {
    key.add(category->id);
    for (size_t i : docs) key.add(catalog_item_hash(m.docs[i], config, summaries[i]));
  }
  // The page and the two files list the same fields of the same documents (and the files
  // the site's address): one key for all three, and none is made when it is unchanged.
  // Each is made on a rendering thread of its own at the next flush; the page, the
  // longest, is queued first so that it starts first.
  const uint64_t files_key = KeyHasher(key).add(config.base_url).key();
  auto make_context = [&m, &w, &summaries, pf, groups] {
    Value list = Value::list();
    for (const auto& [category, docs] : groups) {
      Value items = Value::list();
      for (size_t i : docs) {
        const Document& d = m.docs[i];
        items.push(listing_item(d)
                       .set("index_no", d.index_no)
                       .set("summary", summaries[i])
                       .set("made", made_on(d))
                       .set("publisher", publisher_of(d, w.config())));
      }
      list.push(Value::object()
                    .set("name", std::string(category->item) + category->title)
                    .set("anchor", anchor_of(*category))
                    .set("items", std::move(items)));
    }
    Value context = w.context(pf);
    context.set("catalog", Value::object().set("title", "主动公开基本目录").set("groups", std::move(list)));
    return context;
  };
  if (!w.keep_unchanged(pf, key.key(), newest_published_date(m)))
    w.write_deferred("catalog", pf, std::move(make_context), newest_published_date(m), key.key());
  w.write_file_deferred("catalog.csv", files_key,
                        [&m, &w, &summaries] { return catalog_csv(m, w.config(), summaries); });
  w.write_file_deferred("catalog.json", files_key,
                        [&m, &w, &summaries] { return catalog_json(m, w.config(), summaries); });
}

std::string catalog_csv(const SiteModel& m, const SiteConfig& config, const std::vector<std::string>& summaries) {
  CsvWriter csv({"类别", "索引号", "名称", "内容概述", "生成日期", "发布日期", "发布机构", "发文字号", "网址"},
                m.newest.size() * 480);
  for (const auto& [category, docs] : by_disclosure_category(m, config, false))
    for (size_t i : docs) {
      const Document& d = m.docs[i];
      csv.field(category->title)
          .field(d.index_no)
          .field(d.title)
          .field(summaries[i])
          .field(made_on(d))
          .field(d.published->str())
          .field(publisher_of(d, config))
          .field(d.doc_no)
          .field(config.base_url + url_of(d));
      csv.end_row();
    }
  return csv.take();
}

std::string catalog_json(const SiteModel& m, const SiteConfig& config, const std::vector<std::string>& summaries) {
  JsonWriter j;
  j.begin_array();
  for (const auto& [category, docs] : by_disclosure_category(m, config, false))
    for (size_t i : docs) {
      const Document& d = m.docs[i];
      j.begin_object();
      j.key("category").string(category->title);
      j.key("category_id").string(category->id);
      j.key("id").string(d.id);
      j.key("index_no").string(d.index_no);
      j.key("title").string(d.title);
      j.key("summary").string(summaries[i]);
      j.key("made").string(made_on(d));
      j.key("published").string(d.published->str());
      j.key("publisher").string(publisher_of(d, config));
      j.key("doc_no").string(d.doc_no);
      j.key("url").string(config.base_url + url_of(d));
      j.end_object();
    }
  j.end_array();
  return j.str() + "\n";
}

}  // namespace govsite
