// The theme's SCSS → CSS with libsass. The only unit that includes libsass. Files are read
// through the FileSystem (a custom importer serves @import), so a theme compiled into the
// binary works exactly like one on disk.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace govsite {

// Compiles the SCSS file `entry` (a path for `fs`). @import "x" resolves next to the
// importing file as _x.scss, x.scss or x. In diagnostics, paths starting with `fs_root` are
// shown starting with `display_root` instead. Returns nullopt after reporting an error
// with its file and line.
std::optional<std::string> compile_scss(const FileSystem& fs, const std::string& entry, const std::string& fs_root,
                                        const std::string& display_root, Diagnostics& diags);

}  // namespace govsite
