#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <regex>
#include <unordered_map>
#include <vector>

#include "core/html_escape.h"
#include "core/messages.h"

namespace govsite {

namespace mstch = kainjow::mustache;

namespace {

const std::string kSuffix = ".mustache";

std::map<std::string, std::string> load_folder(const FileSystem& fs, const std::string& dir) {
  std::map<std::string, std::string> out;
  std::vector<std::string> problems;
  for (const auto& rel : fs.list_files(dir, problems)) {
    if (rel.size() <= kSuffix.size() || !ends_with(rel, kSuffix)) continue;
    std::string text, error;
    if (fs.read_file(join_path(dir, rel), text, error))
      out[rel.substr(0, rel.size() - kSuffix.size())] = std::move(text);
  }
  return out;
}

// Replaces every {{> name}} with the partial's text, recursively (a partial may include
// another). Reports unknown partials and include cycles.
bool expand_partials(std::string& text, const std::map<std::string, std::string>& partials, int depth,
                     const std::string& where, Diagnostics& diags) {
  static const std::regex tag(R"(\{\{>\s*([A-Za-z0-9_./-]+)\s*\}\})");
  if (depth > 16) {
    diags.error(where, 0, 0, "template", tr("template.partial-cycle"));
    return false;
  }
  std::string out;
  auto begin = std::sregex_iterator(text.begin(), text.end(), tag);
  size_t last = 0;
  for (auto it = begin; it != std::sregex_iterator(); ++it) {
    out.append(text, last, it->position() - last);
    const std::string name = (*it)[1];
    auto p = partials.find(name);
    if (p == partials.end()) {
      diags.error(where, 0, 0, "template", tr("template.unknown-partial", {name}));
      return false;
    }
    std::string inner = p->second;
    if (!expand_partials(inner, partials, depth + 1, where, diags)) return false;
    out += inner;
    last = it->position() + it->length();
  }
  out.append(text, last, std::string::npos);
  text = std::move(out);
  return true;
}

// Two conventions make templates simpler to write (themes/default/README.md):
// an empty string is false in {{#x}}, as in mustache.js (kainjow treats it as true), and
// every list field `x` of an object comes with a boolean `has_x`, so a box with a heading
// can wrap a list without repeating once per item.
//
// kainjow's set() and push_back() copy what they are given, so building a tree with them
// copies every subtree once per level above it (a page's body several times over). The
// children are moved in instead: the containers behind list_value() and get() belong to
// the (non-const) data being built, so writing through them is sound.
mstch::data to_data(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::null: return mstch::data(false);
    case Value::Kind::boolean: return mstch::data(v.as_bool());
    case Value::Kind::string: return v.as_string().empty() ? mstch::data(false) : mstch::data(v.as_string());
    case Value::Kind::list: {
      mstch::data list = mstch::data::type::list;
      auto& items = const_cast<mstch::list&>(list.list_value());
      items.reserve(v.items().size());
      for (const auto& item : v.items()) items.push_back(to_data(item));
      return list;
    }
    case Value::Kind::object: {
      mstch::data obj = mstch::data::type::object;
      auto put = [&obj](const std::string& key, mstch::data value) {
        obj.set(key, mstch::data(false));
        const_cast<mstch::data&>(*obj.get(key)) = std::move(value);
      };
      for (const auto& [key, value] : v.fields()) {
        put(key, to_data(value));
        if (value.kind() == Value::Kind::list && !v.get("has_" + key))
          put("has_" + key, mstch::data(!value.items().empty()));
      }
      return obj;
    }
  }
  return mstch::data(false);
}

}  // namespace

