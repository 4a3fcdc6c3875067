// Values (core/value.h: front matter's unknown keys, page contexts) in the build cache's
// binary form (core/byte_codec.h). Decoding is bounded by kMaxValueDepth, so a corrupt
// cache cannot recurse without end. A value is not a list of fields but one of five kinds:
// both sides switch on Value::Kind, whose number is what is written.
#pragma once

#include "core/byte_codec.h"
#include "core/value.h"

namespace govsite {

void encode_value(ByteWriter& w, const Value& v);
Value decode_value(ByteReader& r, int depth = 0);
// The same for the field lists of other codecs (core/byte_codec.h).
void transfer(ByteWriter& w, const Value& v);
void transfer(ByteReader& r, Value& v);

}  // namespace govsite
