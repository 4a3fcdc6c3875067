#include "theme/theme_source.h"

#include <cctype>

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

std::set<std::string> template_param_keys(const ThemeSource& theme) {
  std::set<std::string> keys;
  std::vector<std::string> problems;  // a theme that cannot be listed is reported when rendering
  for (const auto& rel : theme.fs->list_files(theme.dir, problems)) {
    if (!ends_with(rel, ".mustache")) continue;
    std::string text, error;
    if (!theme.fs->read_file(join_path(theme.dir, rel), text, error)) continue;
    for (size_t at = text.find("params."); at != std::string::npos; at = text.find("params.", at + 1)) {
      const size_t start = at + 7;
      size_t end = start;
      while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '-'))
        ++end;
      if (end > start) keys.insert(text.substr(start, end - start));
    }
  }
  return keys;
}

}  // namespace govsite
