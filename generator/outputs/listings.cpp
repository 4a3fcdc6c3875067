#include "outputs/listings.h"

#include <map>

#include "core/hashing.h"

namespace govsite {

namespace {

std::string page_file(int page) { return page == 1 ? "index.html" : "index_" + std::to_string(page) + ".html"; }
std::string page_url(const std::string& folder, int page) { return page == 1 ? folder : folder + page_file(page); }

// 上一页 · page numbers · 下一页: the first and last pages and two on each side of the current.
Value pagination(const std::string& folder, int page, int pages) {
  Value numbers = Value::list();
  for (int k = 1; k <= pages; ++k) {
    if (k != 1 && k != pages && (k < page - 2 || k > page + 2)) continue;
    numbers.push(Value::object().set("number", k).set("url", page_url(folder, k)).set("current", k == page));
  }
  Value v = Value::object().set("pages", std::move(numbers));
  if (page > 1) v.set("prev_url", page_url(folder, page - 1));
  if (page < pages) v.set("next_url", page_url(folder, page + 1));
  return v;
}

struct Listing {
  std::string folder;          // "policies/"
  std::string title;           // 政策文件
  std::vector<Crumb> parents;  // breadcrumbs above this listing (without 首页)
  std::optional<std::string> nav_current;
  std::vector<size_t> docs;              // newest first
  std::string column_type = "信息发布";  // ColumnType meta tag
};

void write_paginated(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w, const Listing& l,
                     const std::vector<uint64_t>& item_hashes) {
  const size_t size = static_cast<size_t>(w.config().listing_page_size);
  const int pages = l.docs.empty() ? 1 : static_cast<int>((l.docs.size() + size - 1) / size);
  for (int page = 1; page <= pages; ++page) {
    PageFrame pf;
    pf.output_path = l.folder + page_file(page);
    pf.url = page_url(l.folder, page);
    pf.title = page == 1 ? l.title : l.title + "（第" + std::to_string(page) + "页）";
    pf.column_name = l.title;
    pf.column_type = l.column_type;
    pf.keywords = l.title;
    pf.nav_current = l.nav_current;
    pf.description = w.config().title + "：" + l.title;
    pf.breadcrumbs = l.parents;
    pf.breadcrumbs.push_back({l.title, l.folder});
    const size_t first = static_cast<size_t>(page - 1) * size;
    std::optional<Date> lastmod;
    if (first < l.docs.size()) lastmod = m.docs[l.docs[first]].published;
    // Most listing pages of a rebuild are as before: know it without building them.
    KeyHasher key = w.key_of("list", pf, lastmod);
    key.add(l.folder).add(l.title).add(static_cast<uint64_t>(page)).add(static_cast<uint64_t>(pages));
    for (size_t k = first; k < l.docs.size() && k < first + size; ++k) key.add(item_hashes[l.docs[k]]);
    if (w.keep_unchanged(pf, key.key(), lastmod)) continue;
    // Built on a rendering thread: copies of what it needs, the model and summaries by
    // reference (they outlive every listing).
    std::vector<size_t> on_page(l.docs.begin() + static_cast<std::ptrdiff_t>(std::min(first, l.docs.size())),
                                l.docs.begin() + static_cast<std::ptrdiff_t>(std::min(first + size, l.docs.size())));
    w.write_deferred(
        "list", pf,
        [&m, &summaries, &w, pf, on_page, title = l.title, folder = l.folder, page, pages] {
      Value items = Value::list();
      for (size_t i : on_page) items.push(listing_item(m.docs[i]).set("summary", summaries[i]));
      Value context = w.context(pf);
      context.set("list", Value::object().set("title", title).set("items", std::move(items)));
      if (pages > 1) context.set("pagination", pagination(folder, page, pages));
      return context;
        },
        lastmod, key.key());
  }
}

// An index of terms (topics, issuers, years, columns): each links to its listing, with a
// count. It changes when a listing does: its date is the newest of what they list.
void write_term_index(const SiteModel& m, PageWriter& w, const std::string& folder, const std::string& title,
                      const std::vector<std::pair<std::string, Listing>>& terms) {
  PageFrame pf;
  pf.output_path = folder + "index.html";
  pf.url = folder;
  pf.title = title;
  pf.column_name = title;
  pf.column_type = folder == "columns/" ? "专题专栏" : "信息发布";
  pf.keywords = title;
  pf.description = w.config().title + "：" + title;
  pf.breadcrumbs = {{title, folder}};
  Value items = Value::list();
  std::optional<Date> lastmod;
  for (const auto& [name, listing] : terms) {
    if (!listing.docs.empty()) {  // newest first
      const std::optional<Date>& newest = m.docs[listing.docs.front()].published;
      if (newest && (!lastmod || *lastmod < *newest)) lastmod = newest;
    }
    items.push(Value::object()
                   .set("title", name)
                   .set("url", listing.folder)
                   .set("count", static_cast<int>(listing.docs.size())));
  }
  Value context = w.context(pf);
  context.set("list", Value::object().set("title", title).set("items", std::move(items)));
  w.write("list", pf, std::move(context), lastmod);
}

// Listings of the documents sharing a value (topic, issuer, year), one folder each.
void write_terms(const SiteModel& m, const std::vector<std::string>& summaries,
                 const std::vector<uint64_t>& item_hashes, PageWriter& w, const std::string& root_folder,
                 const std::string& title,
                 const std::function<void(const Document&, const std::function<void(const std::string&)>&)>& values_of,
                 bool newest_term_first, const std::function<std::string(const std::string&)>& slug_of = term_slug) {
  std::map<std::string, std::vector<size_t>> by_term;
  for (size_t i : newest_first(m, [](const Document& d) { return d.type != DocType::page; }))
    values_of(m.docs[i], [&](const std::string& v) { by_term[v].push_back(i); });
  std::vector<std::pair<std::string, Listing>> terms;
  std::map<std::string, std::string> slug_owner;
  for (auto& [name, docs] : by_term) {
    std::string slug = slug_of(name);
    if (auto [it, inserted] = slug_owner.emplace(slug, name); !inserted && it->second != name)
      slug += "-" + fingerprint(name, 6);  // two names that clean up to the same folder
    Listing l{root_folder + slug + "/", name, {{title, root_folder}}, std::nullopt, std::move(docs)};
    terms.emplace_back(name, std::move(l));
  }
  if (newest_term_first) std::reverse(terms.begin(), terms.end());
  for (const auto& [name, listing] : terms) write_paginated(m, summaries, w, listing, item_hashes);
  write_term_index(m, w, root_folder, title, terms);
}

}  // namespace

std::string term_slug(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    bool unsafe = c < 0x20 || c == 0x7f || c == ' ' || c == '/' || c == '\\' || c == '?' || c == '#' || c == '%' ||
                  c == '*' || c == ':' || c == '|' || c == '"' || c == '<' || c == '>' || c == '\'' || c == '&' ||
                  c == '.';
    slug += unsafe ? '-' : static_cast<char>(c);
  }
  while (!slug.empty() && slug.front() == '-') slug.erase(0, 1);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) return "t-" + fingerprint(name, 8);
  // A folder name has at most 255 bytes (86 Chinese characters): a longer name keeps its
  // start, cut at a character, and a hash of the whole name, stable from build to build.
  if (slug.size() > kMaxTermSlugBytes) {
    size_t cut = kMaxTermSlugBytes - 9;
    while (cut > 0 && (static_cast<unsigned char>(slug[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
    slug = slug.substr(0, cut) + "-" + fingerprint(name, 8);
  }
  return slug;
}

Value listing_item(const Document& d) {
  return Value::object()
      .set("title", d.title)
      .set("url", url_of(d))
      .set("date", d.published ? d.published->str() : "")
      .set("doc_no", d.doc_no);
}

uint64_t listing_item_hash(const Document& d, const std::string& extra) {
  // What listing_item() shows, without making its strings: the url is the section and id,
  // the date its day number.
  KeyHasher h;
  h.add(d.title).add(section_of(d.type)).add(d.id);
  h.add(d.published ? static_cast<uint64_t>(d.published->days_since_epoch()) + 1 : 0);
  return h.add(d.doc_no).add(extra).key();
}

void write_listings(const SiteModel& m, const std::vector<std::string>& summaries, PageWriter& w) {
  std::vector<uint64_t> item_hashes(m.docs.size(), 0);
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (m.published[i]) item_hashes[i] = listing_item_hash(m.docs[i], summaries[i]);
  for (DocType type : {DocType::policy, DocType::interpretation, DocType::consultation, DocType::notice,
                       DocType::service, DocType::progress, DocType::page, DocType::inspection_plan,
                       DocType::inspection_result, DocType::annual_web_report}) {
    auto docs = newest_first(m, [type](const Document& d) { return d.type == type; });
    if (docs.empty()) continue;
    const std::string folder = std::string(section_of(type)) + "/";
    write_paginated(m, summaries, w, {folder, type_label(type), {}, folder, std::move(docs), column_type_of(type)},
                    item_hashes);
  }

  std::vector<std::pair<std::string, Listing>> columns;
  for (const auto& c : w.config().columns) {
    auto docs = newest_first(m, [&](const Document& d) { return d.column == c.id; });
    columns.emplace_back(
        c.title, Listing{column_url(c), c.title, {{"专题专栏", "columns/"}}, "columns/", std::move(docs), "专题专栏"});
  }
  for (const auto& [name, listing] : columns) write_paginated(m, summaries, w, listing, item_hashes);
  if (!columns.empty()) write_term_index(m, w, "columns/", "专题专栏", columns);

  // Each document's values are handed over one by one (not as a new list per document).
  write_terms(
      m, summaries, item_hashes, w, "topics/", "主题分类",
      [](const Document& d, const auto& add) {
    for (const auto& topic : d.topics) add(topic);
      },
      false);
  write_terms(
      m, summaries, item_hashes, w, "issuers/", "发文机关",
      [](const Document& d, const auto& add) {
    if (!d.issuer.empty()) add(d.issuer);
      },
      false);
  write_terms(
      m, summaries, item_hashes, w, "years/", "年度",
      [](const Document& d, const auto& add) { add(std::to_string(d.published->year) + "年"); }, true,
      [](const std::string& name) { return name.substr(0, 4); });
}

}  // namespace govsite
