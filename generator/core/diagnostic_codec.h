// Diagnostics in the build cache's binary form (core/byte_codec.h): those a parsed
// document carries, and those the last build printed.
#pragma once

#include "core/byte_codec.h"
#include "core/diagnostics.h"

namespace govsite {

void encode_diagnostic(ByteWriter& w, const Diagnostic& d);
Diagnostic decode_diagnostic(ByteReader& r);
// The same for the field lists of other codecs (core/byte_codec.h).
void transfer(ByteWriter& w, const Diagnostic& d);
void transfer(ByteReader& r, Diagnostic& d);

}  // namespace govsite
