// Percent-encoding of paths for URLs (Chinese file names are common in government
// attachments) and decoding of what editors write.
#pragma once

#include <string>
#include <string_view>

namespace govsite {

// Encodes every byte outside A-Z a-z 0-9 - . _ ~ and '/' as %XX (upper case), so
// "附件/表 1.xlsx" becomes "%E9%99%84%E4%BB%B6/%E8%A1%A8%201.xlsx".
std::string percent_encode_path(std::string_view path);

// The same for a query parameter's value: '/' is encoded too.
std::string percent_encode_component(std::string_view text);

// Decodes %XX sequences; anything malformed is kept as written.
std::string percent_decode(std::string_view s);

}  // namespace govsite
