// Documents (and the values they carry) in the build cache's binary form, so a rebuild
// takes an unchanged file's parsed document from the cache instead of running yaml-cpp on
// it again. Every field of Document is written; decode fails on anything malformed.
#pragma once

#include <optional>

#include "content/document.h"
#include "core/byte_codec.h"
#include "core/diagnostics.h"

namespace govsite {

void encode_value(ByteWriter& w, const Value& v);
Value decode_value(ByteReader& r, int depth = 0);

void encode_document(ByteWriter& w, const Document& d);
std::optional<Document> decode_document(ByteReader& r);

void encode_diagnostic(ByteWriter& w, const Diagnostic& d);
Diagnostic decode_diagnostic(ByteReader& r);

}  // namespace govsite
