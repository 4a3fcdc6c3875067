#include "outputs/page_writer.h"

#include "core/value_codec.h"
#include "outputs/document_page_key.h"
#include "core/parallel.h"

namespace govsite {

namespace {
// Pages held before rendering: enough to keep every thread busy, few enough that a
// site's listings never sit in memory all at once.
constexpr size_t kBatch = 256;
}  // namespace

PageWriter::PageWriter(const SiteConfig& config, const SiteFrame& frame, const TemplateSet& templates,
                       OutputWriter& out, Diagnostics& diags, unsigned jobs, RenderMemo* memo)
    : config_(config), frame_(frame), out_(out), diags_(diags), memo_(memo) {
  if (memo_) frame_key_ = site_frame_key(frame);
  for (unsigned w = 0; w < std::max(1u, jobs); ++w)
    renderers_.push_back(std::make_unique<PageRenderer>(templates, &frame.site_wide));
}

PageWriter::~PageWriter() { flush(); }

KeyHasher PageWriter::key_of(const std::string& layout, const PageFrame& page, std::optional<Date> lastmod) const {
  KeyHasher h = memo_ ? memo_->hasher() : KeyHasher();
  h.add(frame_key_).add(layout).add(page.output_path).add(page.url).add(page.title).add(page.column_name);
  h.add(page.column_type).add(page.keywords);
  h.add(page.nav_current ? "1" + *page.nav_current : "0").add(page.description);
  for (const Crumb& c : page.breadcrumbs) h.add(c.title).add(c.url);
  return h.add(lastmod ? static_cast<uint64_t>(lastmod->days_since_epoch()) + 1 : 0);
}

bool PageWriter::keep_file(const std::string& path, uint64_t key) {
  // A kept file's record passes to the next cache with this same key.
  return memo_ && memo_->unchanged(path, key) && out_.keep(path);
}

bool PageWriter::keep_unchanged(const PageFrame& page, uint64_t key, std::optional<Date> lastmod, bool in_sitemap) {
  if (!keep_file(page.output_path, key)) return false;
  ++written_;
  if (in_sitemap) pages_.push_back(PageEntry{page.url, lastmod});
  return true;
}

void PageWriter::write(const std::string& layout, const PageFrame& page, Value context, std::optional<Date> lastmod,
                       bool in_sitemap) {
  Job job{layout, page.output_path, std::move(context), nullptr, std::nullopt, 0, nullptr};
  if (in_sitemap) job.entry = PageEntry{page.url, lastmod};
  if (memo_) {
    ByteWriter encoded;
    encode_value(encoded, job.context);
    job.key = memo_->hasher().add(frame_key_).add(layout).add(encoded.bytes()).key();
    if (keep_unchanged(page, job.key, lastmod, in_sitemap)) return;
  }
  queue_.push_back(std::move(job));
  if (queue_.size() >= kBatch) flush();
}

void PageWriter::write_deferred(const std::string& layout, const PageFrame& page, std::function<Value()> make_context,
                                std::optional<Date> lastmod, uint64_t key) {
  Job job{layout, page.output_path, Value(), std::move(make_context), PageEntry{page.url, lastmod}, key, nullptr};
  queue_.push_back(std::move(job));
  if (queue_.size() >= kBatch) flush();
}

void PageWriter::flush() {
  std::vector<char> ok(queue_.size(), 0);
  parallel_for_workers(queue_.size(), static_cast<unsigned>(renderers_.size()), [&](size_t k, unsigned worker) {
    Job& job = queue_[k];
    if (job.make_file) {  // a file, not a page: written, but not counted among the pages
      write_file_recording_key(job.output_path, job.key, job.make_file());
      job.make_file = nullptr;
      return;
    }
    if (job.make_context) job.context = job.make_context();
    std::string html, error;
    if (!renderers_[worker]->render(job.layout, job.context, html, error)) {
      diags_.error(job.output_path, 0, 0, "template", "rendering " + job.output_path + " failed: " + error);
      return;
    }
    job.context = Value();  // the page's memory goes back as soon as it is rendered
    job.make_context = nullptr;
    ok[k] = out_.write_owned(job.output_path, std::move(html), error);
    if (!ok[k]) diags_.error(job.output_path, 0, 0, "io-error", error);
    if (ok[k] && memo_) memo_->record_key(job.output_path, job.key);
  });
  for (size_t k = 0; k < queue_.size(); ++k) {
    if (!ok[k]) continue;
    ++written_;
    if (queue_[k].entry) pages_.push_back(std::move(*queue_[k].entry));
  }
  queue_.clear();
}

void PageWriter::write_file_deferred(const std::string& path, uint64_t key, std::function<std::string()> make) {
  if (keep_file(path, key)) return;
  queue_.push_back(Job{std::string(), path, Value(), nullptr, std::nullopt, key, std::move(make)});
  if (queue_.size() >= kBatch) flush();
}

void PageWriter::write_file_keyed(const std::string& path, uint64_t key, const std::function<std::string()>& make) {
  if (keep_file(path, key)) return;
  write_file_recording_key(path, key, make());
}

void PageWriter::write_file_recording_key(const std::string& path, uint64_t key, const std::string& bytes) {
  if (write_file(path, bytes) && memo_) memo_->record_key(path, key);
}

bool PageWriter::write_file(const std::string& path, const std::string& bytes) {
  std::string error;
  if (!out_.write(path, bytes, error)) {
    diags_.error(path, 0, 0, "io-error", error);
    return false;
  }
  return true;
}

}  // namespace govsite
