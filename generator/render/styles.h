// The theme's SCSS → CSS with libsass. The only unit that includes libsass.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"

namespace govsite {

// Compiles SCSS `source`; @import resolves in `include_dir` (on disk). `display_path` names
// the entry file in diagnostics. Returns nullopt after reporting a compile error with its
// file and line.
std::optional<std::string> compile_scss(const std::string& source, const std::string& include_dir,
                                        const std::string& display_path, Diagnostics& diags);

}  // namespace govsite
