#include "core/diagnostic_codec.h"

namespace govsite {

void encode_diagnostic(ByteWriter& w, const Diagnostic& d) {
  w.str(d.path);
  w.i64(d.line);
  w.i64(d.column);
  w.u64(static_cast<uint64_t>(d.severity));
  w.str(d.code);
  w.str(d.message);
  w.boolean(d.follow_on);
}

Diagnostic decode_diagnostic(ByteReader& r) {
  Diagnostic d;
  d.path = r.str();
  d.line = r.i32();
  d.column = r.i32();
  d.severity = get_enum(r, Severity::error);
  d.code = r.str();
  d.message = r.str();
  d.follow_on = r.boolean();
  return d;
}

}  // namespace govsite
