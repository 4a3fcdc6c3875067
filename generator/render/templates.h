// The theme's mustache templates. The only unit that includes kainjow mustache (with its context,
// render/mustache_context.h). Partials are expanded textually once at load time, so each layout is
// parsed once per renderer instead of re-parsing every partial on every page.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/value.h"

namespace govsite {

class TemplateSet {
 public:
  // Loads themes/<theme>/templates/layouts/*.mustache and partials/*.mustache.
  // `theme_dir` is a path for the file system, `theme_rel` its site-relative name for
  // diagnostics. Reports missing files, unknown partials and syntax errors.
  static TemplateSet load(const FileSystem& fs, const std::string& theme_dir, const std::string& theme_rel,
                          Diagnostics& diags);

  bool has_layout(const std::string& name) const { return layouts_.count(name) > 0; }
  const std::map<std::string, std::string>& layouts() const { return layouts_; }

 private:
  friend class PageRenderer;
  struct Parsed;  // kainjow's parse of a layout, which each renderer copies

  std::map<std::string, std::string> layouts_;  // name → source with partials expanded
  std::map<std::string, std::shared_ptr<const Parsed>> parsed_;
};

// Renders pages with a TemplateSet. Not thread-safe: give each worker thread its own.
class PageRenderer {
 public:
  // `site_wide` (an object, or nullptr): fields every page's context has, the same on each
  // (SiteFrame::site_wide), read after the page's own as if they were among them.
  explicit PageRenderer(const TemplateSet& set, const Value* site_wide = nullptr);
  ~PageRenderer();

  // Renders `layout` with `context`. On a template error returns false with `error` set.
  bool render(const std::string& layout, const Value& context, std::string& out, std::string& error);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace govsite
