#include "render/styles.h"

#include <sass.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "core/messages.h"

namespace govsite {

namespace {

struct ImportContext {
  const FileSystem* fs;
  std::string entry;
  std::string root;  // imports must stay below this folder (the theme), lexically normalized
};

std::string lexically_normal(const std::string& path) {
  return std::filesystem::path(path).lexically_normal().generic_string();
}

// libsass frees what it is given with free().
char* copy_for_sass(const std::string& s) {
  char* buffer = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(buffer, s.c_str(), s.size() + 1);
  return buffer;
}

Sass_Import_List import_from_file_system(const char* url, Sass_Importer_Entry importer, Sass_Compiler* compiler) {
  const auto* ctx = static_cast<const ImportContext*>(sass_importer_get_cookie(importer));
  Sass_Import_Entry parent = sass_compiler_get_last_import(compiler);
  const char* parent_path = parent ? sass_import_get_abs_path(parent) : nullptr;
  const std::string base = parent_path && *parent_path ? govsite::parent_path(parent_path)
                                                       : govsite::parent_path(ctx->entry);
  std::string rel = url;
  std::string dir = govsite::parent_path(rel);
  std::string name = rel.substr(rel.rfind('/') == std::string::npos ? 0 : rel.rfind('/') + 1);
  Sass_Import_List list = sass_make_import_list(1);
  for (const std::string& candidate : {"_" + name + ".scss", name + ".scss", name}) {
    const std::string path = lexically_normal(join_path(join_path(base, dir), candidate));
    if (path.compare(0, ctx->root.size(), ctx->root) != 0) {
      list[0] = sass_make_import_entry(url, nullptr, nullptr);
      sass_import_set_error(list[0], tr("scss.import-outside", {url}).c_str(), 0, 0);
      return list;
    }
    std::string source, error;
    if (ctx->fs->is_file(path) && !ctx->fs->is_file_without_links(ctx->root, path)) {
      // As for static/ and templates/: a link could carry any file on the machine into the CSS.
      list[0] = sass_make_import_entry(url, nullptr, nullptr);
      sass_import_set_error(list[0], tr("scss.import-symlink", {url}).c_str(), 0, 0);
      return list;
    }
    if (ctx->fs->is_file(path) && ctx->fs->read_file(path, source, error)) {
      list[0] = sass_make_import_entry(path.c_str(), copy_for_sass(source), nullptr);
      return list;
    }
  }
  list[0] = sass_make_import_entry(url, nullptr, nullptr);
  sass_import_set_error(list[0], tr("scss.import-missing", {url}).c_str(), 0, 0);
  return list;
}

std::string display(const std::string& path, const std::string& fs_root, const std::string& display_root) {
  if (path.compare(0, fs_root.size(), fs_root) == 0) return display_root + path.substr(fs_root.size());
  return path;
}

}  // namespace

std::optional<std::string> compile_scss(const FileSystem& fs, const std::string& entry, const std::string& fs_root,
                                        const std::string& display_root, Diagnostics& diags) {
  std::string source, error;
  if (fs.is_file(entry) && !fs.is_file_without_links(fs_root, entry)) {
    diags.error(display(entry, fs_root, display_root), 0, 0, "theme", tr("theme.stylesheet-symlink"));
    return std::nullopt;
  }
  if (!fs.read_file(entry, source, error)) {
    diags.error(display(entry, fs_root, display_root), 0, 0, "theme", tr("theme.stylesheet-unreadable", {error}));
    return std::nullopt;
  }
  ImportContext import_ctx{&fs, entry, lexically_normal(fs_root) + "/"};
  Sass_Data_Context* data_ctx = sass_make_data_context(copy_for_sass(source));
  Sass_Context* ctx = sass_data_context_get_context(data_ctx);
  Sass_Options* options = sass_context_get_options(ctx);
  sass_option_set_output_style(options, SASS_STYLE_COMPRESSED);
  sass_option_set_precision(options, 5);
  sass_option_set_input_path(options, entry.c_str());
  Sass_Importer_List importers = sass_make_importer_list(1);
  sass_importer_set_list_entry(importers, 0, sass_make_importer(import_from_file_system, 0, &import_ctx));
  sass_option_set_c_importers(options, importers);  // the context takes ownership
  sass_compile_data_context(data_ctx);

  std::optional<std::string> css;
  if (sass_context_get_error_status(ctx) != 0) {
    const char* file = sass_context_get_error_file(ctx);
    const char* msg = sass_context_get_error_text(ctx);  // the message alone; the position is ours
    std::string where = file && std::strcmp(file, "stdin") != 0 ? file : entry;
    diags.error(display(where, fs_root, display_root), static_cast<int>(sass_context_get_error_line(ctx)),
                static_cast<int>(sass_context_get_error_column(ctx)), "scss",
                tr("scss", {msg ? std::string(msg) : tr("scss.compile-error")}));
  } else {
    const char* out = sass_context_get_output_string(ctx);
    css = out ? out : "";
  }
  sass_delete_data_context(data_ctx);
  return css;
}

}  // namespace govsite
