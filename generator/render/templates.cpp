#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <regex>

namespace govsite {

namespace mstch = kainjow::mustache;

namespace {

const std::string kSuffix = ".mustache";

std::map<std::string, std::string> load_folder(const FileSystem& fs, const std::string& dir) {
  std::map<std::string, std::string> out;
  std::vector<std::string> problems;
  for (const auto& rel : fs.list_files(dir, problems)) {
    if (rel.size() <= kSuffix.size() || !ends_with(rel, kSuffix))
      continue;
    std::string text, error;
    if (fs.read_file(join_path(dir, rel), text, error))
      out[rel.substr(0, rel.size() - kSuffix.size())] = std::move(text);
  }
  return out;
}

// Replaces every {{> name}} with the partial's text, recursively (a partial may include
// another). Reports unknown partials and include cycles.
bool expand_partials(std::string& text, const std::map<std::string, std::string>& partials,
                     int depth, const std::string& where, Diagnostics& diags) {
  static const std::regex tag(R"(\{\{>\s*([A-Za-z0-9_./-]+)\s*\}\})");
  if (depth > 16) {
    diags.error(where, 0, 0, "template", "partials include each other too deeply (a cycle?)");
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
      diags.error(where, 0, 0, "template", "unknown partial \"" + name + "\" (no partials/" + name + ".mustache)");
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
    case Value::Kind::string:
      return v.as_string().empty() ? mstch::data(false) : mstch::data(v.as_string());
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

TemplateSet TemplateSet::load(const FileSystem& fs, const std::string& theme_dir,
                              const std::string& theme_rel, Diagnostics& diags) {
  TemplateSet set;
  const auto partials = load_folder(fs, join_path(theme_dir, "templates/partials"));
  auto layouts = load_folder(fs, join_path(theme_dir, "templates/layouts"));
  if (layouts.empty())
    diags.error(theme_rel + "/templates/layouts", 0, 0, "template",
                "the theme has no layouts (*.mustache)");
  for (auto& [name, text] : layouts) {
    const std::string where = theme_rel + "/templates/layouts/" + name + kSuffix;
    if (!expand_partials(text, partials, 0, where, diags)) continue;
    mstch::mustache parsed(text);
    if (!parsed.is_valid()) {
      diags.error(where, 0, 0, "template", "template syntax: " + parsed.error_message());
      continue;
    }
    set.layouts_[name] = std::move(text);
  }
  return set;
}

struct PageRenderer::Impl {
  const TemplateSet* set;
  std::map<std::string, std::unique_ptr<mstch::mustache>> parsed;
};

PageRenderer::PageRenderer(const TemplateSet& set) : impl_(new Impl{&set, {}}) {}
PageRenderer::~PageRenderer() = default;
PageRenderer::PageRenderer(PageRenderer&&) noexcept = default;

bool PageRenderer::render(const std::string& layout, const Value& context, std::string& out,
                          std::string& error) {
  auto& slot = impl_->parsed[layout];
  if (!slot) {
    auto it = impl_->set->layouts().find(layout);
    if (it == impl_->set->layouts().end()) {
      error = "the theme has no layout \"" + layout + "\" (templates/layouts/" + layout + kSuffix + ")";
      return false;
    }
    slot = std::make_unique<mstch::mustache>(it->second);
  }
  out.clear();
  out.reserve(16384);
  slot->render(to_data(context), [&out](const std::string& chunk) { out += chunk; });
  if (!slot->is_valid()) {
    error = slot->error_message();
    return false;
  }
  return true;
}

}  // namespace govsite
