#include "outputs/theme_assets.h"

#include "core/hashing.h"
#include "core/messages.h"
#include "render/styles.h"

namespace govsite {

namespace {

// "js/site.js" + "ab12" → "js/site.ab12.js"
std::string with_fingerprint(const std::string& rel, const std::string& bytes) {
  size_t dot = rel.rfind('.');
  size_t slash = rel.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) dot = rel.size();
  return rel.substr(0, dot) + "." + fingerprint(bytes) + rel.substr(dot);
}

void write_or_report(OutputWriter& out, const std::string& rel, const std::string& bytes, ThemeAssets& assets,
                     Diagnostics& diags) {
  std::string error;
  if (!out.write(rel, bytes, error)) diags.error(rel, 0, 0, "io-error", error);
  assets.files.push_back(rel);
}

}  // namespace

ThemeAssets write_theme_assets(const FileSystem& fs, const std::string& theme_dir, const std::string& theme_rel,
                               OutputWriter& out, Diagnostics& diags) {
  ThemeAssets assets;
  std::string error;
  const std::string entry = join_path(theme_dir, "scss/site.scss");
  if (auto css = compile_scss(fs, entry, theme_dir, theme_rel, diags)) {
    assets.css = with_fingerprint("css/site.css", *css);
    write_or_report(out, assets.css, *css, assets, diags);
  }

  const std::string static_dir = join_path(theme_dir, "static");
  std::vector<std::string> problems;
  if (!fs.is_directory(static_dir)) return assets;  // a theme without images or scripts
  for (const auto& rel : fs.list_files(static_dir, problems)) {
    std::string bytes;
    if (!fs.read_file(join_path(static_dir, rel), bytes, error)) {
      diags.error(theme_rel + "/static/" + rel, 0, 0, "theme", tr("theme.unreadable", {error}));
      continue;
    }
    std::string target = rel;  // static/img/x.svg → img/x.svg
    if (ends_with(rel, ".js") || ends_with(rel, ".css")) target = with_fingerprint(target, bytes);
    if (rel == "js/site.js") assets.js = target;
    if (rel == "js/search.js") assets.search_js = target;
    write_or_report(out, target, bytes, assets, diags);
  }
  for (const auto& p : problems) diags.error(theme_rel + "/static", 0, 0, "theme", p);
  return assets;
}

std::optional<ThemeAssets> keep_theme_assets(const ThemeAssets& previous, OutputWriter& out) {
  if (previous.files.empty()) return std::nullopt;
  for (const auto& rel : previous.files)
    if (!out.keep(rel)) return std::nullopt;  // what was kept is simply written again
  return previous;
}

}  // namespace govsite
