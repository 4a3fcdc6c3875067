// The render loop of the document pages: for each published document, in parallel, keep
// its page from the previous build when its render key (document_page_key.cpp) is
// unchanged, else render its body (links resolved, files copied beside it:
// document_attachments.cpp), build its template value (document_value.cpp) and write it.
#include "outputs/document_pages.h"

#include <atomic>
#include <memory>
#include <mutex>

#include "content/load_documents.h"
#include "core/messages.h"
#include "core/parallel.h"
#include "core/url.h"
#include "model/link_resolver.h"
#include "outputs/document_attachments.h"
#include "outputs/document_page_key.h"
#include "outputs/document_value.h"
#include "outputs/search_tokens.h"
#include "render/markdown.h"
#include "render/signature.h"
#include "render/summary.h"

namespace govsite {

namespace {

// An annual report's body is the format's text parts: 一、总体情况 before the tables, and
// 五、… and 六、… after them, from the first level-2 heading that starts with 五.
std::pair<std::string, std::string> split_report_body(const std::string& html) {
  for (size_t at = html.find("<h2"); at != std::string::npos; at = html.find("<h2", at + 3)) {
    const size_t text = html.find('>', at);
    if (text != std::string::npos && html.compare(text + 1, std::string("五").size(), "五") == 0)
      return {html.substr(0, at), html.substr(at)};
  }
  return {html, ""};
}

// The Markdown body as HTML, each link resolved: to another page, to a file copied beside
// this one (through `copier`), or left as written; a broken one is reported. Records the
// links for the render key, and the first image for the Image meta tag (an absolute URL).
RenderedMarkdown render_body(const SiteModel& m, const SiteConfig& config, const Document& d, const std::string& root,
                             FileCopier& copier, Diagnostics& diags, std::vector<std::string>& links,
                             std::string& first_image) {
  return render_markdown(d.body, [&](const MarkdownLink& link) -> std::optional<std::string> {
    const int line = d.body_first_line + link.line - 1;
    links.push_back(link.url);
    LinkResolution r = resolve_link(m, d, link.url);
    if (r.kind == LinkResolution::Kind::broken && r.broken_target) {
      diags.add({d.path, line, link.column, Severity::error, "broken-reference-target", r.problem, true});
      return std::nullopt;
    }
    if (r.kind == LinkResolution::Kind::broken) {
      diags.error(d.path, line, link.column, r.code, r.problem);
      return std::nullopt;
    }
    if (r.kind == LinkResolution::Kind::document) return root + url_of(*r.target) + r.fragment;
    if (r.kind == LinkResolution::Kind::file) {
      // An image or file beside the document: copied next to its page.
      if (std::string problem = file_type_problem(config.attachment_types, r.file.path); !problem.empty()) {
        diags.error(d.path, line, link.column, "broken-link", problem);
        return std::nullopt;
      }
      if (copier.copy(r.file, line, link.column) < 0) return std::nullopt;
      if (link.is_image && first_image.empty())
        first_image = config.base_url + files_url_of(d) + percent_encode_path(r.file.output_rel);
      return percent_encode_path(d.id + "/" + r.file.output_rel) + r.fragment;  // the page's files folder
    }
    if (link.is_image && first_image.empty() && link.url.rfind("https://", 0) == 0) first_image = link.url;
    return std::nullopt;
  });
}

// Where the page sits: its title, column, meta tags and breadcrumbs.
PageFrame page_frame_of(const Document& d, const SiteConfig& config, const std::string& output_path,
                        const std::string& summary) {
  PageFrame pf;
  pf.output_path = output_path;
  pf.url = url_of(d);
  pf.title = d.title;
  pf.column_name = type_label(d.type);
  pf.column_type = column_type_of(d.type);
  pf.keywords = join_topics(d, ",");
  pf.nav_current = std::string(section_of(d.type)) + "/";
  pf.description = summary;
  pf.breadcrumbs = {{type_label(d.type), *pf.nav_current}, {d.title, pf.url}};
  if (is_disclosure_part(d, config)) {
    // 公开指南, 公开制度, 依申请公开, 年报: parts of the 政府信息公开 column (61号文).
    pf.column_name = pf.column_type = "政府信息公开";
    pf.nav_current = "xxgk/";
    pf.breadcrumbs = {{"政府信息公开", "xxgk/"}, {d.title, pf.url}};
  }
  return pf;
}

// The page's whole template context: the frame, its "page" value with the rendered body,
// and the article meta tags (国办发〔2017〕47号 附件).
Value page_context_of(const SiteModel& m, const SiteConfig& config, const SiteFrame& frame, size_t index,
                      const PageFrame& pf, const RenderedMarkdown& body, const std::string& summary,
                      const std::string& first_image, FileCopier& copier) {
  const Document& d = m.docs[index];
  Value context = page_context(config, frame, pf);
  Value page = document_value(m, config, index);
  if (d.type == DocType::annual_report) {
    auto [before_tables, after_tables] = split_report_body(mark_signatures(body.html));
    page.set("body", std::move(before_tables)).set("body_after_tables", std::move(after_tables));
  } else {
    page.set("body", mark_signatures(body.html));
  }
  page.set("summary", summary);
  add_attachments(m, d, copier, page);
  if (m.draft_preview[index]) {  // serve --drafts: a 未审核 banner, and no search engine
    page.set("draft", true);
    context.set("noindex", true);
  }
  context.set("page", std::move(page));
  Value meta = *context.get("meta");
  meta.set("article_title", d.title)
      .set("pub_date", pub_date_time(d))
      .set("content_source", d.source.empty() ? config.organization : d.source)
      .set("author", publisher_of(d, config))
      .set("image", first_image)
      .set("url", config.base_url + pf.url)
      .set("keywords", join_topics(d, ","));
  context.set("meta", std::move(meta));
  return context;
}

// One run of write_document_pages: what every page shares, and what each page leaves for
// after the loop (its record for the next cache, whether it was written).
class DocumentPagesLoop {
 public:
  DocumentPagesLoop(const FileSystem& fs, const std::string& site_dir, SiteModel& m, const SiteConfig& config,
                    const SiteFrame& frame, const TemplateSet& templates, unsigned jobs, OutputWriter& out,
                    Diagnostics& diags, const std::function<void(size_t, size_t)>& progress, RenderMemo* memo)
      : fs_(fs),
        site_dir_(site_dir),
        m_(m),
        config_(config),
        frame_(frame),
        out_(out),
        diags_(diags),
        progress_(progress),
        memo_(memo),
        frame_key_(site_frame_key(frame)) {
    result_.summaries.resize(m.docs.size());
    result_.texts.resize(m.docs.size());
    result_.kept_text_hashes.resize(m.docs.size(), 0);
    for (size_t i = 0; i < m.docs.size(); ++i)
      if (m.published[i]) todo_.push_back(i);
    for (unsigned w = 0; w < std::max(1u, jobs); ++w)
      renderers_.push_back(std::make_unique<PageRenderer>(templates, &frame.site_wide));
    written_.assign(todo_.size(), 0);
    records_.resize(memo ? todo_.size() : 0);
  }

