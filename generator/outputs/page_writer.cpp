#include "outputs/page_writer.h"

#include "content/document_codec.h"
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
  for (unsigned w = 0; w < std::max(1u, jobs); ++w) renderers_.push_back(std::make_unique<PageRenderer>(templates));
}

PageWriter::~PageWriter() { flush(); }

void PageWriter::write(const std::string& layout, const PageFrame& page, Value context,
                       std::optional<Date> lastmod, bool in_sitemap) {
  Job job{layout, page.output_path, std::move(context), std::nullopt, 0};
  if (in_sitemap) job.entry = PageEntry{page.url, lastmod};
  if (memo_) {
    ByteWriter encoded;
    encode_value(encoded, job.context);
    job.key = memo_->hasher().add(layout).add(encoded.bytes()).key();
    if (memo_->unchanged(job.output_path, job.key) && out_.keep(job.output_path)) {
      memo_->record_key(job.output_path, job.key);
      ++written_;
      if (job.entry) pages_.push_back(std::move(*job.entry));
      return;
    }
  }
  queue_.push_back(std::move(job));
  if (queue_.size() >= kBatch) flush();
}

void PageWriter::flush() {
  std::vector<char> ok(queue_.size(), 0);
  parallel_for_workers(queue_.size(), static_cast<unsigned>(renderers_.size()), [&](size_t k, unsigned worker) {
    Job& job = queue_[k];
    std::string html, error;
    if (!renderers_[worker]->render(job.layout, job.context, html, error)) {
      diags_.error(job.output_path, 0, 0, "template", "rendering " + job.output_path + " failed: " + error);
      return;
    }
    job.context = Value();  // the page's memory goes back as soon as it is rendered
    ok[k] = write_file(job.output_path, html);
    if (ok[k] && memo_) memo_->record_key(job.output_path, job.key);
  });
  for (size_t k = 0; k < queue_.size(); ++k) {
    if (!ok[k]) continue;
    ++written_;
    if (queue_[k].entry) pages_.push_back(std::move(*queue_[k].entry));
  }
  queue_.clear();
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
