// PageRenderer uses its own escape function and mustache context (for speed); both must
// behave exactly like kainjow's own, which every theme template was written against.
#include <catch2/catch.hpp>

#include <kainjow/mustache.hpp>

#include "core/virtual_file_system.h"
#include "render/templates.h"

using namespace govsite;

namespace {

std::string render(const std::string& layout_text, const Value& context) {
  VirtualFileSystem fs;
  fs.add("theme/templates/layouts/t.mustache", layout_text);
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(fs, "theme", "theme", diags);
  REQUIRE(set.has_layout("t"));
  PageRenderer renderer(set);
  std::string html, error;
  REQUIRE(renderer.render("t", context, html, error));
  return html;
}

}  // namespace

TEST_CASE("templates: values are escaped exactly as kainjow's html_escape does", "[templates]") {
  for (const std::string value : {"a&b<c>\"d'e", "&&", "<", "plain 政务公开", "'\"'", "x&amp;"}) {
    CHECK(render("[{{v}}]", Value::object().set("v", value)) ==
          "[" + kainjow::mustache::html_escape<std::string>(value) + "]");
    CHECK(render("[{{{v}}}]", Value::object().set("v", value)) == "[" + value + "]");
  }
}

TEST_CASE("templates: names are looked up innermost section first, dotted names walk down", "[templates]") {
  const Value context =
      Value::object()
          .set("title", "outer")
          .set("page", Value::object().set("title", "页").set("meta", Value::object().set("id", "m1")))
          .set("items",
               Value::list()
                   .push(Value::object().set("title", "one").set("page", Value::object().set("title", "inner")))
                   .push(Value::object().set("url", "u2")));
  // In an item, "title" is the item's own when it has one and the outer one otherwise;
  // "page.title" comes from the first item up the stack that has all of page.title;
  // "page.meta.id" falls through an item whose page has no meta to the outer page.
  const std::string tmpl =
      "{{#items}}<{{title}}|{{page.title}}|{{page.meta.id}}|{{url}}|{{.}}>{{/items}}"
      "{{page.meta.id}}{{#page}}({{title}}){{/page}}{{^missing}}none{{/missing}}{{#has_items}}!{{/has_items}}";
  const std::string html = render(tmpl, context);
  CHECK(html == "<one|inner|m1||><outer|页|m1|u2|>m1(页)none!");
  // Stray dots, split as kainjow splits them (a trailing one is dropped).
  CHECK(render("[{{page.title.}}|{{#page.}}{{title}}{{/page.}}|{{^page.title.}}none{{/page.title.}}|{{page..title}}]",
               context) == "[页|页||]");
}
