// Fuzz target: every layout of the default theme rendered with hostile values, which are
// always HTML-escaped.
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <string>
#include <vector>

#include "core/virtual_file_system.h"
#include "render/templates.h"
#include "theme/embedded_theme.h"

namespace {

const govsite::TemplateSet& theme() {
  static const govsite::TemplateSet set = [] {
    govsite::VirtualFileSystem fs;
    for (const auto& f : govsite::embedded_default_theme()) fs.add("theme/" + f.path, std::string(f.bytes));
    govsite::Diagnostics diags;
    return govsite::TemplateSet::load(fs, "theme", "theme", diags);
  }();
  return set;
}

// Renders every layout with `v` in every escaped field.
std::vector<std::string> render_all(const std::string& v, bool flag) {
  using govsite::Value;
  Value item = Value::object().set("title", v).set("url", v).set("date", v).set("doc_no", v);
  Value list = Value::list().push(item).push(item);
  Value page = Value::object()
                   .set("title", v)
                   .set("id", v)
                   .set("url", v)
                   .set("published", v)
                   .set("department", v)
                   .set("source", v)
                   .set("issuer", v)
                   .set("index_no", v)
                   .set("doc_no", v)
                   .set("topics_text", v)
                   .set("validity_label", v)
                   .set("is_invalid", flag)
                   .set("summary", v)
                   .set("interpretations", list)
                   .set("policies", list)
                   .set("supersedes", list)
                   .set("attachments",
                        Value::list().push(Value::object().set("title", v).set("url", v).set("ext", v).set("size", v)))
                   .set("body", "<p>body</p>");
  Value context = Value::object()
                      .set("site", Value::object().set("title", v).set("organization", v).set("icp", v).set("psb", v))
                      .set("root", "../../")
                      .set("page", page)
                      .set("page_title", v)
                      .set("canonical", v)
                      .set("meta", Value::object().set("description", v).set("article_title", v))
                      .set("list", Value::object().set("title", v).set("items", list))
                      .set("breadcrumbs",
                           Value::list().push(Value::object().set("title", v).set("url", v).set("last", true)));
  govsite::PageRenderer renderer(theme());
  std::vector<std::string> pages;
  for (const auto& [layout, source] : theme().layouts()) {
    std::string html, error;
    renderer.render(layout, context, html, error);
    pages.push_back(std::move(html));
  }
  return pages;
}

size_t count_of(const std::string& s, char c) { return static_cast<size_t>(std::count(s.begin(), s.end(), c)); }

}  // namespace

// Escaping means a value adds no markup: the pages rendered with the hostile value have
// exactly as many < > and " as the pages rendered with those characters replaced by "x".
// (A plain "value must not appear" check fails on short values like ">&", which occur in
// the templates themselves: found by this fuzzer, tests/fuzz/regressions/template/.)
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string v(reinterpret_cast<const char*>(data), size);
  std::string plain = v;
  for (char& c : plain)
    if (c == '<' || c == '>' || c == '"') c = 'x';
  const auto hostile = render_all(v, size % 2 == 0);
  const auto harmless = render_all(plain, size % 2 == 0);
  for (size_t i = 0; i < hostile.size(); ++i)
    for (char c : {'<', '>', '"'})
      if (count_of(hostile[i], c) != count_of(harmless[i], c)) __builtin_trap();
  return 0;
}
