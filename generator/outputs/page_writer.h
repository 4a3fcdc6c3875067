// Renders pages through the theme and writes them, remembering every page written (with
// the date it last changed) for sitemap.xml. Pages are queued and rendered in batches on
// `jobs` threads, each with its own renderer; the order of pages() and the bytes written
// do not depend on the number of threads.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cache/render_memo.h"
#include "config/site_config.h"
#include "core/date.h"
#include "core/diagnostics.h"
#include "core/output_writer.h"
#include "outputs/page_context.h"
#include "render/templates.h"

namespace govsite {

struct PageEntry {
  std::string url;  // relative to the site root: "policies/", "policies/index_2.html"
  std::optional<Date> lastmod;
};

class PageWriter {
 public:
  PageWriter(const SiteConfig& config, const SiteFrame& frame, const TemplateSet& templates, OutputWriter& out,
             Diagnostics& diags, unsigned jobs = 1, RenderMemo* memo = nullptr);
  ~PageWriter();  // renders what is still queued

  const SiteConfig& config() const { return config_; }
  const SiteFrame& frame() const { return frame_; }

  // The common context of a page (page_context); callers add their own values.
  Value context(const PageFrame& page) const { return page_context(config_, frame_, page); }

  // Queues `layout` rendered with `context` into page.output_path. `in_sitemap`: list it
  // in sitemap.xml (not the 404 or search pages). Failures are reported to diags. With a
  // memo, a page whose layout and context are those it was last rendered from is kept.
  void write(const std::string& layout, const PageFrame& page, Value context, std::optional<Date> lastmod,
             bool in_sitemap = true);

  // The same for a page whose context is costly to build (listings, the catalog): it is
  // built by `make_context` on a rendering thread, so listings are built in parallel too.
  // Whatever make_context reads must outlive the next flush(). `key` as from key_of().
  void write_deferred(const std::string& layout, const PageFrame& page, std::function<Value()> make_context,
                      std::optional<Date> lastmod, uint64_t key);

  // For pages with many items (listings, the catalog): a key that changes with anything the
  // page's context is built from, computed without building it. The caller adds what its
  // own part of the context comes from. Then, if keep_unchanged() says the page is as the
  // previous build left it, the context need not be built at all.
  KeyHasher key_of(const std::string& layout, const PageFrame& page, std::optional<Date> lastmod) const;
  bool keep_unchanged(const PageFrame& page, uint64_t key, std::optional<Date> lastmod, bool in_sitemap = true);

  // Renders and writes every queued page.
  void flush();

  // Writes a non-HTML file (catalog.csv, feeds …) at once, reporting failures. Safe to
  // call from another thread while pages are queued and flushed (the feeds are written
  // alongside the listings): it touches only the thread-safe writer and diagnostics.
  bool write_file(const std::string& path, const std::string& bytes);
  // The same for a large file made from many documents: with a memo, `make` is not even
  // called when `key` (which must change with everything the bytes come from) is the one
  // the file was last written with.
  void write_file_keyed(const std::string& path, uint64_t key, const std::function<std::string()>& make);
  // The same, with `make` called on a rendering thread at the next flush(), beside the
  // pages: a file as costly to make as a page (catalog.csv, catalog.json) then takes no
  // longer than the slowest of them. Whatever `make` reads must outlive that flush.
  void write_file_deferred(const std::string& path, uint64_t key, std::function<std::string()> make);

  // Both include only pages already flushed.
  const std::vector<PageEntry>& pages() const { return pages_; }
  size_t written() const { return written_; }

 private:
  // Writes a keyed file and, with a memo, records the key it was made from.
  void write_file_recording_key(const std::string& path, uint64_t key, const std::string& bytes);

  // With a memo: `path` was last written from `key` and is still there, so it is kept.
  bool keep_file(const std::string& path, uint64_t key);

  struct Job {
    std::string layout;
    std::string output_path;
    Value context;
    std::function<Value()> make_context;     // when set, builds `context` at render time
    std::optional<PageEntry> entry;          // for sitemap.xml
    uint64_t key = 0;                        // render key, with a memo
    std::function<std::string()> make_file;  // when set, not a page: the bytes of the file
  };
  const SiteConfig& config_;
  const SiteFrame& frame_;
  std::vector<std::unique_ptr<PageRenderer>> renderers_;  // one per thread
  OutputWriter& out_;
  Diagnostics& diags_;
  RenderMemo* memo_;
  uint64_t frame_key_ = 0;
  std::vector<Job> queue_;
  std::vector<PageEntry> pages_;
  size_t written_ = 0;
};

}  // namespace govsite
