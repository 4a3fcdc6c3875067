// Renders a page through the theme and writes it, remembering every page written (with
// the date it last changed) for sitemap.xml. One per thread; the listing, home, catalog
// and map pages share one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/date.h"
#include "core/diagnostics.h"
#include "outputs/page_context.h"
#include "publish/output_writer.h"
#include "render/templates.h"

namespace govsite {

struct PageEntry {
  std::string url;  // relative to the site root: "policies/", "policies/index_2.html"
  std::optional<Date> lastmod;
};

class PageWriter {
 public:
  PageWriter(const SiteConfig& config, const SiteFrame& frame, const TemplateSet& templates,
             OutputWriter& out, Diagnostics& diags)
      : config_(config), frame_(frame), renderer_(templates), out_(out), diags_(diags) {}

  const SiteConfig& config() const { return config_; }
  const SiteFrame& frame() const { return frame_; }

  // The common context of a page (page_context); callers add their own values.
  Value context(const PageFrame& page) const { return page_context(config_, frame_, page); }

  // Renders `layout` with `context` into page.output_path. `in_sitemap`: list it in
  // sitemap.xml (not the 404 or search pages).
  bool write(const std::string& layout, const PageFrame& page, const Value& context,
             std::optional<Date> lastmod, bool in_sitemap = true);

  // Writes a non-HTML file (catalog.csv, feeds …), reporting failures.
  bool write_file(const std::string& path, const std::string& bytes);

  const std::vector<PageEntry>& pages() const { return pages_; }
  size_t written() const { return written_; }

 private:
  const SiteConfig& config_;
  const SiteFrame& frame_;
  PageRenderer renderer_;
  OutputWriter& out_;
  Diagnostics& diags_;
  std::vector<PageEntry> pages_;
  size_t written_ = 0;
};

}  // namespace govsite
