#include "render/templates.h"

#include <kainjow/mustache.hpp>

#include <regex>
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
    auto it = impl_->set->layouts().find(layout);
    if (it == impl_->set->layouts().end()) {
      error = tr("template.no-layout", {"templates/layouts/" + layout + kSuffix});
      return false;
    }
    slot = std::make_unique<mstch::mustache>(it->second);
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