  DocumentPagesResult run(unsigned jobs) {
    parallel_for_workers(todo_.size(), jobs, [&](size_t k, unsigned worker) {
      const size_t index = todo_[k];
      // Only this page reads this body, and nothing after it.
      struct ReleaseBody {
        std::string& body;
        ~ReleaseBody() { std::string().swap(body); }
      } release{m_.docs[index].body};
      if (page(k, index, worker)) {
        written_[k] = 1;
        report_progress();
      }
    });
    for (char w : written_) result_.pages_written += w;
    for (const auto& record : records_)
      if (record) memo_->record_page(record->outputs.front(), record);
    return std::move(result_);
  }

 private:
  // Keeps or renders the page of m_.docs[index]; false when a problem was reported.
  bool page(size_t k, size_t index, unsigned worker) {
    const Document& d = m_.docs[index];
    const std::string output_path = output_path_of(d);
    KeyHasher base;
    if (memo_) {
      // Keyed by what the page is made from, not by its "page" value: that value would be
      // built for every unchanged page only to be hashed.
      base.add(document_value_key(memo_->hasher().add(frame_key_), m_, index));
      if (kept(k, index, output_path, base)) return true;
    }
    if (!load_body(fs_, site_dir_, m_.docs[index], diags_)) return false;
    CachedPage record;
    record.outputs.push_back(output_path);
    FileCopier copier(fs_, site_dir_, d, out_, diags_);
    std::string first_image;  // the Image page label (国办发〔2017〕47号 附件): absolute URL
    RenderedMarkdown body = render_body(m_, config_, d, relative_root(output_path), copier, diags_, record.links,
                                        first_image);
    if (body.too_complex) {
      report_markdown_too_complex(*body.too_complex, d.path, d.body_first_line, diags_);
      return false;
    }
    const std::string summary = summarize(d.summary.empty() ? without_salutation(body.plain_text) : d.summary,
                                          static_cast<size_t>(config_.summary_length));
    result_.summaries[index] = summary;
    result_.texts[index] = std::move(body.plain_text);
    const PageFrame pf = page_frame_of(d, config_, output_path, summary);
    const Value context = page_context_of(m_, config_, frame_, index, pf, body, summary, first_image, copier);
    std::string html, error;
    if (!renderers_[worker]->render(doc_type_name(d.type), context, html, error)) {
      diags_.error(d.path, 0, 0, "template", tr("template.render-failed", {error}));
      return false;
    }
    if (!out_.write_owned(output_path, std::move(html), error)) {
      diags_.error(d.path, 0, 0, "io-error", error);
      return false;
    }
    if (memo_) remember(k, index, base, copier, std::move(record));
    return true;
  }

