#include "pipeline/build_site.h"

#include <algorithm>
#include <chrono>

#include "cache/render_memo.h"
#include "core/messages.h"
#include "core/parallel.h"
#include "config/site_config.h"
#include "content/load_documents.h"
#include "content/request_records.h"
#include "model/enforcement_model.h"
#include "model/site_model.h"
#include "outputs/document_pages.h"
#include "outputs/page_context.h"
#include "core/url.h"
#include "outputs/credit_export.h"
#include "outputs/disclosure_pages.h"
#include "outputs/enforcement_pages.h"
#include "outputs/feeds.h"
#include "outputs/inspection_report.h"
#include "render/markdown.h"
#include "outputs/listings.h"
#include "outputs/page_writer.h"
#include "outputs/portal_pages.h"
#include "outputs/search_index.h"
#include "outputs/sitemap_xml.h"
#include "publish/link_checker.h"
#include "outputs/theme_assets.h"
#include "render/templates.h"
#include "theme/theme_source.h"
#include "validate/rules.h"

namespace govsite {

namespace {

// Every file of the theme, by name and bytes: a changed template or stylesheet renders the
// whole site again.
uint64_t theme_hash(const ThemeSource& theme) {
  KeyHasher h;
  std::vector<std::string> problems;
  for (const auto& rel : theme.fs->list_files(theme.dir, problems)) {
    std::string bytes, error;
    theme.fs->read_file(join_path(theme.dir, rel), bytes, error);
    h.add(rel).add(bytes);
  }
  return h.key();
}

// What a build is made from besides content/: the binary, the build date, the options,
// site.yaml and the theme. The build cache's keys all start from it.
// What the build reads besides content/ and the theme: site.yaml, the 行政执法 data files and
// the 依申请公开 request records (nothing of them is published as is, but pages count them).
uint64_t site_files_hash(const FileSystem& fs, const std::string& site_dir, const std::string& site_yaml,
                         const std::string& request_bytes) {
  return KeyHasher().add(content_hash(site_yaml)).add(enforcement_data_hash(fs, site_dir)).add(request_bytes).key();
}

KeyHasher build_identity(const BuildRequest& request, uint64_t config_hash, const ThemeSource& theme) {
  KeyHasher identity;
  identity.add(executable_hash())
      .add(static_cast<uint64_t>(request.now.days_since_epoch()))
      .add(request.preview_drafts)
      .add(config_hash)
      .add(theme_hash(theme))
      .add(static_cast<uint64_t>(language()));  // cached diagnostics are in one language
  return identity;
}

// The images and files an unpublished document names in its body are its own, like its
// attachments: no other document may publish them (SPEC §3.3). Only unpublished documents
// are parsed for this (in parallel: a rebuild reads each of their bodies again), so a
// normal site pays almost nothing.
void claim_unpublished_body_files(const FileSystem& fs, const std::string& site_dir, SiteModel& m, unsigned jobs,
                                  Diagnostics& diags) {
  std::vector<size_t> unpublished;
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (!m.published[i]) unpublished.push_back(i);
  std::vector<std::vector<std::string>> claimed(unpublished.size());
  parallel_for(unpublished.size(), jobs, [&](size_t k) {
    Document& d = m.docs[unpublished[k]];
    if (!load_body(fs, site_dir, d, diags)) return;
    const RenderedMarkdown body = render_markdown(d.body, nullptr);
    if (body.too_complex) report_markdown_too_complex(*body.too_complex, d.path, d.body_first_line, diags);
    for (const auto& link : body.links) {
      // Read with the link resolver's classifier, and never more narrowly than it: a name
      // with a scheme-like start ("a:b.pdf") is claimed as a file too.
      const UrlParts u = classify_url(link.url);
      std::string name = u.path, path;
      if (u.kind == UrlParts::Kind::scheme) name = percent_decode(link.url.substr(0, link.url.find_first_of("?#")));
      else if (u.kind != UrlParts::Kind::relative)
        continue;  // //host, #anchor, ?query, /path: the resolver publishes no file for them
      if (normalize_relative_path(join_path(folder_of(d), name), path)) claimed[k].push_back(std::move(path));
    }
  });
  for (size_t k = 0; k < unpublished.size(); ++k)  // in document order, as before
    for (auto& path : claimed[k]) m.attachment_claims[std::move(path)].push_back(unpublished[k]);
}

// Home, listings, catalog, map, search and 404 pages.
void write_listing_pages(const FileSystem& fs, const BuildRequest& request, const SiteModel& model,
                         const EnforcementData& enforcement_data, const SiteConfig& config,
                         const DocumentPagesResult& pages, PageWriter& w, Diagnostics& diags) {
  write_home_page(model, w);
  write_listings(model, pages.summaries, w);
  write_enforcement_listing(model, w);
  write_enforcement_portal(model, enforcement_data, w);
  write_powers_page(model, enforcement_data, w);
  write_prior_disclosure_page(fs, request.site_dir, model, enforcement_data, w, diags);
  write_disclosure_page(model, pages.summaries, w);
  write_catalog(model, pages.summaries, w);
  write_interaction_page(model, w);
  write_site_map_page(model, w);
  PageFrame search;
  search.output_path = "search/index.html";
  search.url = "search/";
  search.title = "站内搜索";
  search.column_name = "站内搜索";
  search.description = config.title + "站内搜索";
  search.breadcrumbs = {{"站内搜索", "search/"}};
  // Results change with every query: a page for people, not for search engines' indexes
  // (47号文's sitemaps list content pages), so it is marked noindex and left out of the sitemap.
  Value search_context = w.context(search);
  search_context.set("noindex", true);
  w.write("search", search, std::move(search_context), std::nullopt, false);
  write_not_found_page(w);
  w.flush();
}

// The search index (it takes the pages' texts), the 信用 CSVs and the feeds.
void write_search_and_feeds(const FileSystem& fs, const BuildRequest& request, const SiteModel& model,
                            const SiteConfig& config, DocumentPagesResult& pages, LinkCheckingWriter& out,
                            PageWriter& w, Diagnostics& diags, RenderMemo* memo) {
  SearchIndexTexts search_texts{pages.texts, pages.kept_text_hashes, nullptr, std::string(), nullptr};
  if (memo && memo->previous()) {
    search_texts.previous = &memo->previous()->search;
    search_texts.previous_dir = request.previous_output;
  }
  if (request.next) search_texts.next = &request.next->search;
  write_search_index(fs, model, search_texts, out, diags, request.jobs);
  for (EnforcementKind kind : {EnforcementKind::penalty, EnforcementKind::licensing})
    if (!enforcement_decisions(model).empty()) w.write_file(credit_csv_path(kind), credit_csv(model, config, kind));
  for (const Feed& feed : site_feeds(model, config))
    w.write_file(feed.path, rss_feed(model, config, feed, pages.summaries));
}

// Every page and file of the site.
void render_site(const FileSystem& fs, const BuildRequest& request, SiteModel& model,
                 const EnforcementData& enforcement_data, const SiteConfig& config, const TemplateSet& templates,
                 const ThemeAssets& assets, LinkCheckingWriter& out, Diagnostics& diags, RenderMemo* memo,
                 BuildResult& result) {
  const SiteFrame frame = make_site_frame(config, model, assets);
  DocumentPagesResult pages = write_document_pages(fs, request.site_dir, model, config, frame, templates, request.jobs,
                                                   out, diags, request.progress, memo);
  result.counts.pages_written = pages.pages_written;
  mark_phase(request.timer, "document pages");
  if (request.document_pages_written) request.document_pages_written(config);

  // The search index and the feeds read only the model and the document pages' texts and
  // summaries, nothing of the listings: they are made while the listings render, so that
  // each stage fills the other's serial parts (the catalog's files, the index's merges)
  // and both cores stay busy. Both write through the thread-safe writer, memo and
  // diagnostics (sorted when printed). With --jobs 1, one after the other.
  PageWriter w(config, frame, templates, out, diags, request.jobs, memo);
  double search_seconds = 0;
  const auto listings = [&] { write_listing_pages(fs, request, model, enforcement_data, config, pages, w, diags); };
  const auto search_and_feeds = [&] {
    const auto start = std::chrono::steady_clock::now();
    write_search_and_feeds(fs, request, model, config, pages, out, w, diags, memo);
    search_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  run_concurrently(request.jobs, listings, search_and_feeds);
  result.counts.pages_written += w.written();
  // Only the search index's own line says "search index": bench/run.sh compares it with
  // Pagefind's indexing.
  mark_phase(request.timer, "listings, catalog, site map | search, feeds");
  if (request.timer) request.timer->note("search index, feeds (of the line above)", search_seconds);

  // sitemap.xml: every document page and every listing, home, catalog and map page.
  std::vector<PageEntry> entries;
  for (size_t i : model.newest) entries.push_back({url_of(model.docs[i]), model.docs[i].published});
  entries.insert(entries.end(), w.pages().begin(), w.pages().end());
  std::sort(entries.begin(), entries.end(), [](const PageEntry& a, const PageEntry& b) { return a.url < b.url; });
  SitemapLimits limits;
  limits.max_urls = config.sitemap_max_urls;
  for (const auto& [name, xml] : sitemap_files(entries, config.base_url, limits)) w.write_file(name, xml);
  w.write_file("robots.txt", robots_txt(config.base_url));
  mark_phase(request.timer, "sitemap.xml");
}

}  // namespace

std::optional<LoadedSite> load_site(const FileSystem& fs, const BuildRequest& request, Diagnostics& diags) {
  std::string text, error;
  if (!fs.read_file(join_path(request.site_dir, "site.yaml"), text, error)) {
    diags.error("site.yaml", 0, 0, "no-config", tr("no-config", {error, request.site_dir}));
    return std::nullopt;
  }
  LoadedSite site;
  site.config = parse_site_config(text, "site.yaml", diags,
                                  request.config_placeholders_allowed ? Severity::warning : Severity::error);
  site.enforcement_data = load_enforcement_data(fs, request.site_dir, diags);
  mark_phase(request.timer, "site.yaml");
  LoadedContent content = load_content(fs, request.site_dir, request.jobs, diags, request.previous,
                                       request.next != nullptr, request.scan);
  site.content_fingerprint = content.fingerprint;
  site.cache_entries = std::move(content.cache_entries);
  site.sources_read_at_ns = content.sources_read_at_ns;
  const size_t unread = content.markdown_files - content.files_read;
  mark_phase(request.timer, unread == 0
                                ? "load and parse documents"
                                : "load and parse documents (" + std::to_string(content.files_read) + " read; " +
                                      std::to_string(unread) + " unchanged since the last build by size and time)");
  if (site.config) apply_enforcement_publicity(content.documents, site.config->enforcement);
  site.model = build_site_model(std::move(content.documents), request.now, std::move(content.files),
                                request.preview_drafts, content.broken);
  // The request records are not content (nothing of them is published) but the annual
  // reports count them: part of what the build is made from, like site.yaml.
  std::string request_bytes;
  site.model.requests = load_request_records(fs, request.site_dir, diags, &request_bytes);
  site.config_hash = site_files_hash(fs, request.site_dir, text, request_bytes);
  claim_unpublished_body_files(fs, request.site_dir, site.model, request.jobs, diags);
  mark_phase(request.timer, "model");
  return site;
}

bool site_unchanged_since(const FileSystem& fs, const BuildRequest& request, const ContentScan& scan,
                          const BuildCache& previous) {
  std::string text, error;
  if (!fs.read_file(join_path(request.site_dir, "site.yaml"), text, error)) return false;
  Diagnostics scratch;  // a site.yaml or theme with problems is left to the full path to report
  std::string request_bytes;
  load_request_records(fs, request.site_dir, scratch, &request_bytes);
  const uint64_t config_hash = site_files_hash(fs, request.site_dir, text, request_bytes);
  const std::optional<SiteConfig> config = parse_site_config(text, "site.yaml", scratch);
  if (!config || scratch.has_errors()) return false;
  const std::optional<ThemeSource> theme = find_theme(fs, request.site_dir, config->theme, scratch);
  if (!theme || scratch.has_errors()) return false;
  const KeyHasher identity = build_identity(request, config_hash, *theme);
  if (identity.key() != previous.identity) return false;
  const std::optional<uint64_t> content = unchanged_content_fingerprint(scan, previous);
  return content && KeyHasher(identity).add(*content).key() == previous.inputs;
}

namespace {

// The 19号文 inspection of the site as built: its vetoes, and its report.
void inspect_built_site(const BuildRequest& request, const SiteModel& model, const SiteConfig& config,
                        OutputWriter* reports_out, Diagnostics& diags, BuildResult& result) {
  size_t broken_links = 0;
  for (const Diagnostic& d : diags.sorted()) broken_links += d.code == "broken-link" || d.code == "broken-output-link";
  result.inspection = inspect_site(model, config, broken_links);
  // A site with errors is not published; its errors come first, not the inspection. A
  // site that publishes nothing yet (a new site, its pages still drafts) has nothing
  // online to inspect.
  if (!diags.has_errors() && result.counts.published > 0)
    report_inspection_vetoes(*result.inspection, request.inspection_errors, diags);
  if (reports_out) write_inspection_report(*result.inspection, config, *reports_out, diags);
  mark_phase(request.timer, "inspection (19号文)");
}

}  // namespace

BuildResult build_site(const FileSystem& fs, const BuildRequest& request, OutputWriter& site_out,
                       OutputWriter* reports_out, Diagnostics& diags) {
  BuildResult result;
  auto site = load_site(fs, request, diags);
  if (!site) return result;
  const std::optional<SiteConfig>& config = site->config;
  const SiteModel& model = site->model;
  if (config) validate_site(model, *config, diags);
  check_power_references(model, site->enforcement_data, diags);
  check_attachment_personal_data(fs, request.site_dir, model, diags);
  mark_phase(request.timer, "validate");
  result.counts.documents = model.docs.size();
  for (bool p : model.published) result.counts.published += p;
  result.counts.left_out = left_out_documents(model);

  // Pages are rendered even after content errors, so that one run reports every problem
  // (broken links and images are found while rendering); the caller publishes nothing
  // when there was any error. Only a broken theme stops here.
  if (config) {
    if (auto theme = find_theme(fs, request.site_dir, config->theme, diags)) {
      check_unknown_keys(model, template_param_keys(*theme), diags);
      // Everything goes through a link checker, so a broken internal link in the output
      // (a theme or generator bug) fails the build.
      LinkCheckingWriter out(site_out, std::string(url_path(config->base_url)));
      // The build cache (govsite build only): what this build is made from, and whether
      // that is exactly what the previous build was made from.
      std::optional<RenderMemo> memo;
      if (request.next) {
        const KeyHasher identity = build_identity(request, site->config_hash, *theme);
        const BuildCache* previous = request.previous && request.previous->identity == identity.key() ? request.previous
                                                                                                      : nullptr;
        request.next->identity = identity.key();
        request.next->inputs = KeyHasher(identity).add(site->content_fingerprint).key();
        request.next->documents = std::move(site->cache_entries);
        request.next->sources_read_at_ns = site->sources_read_at_ns;
        memo.emplace(identity.key(), previous);
        result.unchanged = previous && previous->inputs == request.next->inputs && !diags.has_errors();
        // The site is the previous build's: so are its pages (the reports count them).
        if (result.unchanged) result.counts.pages_written = previous->last.pages;
      }
      // Unchanged: the theme built without errors last time, and nothing is rendered.
      const size_t errors_before_theme = diags.error_count();
      std::optional<TemplateSet> templates;
      std::optional<ThemeAssets> assets;
      if (!result.unchanged) {
        templates = TemplateSet::load(*theme->fs, theme->dir, theme->display, diags);
        // A previous build of this same theme (memo->previous() is set only when the
        // identity, which hashes every theme file, matched) left its files in place.
        if (memo && memo->previous()) assets = keep_theme_assets(memo->previous()->theme, out);
        if (!assets) assets = write_theme_assets(*theme->fs, theme->dir, theme->display, out, diags);
        if (request.next) request.next->theme = *assets;
        mark_phase(request.timer, "theme (templates, SCSS, assets)");
      }
      if (!result.unchanged && diags.error_count() == errors_before_theme) {
        render_site(fs, request, site->model, site->enforcement_data, *config, *templates, *assets, out, diags,
                    memo ? &*memo : nullptr, result);
        // Content errors leave their broken links in the pages; report only links that
        // break on an otherwise valid site, which point at the theme or generator.
        if (!diags.has_errors()) out.report(diags);
        mark_phase(request.timer, "link check");
        if (memo) {
          for (auto& [path, key] : memo->take_keys()) request.next->outputs[path].render_key = key;
          request.next->pages = memo->take_pages();
        }
      }
    }
  }
  if (config) inspect_built_site(request, model, *config, reports_out, diags, result);
  if (reports_out) write_reports(model, config ? &*config : nullptr, result.counts, *reports_out, diags);
  mark_phase(request.timer, "reports");
  result.site = std::make_shared<const LoadedSite>(std::move(*site));
  return result;
}

}  // namespace govsite
