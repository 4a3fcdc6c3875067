// The theme's stylesheet (SCSS compiled by libsass, written as css/site.<hash>.css) and its
// static files (static/img/x.svg → img/x.svg). CSS and JS get a content fingerprint in their names so servers can let browsers
// cache them for a long time; templates learn the names through ThemeAssets.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "outputs/page_context.h"
#include "publish/output_writer.h"

namespace govsite {

// `theme_dir` is the theme's path for the file system, `theme_rel` its name in diagnostics.
ThemeAssets write_theme_assets(const FileSystem& fs, const std::string& theme_dir,
                               const std::string& theme_rel, OutputWriter& out,
                               Diagnostics& diags);

}  // namespace govsite
