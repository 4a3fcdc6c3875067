// The YAML slips an editor typing with a Chinese input method makes, found before yaml-cpp
// sees the text: a tab in the indentation, a full-width colon "：" or space "　", no space
// after a colon, an unclosed "[", "{" or quote, and "review: []" left above list items.
// yaml-cpp reports these in its own words, often on the next line ("illegal map value");
// these checks name the slip on its own line and column and say what to type instead.
// Values stay free text: "title: 关于：xx", quoted strings, block scalars (| and >) and
// continuation lines of a value are never looked into.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace govsite {

struct YamlSlip {
  int line = 0;    // 1-based within the YAML text
  int column = 0;  // 1-based, in characters
  std::string code;
};

// At most one slip per line, in line order.
std::vector<YamlSlip> find_yaml_slips(std::string_view yaml);

// The message for a slip's code, in Chinese (the default) or English.
std::string yaml_slip_message(const std::string& code, bool chinese = true);

// Reports each slip of `yaml` (which starts at line `first_line` of `path`) as an error;
// true when there was any.
bool report_yaml_slips(std::string_view yaml, const std::string& path, int first_line, Diagnostics& diags);

}  // namespace govsite
