#include "render/styles.h"

#include <sass.h>

#include <cstdlib>
#include <cstring>

namespace govsite {

std::optional<std::string> compile_scss(const std::string& source, const std::string& include_dir,
                                        const std::string& display_path, Diagnostics& diags) {
  // libsass takes ownership of the source buffer and frees it with free().
  char* buffer = static_cast<char*>(std::malloc(source.size() + 1));
  std::memcpy(buffer, source.c_str(), source.size() + 1);
  Sass_Data_Context* data_ctx = sass_make_data_context(buffer);
  Sass_Context* ctx = sass_data_context_get_context(data_ctx);
  Sass_Options* options = sass_context_get_options(ctx);
  sass_option_set_output_style(options, SASS_STYLE_COMPRESSED);
  sass_option_set_precision(options, 5);
  sass_option_set_include_path(options, include_dir.c_str());
  sass_option_set_input_path(options, display_path.c_str());
  sass_compile_data_context(data_ctx);

  std::optional<std::string> css;
  if (sass_context_get_error_status(ctx) != 0) {
    const char* file = sass_context_get_error_file(ctx);
    const char* msg = sass_context_get_error_message(ctx);
    std::string where = display_path;
    if (file && std::strcmp(file, "stdin") != 0 && display_path != file) {
      // An error inside an imported partial: name it relative to the entry's folder.
      std::string f = file;
      std::string dir = include_dir + "/";
      std::string display_dir = display_path.substr(0, display_path.rfind('/') + 1);
      where = f.compare(0, dir.size(), dir) == 0 ? display_dir + f.substr(dir.size()) : f;
    }
    diags.error(where, static_cast<int>(sass_context_get_error_line(ctx)),
                static_cast<int>(sass_context_get_error_column(ctx)), "scss",
                std::string("SCSS: ") + (msg ? msg : "compile error"));
  } else {
    const char* out = sass_context_get_output_string(ctx);
    css = out ? out : "";
  }
  sass_delete_data_context(data_ctx);
  return css;
}

}  // namespace govsite
