// The theme's stylesheet (SCSS compiled by libsass, written as css/site.<hash>.css) and its
// static files (static/img/x.svg → img/x.svg). CSS and JS get a content fingerprint in their names so servers can let
// browsers cache them for a long time; templates learn the names through ThemeAssets.
#pragma once

#include <optional>
#include <string>

#include "cache/build_cache.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/output_writer.h"
#include "outputs/page_context.h"

namespace govsite {

// `theme_dir` is the theme's path for the file system, `theme_rel` its name in diagnostics.
ThemeAssets write_theme_assets(const FileSystem& fs, const std::string& theme_dir, const std::string& theme_rel,
                               OutputWriter& out, Diagnostics& diags);

// The previous build's theme files kept in place, when the build cache says they were made
// from this very theme (its identity matched): compiling the SCSS was most of a one-change
// rebuild's theme stage. Nullopt when the cache has none or one cannot be kept.
std::optional<ThemeAssets> keep_theme_assets(const ThemeAssets& previous, OutputWriter& out);

}  // namespace govsite