  // Unchanged since the previous build: keep its files, reuse its summary and text.
  bool kept(size_t k, size_t index, const std::string& output_path, const KeyHasher& base) {
    std::shared_ptr<const CachedPage> before = memo_->previous_page(output_path);
    if (!before) return false;
    const uint64_t key = page_key(base, fs_, site_dir_, m_, m_.docs[index], before->links, before->sources);
    bool kept = memo_->unchanged(output_path, key);
    for (size_t f = 0; kept && f < before->outputs.size(); ++f) kept = out_.keep(before->outputs[f]);
    if (!kept) return false;
    result_.summaries[index] = before->summary;
    result_.kept_text_hashes[index] = before->text_hash;
    records_[k] = std::move(before);
    return true;
  }

  // The rendered page's record for the next cache.
  void remember(size_t k, size_t index, const KeyHasher& base, const FileCopier& copier, CachedPage record) {
    const Document& d = m_.docs[index];
    for (const auto& [source, output_rel] : copier.copied()) {
      record.sources.push_back(source);
      record.outputs.push_back(files_url_of(d) + output_rel);
    }
    record.key = page_key(base, fs_, site_dir_, m_, d, record.links, record.sources);
    record.summary = result_.summaries[index];
    record.text_hash = content_hash(search_record(d, result_.texts[index]));
    memo_->record_key(record.outputs.front(), record.key);
    records_[k] = std::make_shared<const CachedPage>(std::move(record));
  }

  void report_progress() {
    const size_t n = ++done_;
    if (progress_ && (n % 100 == 0 || n == todo_.size())) {
      std::lock_guard<std::mutex> lock(progress_mutex_);
      progress_(n, todo_.size());
    }
  }

  const FileSystem& fs_;
  const std::string& site_dir_;
  SiteModel& m_;
  const SiteConfig& config_;
  const SiteFrame& frame_;
  OutputWriter& out_;
  Diagnostics& diags_;
  const std::function<void(size_t, size_t)>& progress_;
  RenderMemo* memo_;
  const uint64_t frame_key_;
  DocumentPagesResult result_;
  std::vector<size_t> todo_;
  std::vector<std::unique_ptr<PageRenderer>> renderers_;
  std::vector<char> written_;
  // Each page's record for the next cache, handed to the memo after the loop: recording
  // under its lock from every thread made the threads wait for each other.
  std::vector<std::shared_ptr<const CachedPage>> records_;
  std::atomic<size_t> done_{0};
  std::mutex progress_mutex_;
};

}  // namespace

DocumentPagesResult write_document_pages(const FileSystem& fs, const std::string& site_dir, SiteModel& m,
                                         const SiteConfig& config, const SiteFrame& frame, const TemplateSet& templates,
                                         unsigned jobs, OutputWriter& out, Diagnostics& diags,
                                         const std::function<void(size_t, size_t)>& progress, RenderMemo* memo) {
  return DocumentPagesLoop(fs, site_dir, m, config, frame, templates, jobs, out, diags, progress, memo).run(jobs);
}

}  // namespace govsite
