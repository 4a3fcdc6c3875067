// One HTML page per published document: body rendered from Markdown with its internal
// links resolved, the type's metadata, and the pairing links (相关解读 / 相关文件,
// superseded_by and its back-link) derived from the model — editors never write them.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "cache/render_memo.h"
#include "config/site_config.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/output_writer.h"
#include "model/site_model.h"
#include "outputs/page_context.h"
#include "render/templates.h"

namespace govsite {

struct DocumentPagesResult {
  std::vector<std::string> summaries;  // per document (empty for unpublished ones)
  std::vector<std::string> texts;      // per document: plain body text, for the search index
  // per document: for a page kept from the previous build (so not in `texts`), the hash
  // of its search text from the cache; else 0
  std::vector<uint64_t> kept_text_hashes;
  size_t pages_written = 0;
};

// Also copies each published document's attachments and body images beside its page;
// they are read through `fs` below `site_dir`. With a memo, a page whose render key (its
// document's bytes, what the page shows of other documents, where its links lead, the
// files it copies) is the one the previous build rendered it from is kept, not rendered.
// Each document's body is released once its page is done (listings, feeds and the search
// index need only summaries and plain text), so a build never holds every body at once.
DocumentPagesResult write_document_pages(const FileSystem& fs, const std::string& site_dir, SiteModel& m,
                                         const SiteConfig& config, const SiteFrame& frame, const TemplateSet& templates,
                                         unsigned jobs, OutputWriter& out, Diagnostics& diags,
                                         const std::function<void(size_t, size_t)>& progress = {},
                                         RenderMemo* memo = nullptr);

}  // namespace govsite