TemplateSet TemplateSet::load(const FileSystem& fs, const std::string& theme_dir, const std::string& theme_rel,
                              Diagnostics& diags) {
  TemplateSet set;
  const auto partials = load_folder(fs, join_path(theme_dir, "templates/partials"));
  auto layouts = load_folder(fs, join_path(theme_dir, "templates/layouts"));
  if (layouts.empty()) diags.error(theme_rel + "/templates/layouts", 0, 0, "template", tr("template.no-layouts"));
  for (auto& [name, text] : layouts) {
    const std::string where = theme_rel + "/templates/layouts/" + name + kSuffix;
    if (!expand_partials(text, partials, 0, where, diags)) continue;
    mstch::mustache parsed(text);
    if (!parsed.is_valid()) {
      diags.error(where, 0, 0, "template", tr("template.syntax", {parsed.error_message()}));
      continue;
    }
    set.layouts_[name] = std::move(text);
  }
  return set;
}

namespace {

// kainjow's own context splits every dotted name ("page.title") into freshly allocated
// strings on every lookup, a large share of the time spent rendering a page (figures in
// docs/performance.md); its escape appends one character at a time. core/html_escape.h and
// the context below do the same work without either.

// The same lookup rules as kainjow::mustache::context (innermost section first; "." is the
// current item; "a.b" walks down from the first item that has all of it), with each dotted
// name split once per renderer instead of once per lookup.
class MustacheValueContext : public mstch::basic_context<std::string> {
 public:
  void reset(const mstch::data* root) {
    items_.clear();
    items_.push_back(root);
  }
  void push(const mstch::data* data) override { items_.push_back(data); }
  void pop() override { items_.pop_back(); }

  const mstch::data* get(const std::string& name) const override {
    if (name.size() == 1 && name[0] == '.') return items_.back();
    if (name.find('.') == std::string::npos) return innermost(name);
    const std::vector<std::string>& names = split(name);
    for (auto it = items_.rbegin(); it != items_.rend(); ++it) {
      const mstch::data* var = *it;
      for (const auto& n : names)
        if (!(var = var->get(n))) break;
      if (var) return var;
    }
    return nullptr;
  }

  // Partials are expanded when the theme is loaded, so kainjow never asks for one; looked
  // up like a name all the same, as kainjow's own context does.
  const mstch::data* get_partial(const std::string& name) const override { return innermost(name); }

 private:
  const mstch::data* innermost(const std::string& name) const {
    for (auto it = items_.rbegin(); it != items_.rend(); ++it)
      if (const mstch::data* var = (*it)->get(name)) return var;
    return nullptr;
  }

  // kainjow's own split (its edge cases included: "a.b." is {a, b}), once per name.
  const std::vector<std::string>& split(const std::string& name) const {
    auto found = splits_.find(name);
    if (found != splits_.end()) return found->second;
    return splits_.emplace(name, mstch::split<std::string>(name, '.')).first->second;
  }

  std::vector<const mstch::data*> items_;  // innermost last
  mutable std::unordered_map<std::string, std::vector<std::string>> splits_;
};

// Lets kainjow's render(context, stream) append straight to the page.
struct StringSink {
  std::string& out;
  StringSink& operator<<(const std::string& chunk) {
    out += chunk;
    return *this;
  }
};

}  // namespace

struct PageRenderer::Impl {
  const TemplateSet* set;
  std::map<std::string, std::unique_ptr<mstch::mustache>> parsed;
  MustacheValueContext context;
};

PageRenderer::PageRenderer(const TemplateSet& set) : impl_(new Impl{&set, {}, {}}) {}
PageRenderer::~PageRenderer() = default;

bool PageRenderer::render(const std::string& layout, const Value& context, std::string& out, std::string& error) {
  auto& slot = impl_->parsed[layout];
  if (!slot) {
    auto it = impl_->set->layouts().find(layout);
    if (it == impl_->set->layouts().end()) {
      error = tr("template.no-layout", {"templates/layouts/" + layout + kSuffix});
      return false;
    }
    slot = std::make_unique<mstch::mustache>(it->second);
    slot->set_custom_escape(escape_html);
  }
  out.clear();
  out.reserve(16384);
  const mstch::data data = to_data(context);
  impl_->context.reset(&data);
  StringSink sink{out};
  slot->render(impl_->context, sink);
  if (!slot->is_valid()) {
    error = slot->error_message();
    return false;
  }
  return true;
}

}  // namespace govsite
