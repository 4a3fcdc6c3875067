// Prints collected diagnostics for people (with the source line and a caret) or for
// machines (JSON lines).
#pragma once

#include <cstdio>
#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"

namespace govsite {

// Paths in diagnostics are relative to `site_dir`; source lines are read through `fs`.
void print_diagnostics(const Diagnostics& diags, const FileSystem& fs, const std::string& site_dir, bool json,
                       bool errors_only, std::FILE* out);

}  // namespace govsite
