// Placeholders: the values `govsite init` leaves for a department to fill in, written
// 【请填写：网站标识码】. Each one left is reported (`placeholder`) where it stands, and is
// nothing else: a placeholder in a YAML value counts as not yet given, so it raises no
// second diagnostic (missing key, bad value) beside its own.
#pragma once

#include <string>
#include <string_view>

#include "core/diagnostics.h"

namespace govsite {

// Every placeholder starts with this; what follows up to 】 says what to write.
constexpr std::string_view kPlaceholderStart = "【请填写";

bool has_placeholder(std::string_view text);

// Reports each placeholder of `text` (the whole file: `path`'s line 1 is its first line)
// at its line and column (in characters) with `severity`.
void report_placeholders(std::string_view text, const std::string& path, Severity severity, Diagnostics& diags);

}  // namespace govsite
