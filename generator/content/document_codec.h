// Documents in the build cache's binary form, so a rebuild takes an unchanged file's parsed
// document from the cache instead of running yaml-cpp on it again. Every field of Document
// is written but source_hash (the cache entry's) and body_pending, each listed once for
// both directions (core/byte_codec.h; its values and diagnostics with core/value_codec.h
// and core/diagnostic_codec.h); decode fails on anything malformed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content/document.h"
#include "core/byte_codec.h"
#include "core/diagnostics.h"

namespace govsite {

void encode_document(ByteWriter& w, const Document& d);
std::optional<Document> decode_document(ByteReader& r);

// A parse result (the document, or none when it was refused) and its diagnostics: what the
// build cache keeps of a .md file (CachedDocument::encoded).
std::string encode_parsed_document(const std::optional<Document>& doc, const std::vector<Diagnostic>& diagnostics);
bool decode_parsed_document(std::string_view encoded, std::optional<Document>& doc,
                            std::vector<Diagnostic>& diagnostics);

}  // namespace govsite
