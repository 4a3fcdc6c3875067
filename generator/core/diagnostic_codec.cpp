#include "core/diagnostic_codec.h"

namespace govsite {

namespace {

template <typename Io>
void transfer_fields(Io& io, Ref<Io, Diagnostic> d) {
  transfer(io, d.path);
  transfer(io, d.line);
  transfer(io, d.column);
  transfer(io, d.severity, Severity::error);
  transfer(io, d.code);
  transfer(io, d.message);
  transfer(io, d.follow_on);
}

}  // namespace

void transfer(ByteWriter& w, const Diagnostic& d) { transfer_fields(w, d); }
void transfer(ByteReader& r, Diagnostic& d) { transfer_fields(r, d); }

void encode_diagnostic(ByteWriter& w, const Diagnostic& d) { transfer(w, d); }

Diagnostic decode_diagnostic(ByteReader& r) {
  Diagnostic d;
  transfer(r, d);
  return d;
}

}  // namespace govsite
