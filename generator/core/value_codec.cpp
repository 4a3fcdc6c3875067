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
  // As deep as the YAML reader keeps (no deeper: a corrupt cache cannot recurse without bound).
  if (depth > kMaxValueDepth) {
    r.count();  // cannot be trusted: make the reader fail
    return Value();
  }
  switch (r.u64()) {
    case 0: return Value();
    case 1: return Value(r.boolean());
    case 2: return Value(r.str());
    case 3: {
      Value list = Value::list();
      for (size_t n = r.count(); n > 0 && r.ok(); --n) list.push(decode_value(r, depth + 1));
      return list;
    }
    case 4: {
      Value object = Value::object();
      for (size_t n = r.count(); n > 0 && r.ok(); --n) {
        std::string key = r.str();
        object.set(key, decode_value(r, depth + 1));
      }
      return object;
    }
    default: r.count(); r.u64(); return Value();
  }
}

}  // namespace govsite
