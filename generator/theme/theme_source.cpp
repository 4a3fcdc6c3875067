#include "theme/theme_source.h"

#include <cctype>
#include <map>

#include "core/messages.h"
#include "theme/embedded_theme.h"

namespace govsite {

namespace {

// A site's themes/default/ replaces the built-in theme. One that is the built-in theme file
// for file (README.md aside: a copy of this govsite's own, as in the sample site) replaces
// nothing until govsite is upgraded, and is not reported; one that differs is a warning,
// one without any layout or without the stylesheet an error (nullopt). Without a static/ folder
// the built-in theme's images and scripts are used, which its templates link to.
std::optional<ThemeSource> shadowing_theme(const FileSystem& fs, const std::string& dir, const std::string& rel,
                                           Diagnostics& diags) {
  std::vector<std::string> problems;
  std::map<std::string, std::string> site;
  for (const auto& file : fs.list_files(dir, problems)) {
    if (file == "README.md") continue;
    std::string bytes, error;
    if (!fs.read_file(join_path(dir, file), bytes, error)) bytes = "\n" + error;  // never equal
    site.emplace(file, std::move(bytes));
  }
  bool same = problems.empty() && site.size() == embedded_default_theme().size();
  for (const auto& file : embedded_default_theme()) {
    auto it = site.find(file.path);
    if (it == site.end() || it->second != file.bytes) same = false;
  }
  // What any theme needs: the stylesheet and page layouts (which layouts a site needs
  // depends on its documents: rendering names one that is missing). Static files are
  // optional. (Asked of the folder: a stylesheet behind a symbolic link is refused later,
  // with its own message.)
  std::vector<std::string> missing;
  if (!fs.is_file(join_path(dir, "scss/site.scss"))) missing.push_back("scss/site.scss");
  bool layouts = false;
  for (const auto& [file, bytes] : site)
    layouts = layouts || (file.compare(0, 18, "templates/layouts/") == 0 && ends_with(file, ".mustache"));
  if (!layouts) missing.push_back("templates/layouts/*.mustache");
  if (!missing.empty()) {
    std::string names;
    for (const auto& m : missing) names += (names.empty() ? "" : tr("theme.list-separator")) + m;
    diags.error(rel, 0, 0, "theme",
                tr(missing.size() == 1 ? "theme.incomplete-shadow.one" : "theme.incomplete-shadow",
                   {rel, std::to_string(missing.size()), names}));
    return std::nullopt;
  }
  if (!same) diags.warning(rel, 0, 0, "theme-shadows-builtin", tr("theme-shadows-builtin", {rel}));
  ThemeSource source;
  source.display = rel;
  // A folder with files list_files() leaves out (symbolic links) is read where it is, so
  // that the stylesheet's own checks see them.
  if (fs.is_directory(join_path(dir, "static")) || !problems.empty()) {
    source.fs = &fs;
    source.dir = dir;
    return source;
  }
  source.builtin = std::make_shared<VirtualFileSystem>();
  for (auto& [file, bytes] : site) source.builtin->add("site/" + file, std::move(bytes));
  for (const auto& file : embedded_default_theme())
    if (file.path.compare(0, 7, "static/") == 0) source.builtin->add("site/" + file.path, std::string(file.bytes));
  source.fs = source.builtin.get();
  source.dir = "site";
  return source;
}

}  // namespace

std::optional<ThemeSource> find_theme(const FileSystem& fs, const std::string& site_dir, const std::string& theme,
                                      Diagnostics& diags) {
  ThemeSource source;
  const std::string rel = "themes/" + theme;
  if (fs.is_directory(join_path(site_dir, rel))) {
    if (theme == "default") return shadowing_theme(fs, join_path(site_dir, rel), rel, diags);
    source.fs = &fs;
    source.dir = join_path(site_dir, rel);
    source.display = rel;
    return source;
  }
  if (theme != "default") {
    diags.error("site.yaml", 0, 0, "theme", tr("theme.missing", {theme, rel}));
    return std::nullopt;
  }
  source.builtin = std::make_shared<VirtualFileSystem>();
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
      while (end < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '_' || text[end] == '-'))
        ++end;
      if (end > start) keys.insert(text.substr(start, end - start));
    }
  }
  return keys;
}

}  // namespace govsite
