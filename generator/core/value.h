// A small tree of values (text, yes/no, lists, ordered maps). It carries the front matter
// keys govsite does not know (kept for templates) and the context each page is rendered
// with, so that neither yaml-cpp nor mustache leaks out of its own unit.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govsite {

// How deep a Value read from YAML may nest, counted from the object of a file's own keys
// (level 0; a key's value is level 1). The YAML reader keeps nothing deeper and the build
// cache's decoder refuses anything deeper: one limit, so every value read can be cached.
constexpr int kMaxValueDepth = 64;

class Value {
 public:
  enum class Kind { null, boolean, string, list, object };

  Value() = default;
  Value(bool b) : kind_(Kind::boolean), bool_(b) {}
  Value(std::string s) : kind_(Kind::string), string_(std::move(s)) {}
  Value(const char* s) : kind_(Kind::string), string_(s) {}
  Value(int n) : kind_(Kind::string), string_(std::to_string(n)) {}
  static Value list() {
    Value v;
    v.kind_ = Kind::list;
    return v;
  }
  static Value object() {
    Value v;
    v.kind_ = Kind::object;
    return v;
  }

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  bool as_bool() const { return bool_; }
  const std::string& as_string() const { return string_; }
  const std::vector<Value>& items() const { return items_; }
  const std::vector<std::pair<std::string, Value>>& fields() const { return fields_; }

  // Object: sets (or replaces) a field and returns *this for chaining.
  Value& set(const std::string& key, Value v);
  // List: appends an item and returns *this.
  Value& push(Value v);
  // Object: the field's value, or nullptr.
  const Value* get(std::string_view key) const;

 private:
  Kind kind_ = Kind::null;
  bool bool_ = false;
  std::string string_;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> fields_;
};

}  // namespace govsite
