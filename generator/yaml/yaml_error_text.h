// yaml-cpp says why it could not read a file in English ("end of map not found"). An editor
// reads the reason in Chinese: each reason yaml-cpp can give while parsing has a catalog
// entry that says what to change; in English, and for a reason without an entry, yaml-cpp's
// own words are shown.
#pragma once

#include <string>

namespace govsite {

// The reason of a YAML::ParserException's `msg`, in the catalog's language.
std::string yaml_error_text(const std::string& yaml_cpp_reason);

}  // namespace govsite
