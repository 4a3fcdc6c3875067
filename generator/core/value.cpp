#include "core/value.h"

namespace govsite {

Value& Value::set(const std::string& key, Value v) {
  kind_ = Kind::object;
  for (auto& field : fields_) {
    if (field.first == key) {
      field.second = std::move(v);
      return *this;
    }
  }
  fields_.emplace_back(key, std::move(v));
  return *this;
}

Value& Value::push(Value v) {
  kind_ = Kind::list;
  items_.push_back(std::move(v));
  return *this;
}

const Value* Value::get(std::string_view key) const {
  for (const auto& field : fields_)
    if (field.first == key) return &field.second;
  return nullptr;
}

}  // namespace govsite
