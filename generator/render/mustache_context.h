// How kainjow mustache reads a page's Value: a context that looks each name up in the Value
// tree and makes kainjow's data only for what the template touches. Part of the template
// unit (render/templates.cpp is its only user); no other unit includes kainjow.
//
// Turning a page's whole Value into kainjow's data before rendering (a hash map per object,
// an allocation per node, every string copied, a `has_x` made for every list) was a large
// part of the time spent rendering a page (figures in docs/performance.md).
#pragma once

#include <kainjow/mustache.hpp>

#include <array>
#include <cstddef>
#include <deque>
#include <string>
#include <vector>

#include "core/value.h"

namespace govsite {

// The same lookup rules as kainjow::mustache::context over the data the theme's
// conventions make of a Value (themes/default/README.md):
// - null and the empty string are false (mustache.js's rule; kainjow's own would render
//   an empty string's section); every list field `x` of an object comes with a boolean
//   `has_x` unless the object has a field of that name;
// - a name is looked up innermost section first; "." is the current item; "a.b" walks down
//   from the first item that has all of it, split as kainjow splits it ("a.b." is a, b).
// Lists are real kainjow lists (kainjow iterates them and pushes each item back); an object
// is a stand-in that this context maps back to its Value when kainjow pushes it.
// Not thread-safe; reset() for every page, release() after it.
class MustacheValueContext : public kainjow::mustache::basic_context<std::string> {
 public:
  using Data = kainjow::mustache::data;

  // Starts a page: `root` (and `site_wide`) must outlive the rendering. The fields of
  // `site_wide`, an object, read as if they were the root's own, after them: the parts of
  // every page's context that are the same on each are then not copied into every page.
  void reset(const Value& root, const Value* site_wide = nullptr);
  // Drops the data made for the page (its copies of strings).
  void release();

  void push(const Data* data) override;
  void pop() override;
  const Data* get(const std::string& name) const override;
  // Partials are expanded when the theme is loaded, so kainjow never asks for one; looked
  // up like a name without dots all the same, as kainjow's own context does.
  const Data* get_partial(const std::string& name) const override;

 private:
  struct Frame {
    const Data* data;
    const Value* object;  // the Value behind `data` when it is an object, else nullptr
    const Value* more;    // the root's: fields read after the object's own
  };
  struct ListMade {
    const Data* first;  // its items
    std::size_t size;
    const Value* list;
  };
  struct Made {
    const Value* value = nullptr;
    const Data* data = nullptr;
  };

  const Value* innermost(const std::string& name) const;
  const Value* dotted(const std::string& name) const;
  const Data* returned(const Value& v) const;
  const Data* data_of(const Value& v) const;
  Data& new_slot() const;
  void fill_list(Data& list, const Value& v) const;
  const Value* object_of_item(const Data* item) const;

  std::vector<Frame> frames_;  // innermost last
  // kainjow pushes either what get() returned last (a section's value) or, one by one, the
  // items of a list it was given: those are the only two ways back from data to a Value.
  mutable Frame last_{nullptr, nullptr, nullptr};
  mutable std::vector<ListMade> lists_;
  // The data made for the page, in slots kainjow may point to until the page is done (so
  // they never move); the next page reuses them, and their strings' buffers when small.
  mutable std::deque<Data> slots_;
  mutable std::size_t used_ = 0;
  // The data made last for a few recent nodes, by address: a name used many times on a page
  // ({{root}}) is copied once. A node whose entry was taken by another is simply made again.
  mutable std::array<Made, 256> made_;
};

}  // namespace govsite
