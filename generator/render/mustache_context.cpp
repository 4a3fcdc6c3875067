#include "render/mustache_context.h"

#include <cstdint>
#include <functional>
#include <string_view>

namespace govsite {

namespace mstch = kainjow::mustache;
using Data = MustacheValueContext::Data;

namespace {

const Value kTrueValue(true);
const Value kFalseValue(false);
const Data kTrueData(true);
const Data kFalseData(false);

// Strings of a page kept in their slots for the next one, up to this size each.
constexpr std::size_t kKeptCapacity = 256;

// The field `name` of an object (followed by the fields of `more`, if any).
const Value* own_field(const Value* object, const Value* more, std::string_view name) {
  if (!object || object->kind() != Value::Kind::object) return nullptr;
  const Value* v = object->get(name);
  return v || !more ? v : more->get(name);
}

// The same, or the `has_x` that comes with its list field `x`.
const Value* field(const Value* object, const Value* more, std::string_view name) {
  if (const Value* v = own_field(object, more, name)) return v;
  constexpr std::string_view has = "has_";
  if (name.compare(0, has.size(), has) != 0) return nullptr;
  const Value* list = own_field(object, more, name.substr(has.size()));
  if (!list || list->kind() != Value::Kind::list) return nullptr;
  return list->items().empty() ? &kFalseValue : &kTrueValue;
}

// "a.b.c" from `v` down, each name between two dots (an empty one included).
const Value* walk(const Value* v, const Value* more, std::string_view name) {
  for (;; more = nullptr) {
    const std::size_t dot = name.find('.');
    v = field(v, more, name.substr(0, dot));
    if (!v || dot == std::string_view::npos) return v;
    name.remove_prefix(dot + 1);
  }
}

// What kainjow is given for a list's item that is neither a list nor an object.
Data scalar(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::boolean: return Data(v.as_bool());
    case Value::Kind::string: return v.as_string().empty() ? Data(false) : Data(v.as_string());
    default: return Data(false);
  }
}

// An object's stand-in: kainjow treats an object and `true` alike (a section shows once, a
// variable shows nothing, an inverted section nothing) and asks the context for its fields.
Data stand_in() { return Data(true); }

}  // namespace

void MustacheValueContext::reset(const Value& root, const Value* site_wide) {
  release();
  frames_.clear();
  frames_.push_back({data_of(root), root.kind() == Value::Kind::object ? &root : nullptr, site_wide});
}

void MustacheValueContext::release() {
  for (std::size_t i = 0; i < used_; ++i) {
    Data& slot = slots_[i];
    if (slot.is_string() && slot.string_value().capacity() <= kKeptCapacity)
      const_cast<std::string&>(slot.string_value()).clear();
    else if (!slot.is_bool()) slot = Data(false);
  }
  used_ = 0;
  lists_.clear();
  made_.fill({});
  last_ = {nullptr, nullptr, nullptr};
}

void MustacheValueContext::push(const Data* data) {
  frames_.push_back(data == last_.data ? last_ : Frame{data, object_of_item(data), nullptr});
}

void MustacheValueContext::pop() { frames_.pop_back(); }

const Data* MustacheValueContext::get(const std::string& name) const {
  if (name.size() == 1 && name[0] == '.') {
    last_ = frames_.back();
    return last_.data;
  }
  const Value* v = name.find('.') == std::string::npos ? innermost(name) : dotted(name);
  return v ? returned(*v) : nullptr;
}

const Data* MustacheValueContext::get_partial(const std::string& name) const {
  const Value* v = innermost(name);
  return v ? returned(*v) : nullptr;
}

const Value* MustacheValueContext::innermost(const std::string& name) const {
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it)
    if (const Value* v = field(it->object, it->more, name)) return v;
  return nullptr;
}

const Value* MustacheValueContext::dotted(const std::string& name) const {
  // kainjow splits names with std::getline: a trailing '.' ends the last name without
  // starting another ("a.b." is a, b; "a.b.." is a, b and an empty name).
  std::string_view whole = name;
  whole.remove_suffix(whole.back() == '.' ? 1 : 0);
  for (auto it = frames_.rbegin(); it != frames_.rend(); ++it)
    if (const Value* v = walk(it->object, it->more, whole)) return v;
  return nullptr;
}

const Data* MustacheValueContext::returned(const Value& v) const {
  last_ = {data_of(v), v.kind() == Value::Kind::object ? &v : nullptr, nullptr};
  return last_.data;
}

const Data* MustacheValueContext::data_of(const Value& v) const {
  const Value::Kind kind = v.kind();
  if (kind == Value::Kind::null || kind == Value::Kind::boolean ||
      (kind == Value::Kind::string && v.as_string().empty()))
    return kind == Value::Kind::boolean && v.as_bool() ? &kTrueData : &kFalseData;
  Made& made = made_[(reinterpret_cast<std::uintptr_t>(&v) >> 4) % made_.size()];
  if (made.value == &v) return made.data;
  Data& slot = new_slot();
  if (kind == Value::Kind::string) {
    // The slot is this context's own (non-const) data, so writing through string_value()
    // is sound: it keeps the buffer a string of the last page had.
    if (slot.is_string()) const_cast<std::string&>(slot.string_value()).assign(v.as_string());
    else slot = Data(v.as_string());
  } else if (kind == Value::Kind::list) {
    slot = Data(Data::type::list);
    fill_list(slot, v);
  } else if (!slot.is_true()) {
    slot = stand_in();
  }
  made = {&v, &slot};
  return &slot;
}

Data& MustacheValueContext::new_slot() const {
  if (used_ == slots_.size()) slots_.emplace_back(false);
  return slots_[used_++];
}

// kainjow's list_value() is the (non-const) list being filled, so writing through it is
// sound; the items do not move once all are in, so only then are they recorded.
void MustacheValueContext::fill_list(Data& list, const Value& v) const {
  auto& items = const_cast<mstch::list&>(list.list_value());
  items.reserve(v.items().size());
  for (const Value& item : v.items()) {
    if (item.kind() == Value::Kind::list) items.emplace_back(Data::type::list);
    else items.push_back(item.kind() == Value::Kind::object ? stand_in() : scalar(item));
  }
  lists_.push_back({items.data(), items.size(), &v});
  for (std::size_t i = 0; i < items.size(); ++i)
    if (v.items()[i].kind() == Value::Kind::list) fill_list(items[i], v.items()[i]);
}

const Value* MustacheValueContext::object_of_item(const Data* item) const {
  const std::less<const Data*> before;
  for (auto it = lists_.rbegin(); it != lists_.rend(); ++it) {
    if (before(item, it->first) || !before(item, it->first + it->size)) continue;
    const Value& v = it->list->items()[static_cast<std::size_t>(item - it->first)];
    return v.kind() == Value::Kind::object ? &v : nullptr;
  }
  return nullptr;
}

}  // namespace govsite
