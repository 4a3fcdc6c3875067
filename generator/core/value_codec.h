// Values (core/value.h: front matter's unknown keys, page contexts) in the build cache's
// binary form (core/byte_codec.h). Decoding is bounded by kMaxValueDepth, so a corrupt
// cache cannot recurse without end.
#pragma once

#include "core/byte_codec.h"
#include "core/value.h"

namespace govsite {

void encode_value(ByteWriter& w, const Value& v);
Value decode_value(ByteReader& r, int depth = 0);

}  // namespace govsite
