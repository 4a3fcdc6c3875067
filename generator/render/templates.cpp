#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <string_view>
#include <vector>

#include "core/html_escape.h"
#include "core/messages.h"
#include "render/mustache_context.h"

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

// The {{> name}} tag at `at` ("{{>", spaces, a name of letters, digits and _./-, spaces,
// "}}"), with `end` set past it; an empty name when there is none. The regular expression
// std::regex ran for this cost more than parsing the layout.
std::string_view partial_tag(const std::string& text, size_t at, size_t& end) {
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  auto name_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '/' || c == '-';
  };
  size_t i = at + 3;
  while (i < text.size() && space(text[i])) ++i;
  const size_t name = i;
  while (i < text.size() && name_char(text[i])) ++i;
  const size_t name_end = i;
  while (i < text.size() && space(text[i])) ++i;
  if (name_end == name || text.compare(i, 2, "}}") != 0) return {};
  end = i + 2;
  return std::string_view(text).substr(name, name_end - name);
}

// Replaces every {{> name}} with the partial's text, recursively (a partial may include
// another). Reports unknown partials and include cycles.
bool expand_partials(std::string& text, const std::map<std::string, std::string>& partials, int depth,
                     const std::string& where, Diagnostics& diags) {
  if (depth > 16) {
    diags.error(where, 0, 0, "template", tr("template.partial-cycle"));
    return false;
  }
  std::string out;
  size_t last = 0;
  size_t at = 0;
  while ((at = text.find("{{>", at)) != std::string::npos) {
    size_t end = 0;
    const std::string name(partial_tag(text, at, end));
    if (name.empty()) {
      ++at;
      continue;
    }
    auto p = partials.find(name);
    if (p == partials.end()) {
      diags.error(where, 0, 0, "template", tr("template.unknown-partial", {name}));
      return false;
    }
    std::string inner = p->second;
    if (!expand_partials(inner, partials, depth + 1, where, diags)) return false;
    out.append(text, last, at - last);
    out += inner;
    last = at = end;
  }
  out.append(text, last, std::string::npos);
  text = std::move(out);
  return true;
}

}  // namespace

struct TemplateSet::Parsed {
  mstch::mustache layout;
};

TemplateSet TemplateSet::load(const FileSystem& fs, const std::string& theme_dir, const std::string& theme_rel,
                              Diagnostics& diags) {
  TemplateSet set;
  const auto partials = load_folder(fs, join_path(theme_dir, "templates/partials"));
  auto layouts = load_folder(fs, join_path(theme_dir, "templates/layouts"));
  if (layouts.empty()) diags.error(theme_rel + "/templates/layouts", 0, 0, "template", tr("template.no-layouts"));
  for (auto& [name, text] : layouts) {
    const std::string where = theme_rel + "/templates/layouts/" + name + kSuffix;
    if (!expand_partials(text, partials, 0, where, diags)) continue;
    auto parsed = std::make_shared<Parsed>(Parsed{mstch::mustache(text)});
    if (!parsed->layout.is_valid()) {
      diags.error(where, 0, 0, "template", tr("template.syntax", {parsed->layout.error_message()}));
      continue;
    }
    set.layouts_[name] = std::move(text);
    set.parsed_[name] = std::move(parsed);
  }
  return set;
}

namespace {

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
  const Value* site_wide;
  std::map<std::string, std::unique_ptr<mstch::mustache>> parsed;
  MustacheValueContext context;
};

PageRenderer::PageRenderer(const TemplateSet& set, const Value* site_wide) : impl_(new Impl{&set, site_wide, {}, {}}) {}
PageRenderer::~PageRenderer() = default;

bool PageRenderer::render(const std::string& layout, const Value& context, std::string& out, std::string& error) {
  auto& slot = impl_->parsed[layout];
  if (!slot) {
    auto it = impl_->set->parsed_.find(layout);
    if (it == impl_->set->parsed_.end()) {
      error = tr("template.no-layout", {"templates/layouts/" + layout + kSuffix});
      return false;
    }
    // A copy of the layout parsed when the theme was loaded: the same tree, not parsed
    // again (each renderer has its own, since kainjow's render is not const).
    slot = std::make_unique<mstch::mustache>(it->second->layout);
    // kainjow's own escape appends one character at a time; escape_html gives the same text.
    slot->set_custom_escape(escape_html);
  }
  out.clear();
  out.reserve(16384);
  impl_->context.reset(context, impl_->site_wide);
  StringSink sink{out};
  slot->render(impl_->context, sink);
  impl_->context.release();
  if (!slot->is_valid()) {
    error = slot->error_message();
    return false;
  }
  return true;
}

}  // namespace govsite
