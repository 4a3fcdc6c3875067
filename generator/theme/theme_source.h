// Where a theme's files come from: the site's own themes/<name>/ when it exists, otherwise
// (for the default theme) the copy compiled into govsite. A site's themes/default/ replaces
// the built-in theme: a warning when it differs from it (theme-shadows-builtin), an error
// when it lacks a layout or the stylesheet; without static/ it uses the built-in images and
// scripts.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/virtual_file_system.h"

namespace govsite {

struct ThemeSource {
  const FileSystem* fs = nullptr;              // read the theme's files through this
  std::string dir;                             // the theme folder's path for `fs`
  std::string display;                         // how diagnostics name it: themes/default, or (built-in)
  std::shared_ptr<VirtualFileSystem> builtin;  // owns the built-in files when used
};

// Every key the theme's templates read from a page's params ("params.feedback_email" →
// feedback_email): front matter keys govsite does not read itself but the theme uses.
std::set<std::string> template_param_keys(const ThemeSource& theme);

std::optional<ThemeSource> find_theme(const FileSystem& fs, const std::string& site_dir, const std::string& theme,
                                      Diagnostics& diags);

}  // namespace govsite
