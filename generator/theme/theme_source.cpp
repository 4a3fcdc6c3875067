#include "theme/theme_source.h"

#include "core/messages.h"
#include "theme/embedded_theme.h"

namespace govsite {

std::optional<ThemeSource> find_theme(const FileSystem& fs, const std::string& site_dir,
                                      const std::string& theme, Diagnostics& diags) {
  ThemeSource source;
  const std::string rel = "themes/" + theme;
  if (fs.is_directory(join_path(site_dir, rel))) {
    source.fs = &fs;
    source.dir = join_path(site_dir, rel);
    source.display = rel;
    return source;
  }
  if (theme != "default") {
    diags.error("site.yaml", 0, 0, "theme",
                tr("theme.missing", {theme, rel}));
    return std::nullopt;
  }
  source.builtin = std::make_shared<MemoryFileSystem>();
  for (const auto& file : embedded_default_theme())
    source.builtin->add("builtin/" + file.path, std::string(file.bytes));
  source.fs = source.builtin.get();
  source.dir = "builtin";
  source.display = "(built-in default theme)";
  return source;
}

}  // namespace govsite
