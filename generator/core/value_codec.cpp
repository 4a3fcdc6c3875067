#include "core/value_codec.h"

namespace govsite {

void encode_value(ByteWriter& w, const Value& v) {
  w.u64(static_cast<uint64_t>(v.kind()));
  switch (v.kind()) {
    case Value::Kind::null: break;
    case Value::Kind::boolean: w.boolean(v.as_bool()); break;
    case Value::Kind::string: w.str(v.as_string()); break;
    case Value::Kind::list:
      w.u64(v.items().size());
      for (const auto& item : v.items()) encode_value(w, item);
      break;
    case Value::Kind::object:
      w.u64(v.fields().size());
      for (const auto& [key, value] : v.fields()) {
        w.str(key);
        encode_value(w, value);
      }
      break;
  }
}

Value decode_value(ByteReader& r, int depth) {
  // As deep as the YAML reader keeps: past kMaxValueDepth it keeps nothing but null (its
  // cut-off), so anything else there is corrupt, and decoding cannot recurse without bound.
  const uint64_t kind = r.u64();
  if (kind > static_cast<uint64_t>(Value::Kind::object) ||  // a tag no Value has
      (depth > kMaxValueDepth && kind != static_cast<uint64_t>(Value::Kind::null))) {
    r.refuse();
    return Value();
  }
  // The same cases as encode_value's, in its order.
  switch (static_cast<Value::Kind>(kind)) {
    case Value::Kind::null: return Value();
    case Value::Kind::boolean: return Value(r.boolean());
    case Value::Kind::string: return Value(r.str());
    case Value::Kind::list: {
      Value list = Value::list();
      for (size_t n = r.count(); n > 0 && r.ok(); --n) list.push(decode_value(r, depth + 1));
      return list;
    }
    case Value::Kind::object: {
      Value object = Value::object();
      for (size_t n = r.count(); n > 0 && r.ok(); --n) {
        std::string key = r.str();
        object.set(key, decode_value(r, depth + 1));
      }
      return object;
    }
  }
  return Value();
}

void transfer(ByteWriter& w, const Value& v) { encode_value(w, v); }
void transfer(ByteReader& r, Value& v) { v = decode_value(r); }

}  // namespace govsite
