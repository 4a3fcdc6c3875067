// PageRenderer uses its own escape function and mustache context (for speed); both must
// behave exactly like kainjow's own, which every theme template was written against. Its
// context reads the page's Value lazily; the reference is kainjow's own context over the
// whole Value converted first, as the renderer did before (eager() below).
#include <catch2/catch.hpp>

#include <kainjow/mustache.hpp>

#include <random>
#include <regex>
#include <set>

#include "core/file_system.h"
#include "core/virtual_file_system.h"
#include "render/templates.h"

using namespace govsite;

namespace {

namespace mstch = kainjow::mustache;

// The theme's conventions (themes/default/README.md) as kainjow data: null and the empty
// string are false, and each list field x of an object comes with has_x unless the object
// has its own.
mstch::data eager(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::null: return mstch::data(false);
    case Value::Kind::boolean: return mstch::data(v.as_bool());
    case Value::Kind::string: return v.as_string().empty() ? mstch::data(false) : mstch::data(v.as_string());
    case Value::Kind::list: {
      mstch::data list = mstch::data::type::list;
      for (const auto& item : v.items()) list.push_back(eager(item));
      return list;
    }
    case Value::Kind::object: {
      mstch::data obj = mstch::data::type::object;
      for (const auto& [key, value] : v.fields()) {
        obj.set(key, eager(value));
        if (value.kind() == Value::Kind::list && !v.get("has_" + key))
          obj.set("has_" + key, mstch::data(!value.items().empty()));
      }
      return obj;
    }
  }
  return mstch::data(false);
}

// kainjow's own rendering (its own context and escape) of the eager data.
std::string render_eager(const std::string& layout_text, const Value& context) {
  mstch::mustache tmpl(layout_text);
  REQUIRE(tmpl.is_valid());
  return tmpl.render(eager(context));
}

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

namespace {

// One of each kind the context hands kainjow, and each way of reaching it.
Value every_kind() {
  const Value tags = Value::list().push("a&b").push("").push(Value()).push(true).push("c");
  return Value::object()
      .set("s", "text & <b>'q'\"")
      .set("empty", "")
      .set("null", Value())
      .set("t", true)
      .set("f", false)
      .set("empty_list", Value::list())
      .set("empty_obj", Value::object())
      .set("words", tags)
      .set("items", Value::list()
                        .push(Value::object()
                                  .set("title", "one")
                                  .set("s", "inner s")
                                  .set("tags", tags)
                                  .set("sub", Value::object().set("name", "n1").set("list", Value::list().push("x"))))
                        .push(Value::object().set("title", "").set("url", "u2").set("tags", Value::list()))
                        .push(Value::object()))
      .set("nested", Value::object()
                         .set("a", Value::object().set("b", Value::object().set("c", "deep")))
                         .set("list", Value::list().push(Value::object().set("c", "in list")))
                         .set("", "empty key"))
      .set("own", Value::object()
                      .set("has_xs", false)
                      .set("xs", Value::list().push("x"))
                      .set("ys", Value::list().push("y"))
                      .set("has_zs", "own has_zs")
                      .set("has_has", Value::list()))
      .set("lists",
           Value::list()
               .push(Value::list().push("l1").push(""))
               .push(Value::list())
               .push(Value::list().push(Value::object().set("k", "v")).push(Value::object().set("s", "ks"))))
      .set("", Value::object().set("s", "under the empty key"));
}

}  // namespace

TEST_CASE("templates: every kind of value renders as with kainjow's own context over the whole value", "[templates]") {
  const Value context = every_kind();
  const std::vector<std::string> cases = {
      "{{s}}|{{{s}}}|{{&s}}|{{empty}}|{{null}}|{{t}}|{{f}}|{{missing}}|{{items}}|{{nested}}",
      "{{#s}}S{{.}}{{s}}{{/s}}{{^s}}-{{/s}}{{#empty}}E{{/empty}}{{^empty}}e{{.}}{{s}}{{/empty}}",
      "{{#null}}N{{/null}}{{^null}}n{{.}}{{/null}}{{#t}}T{{.}}{{s}}{{/t}}{{^t}}t{{/t}}{{#f}}F{{/f}}{{^f}}f{{.}}{{/f}}",
      "{{#missing}}M{{/missing}}{{^missing}}m{{.}}{{s}}{{/missing}}",
      "{{#empty_list}}L{{/empty_list}}{{^empty_list}}l{{.}}{{s}}{{/empty_list}}{{has_empty_list}}",
      "{{#empty_obj}}O{{.}}{{s}}{{/empty_obj}}{{^empty_obj}}o{{/empty_obj}}",
      "{{#words}}({{.}}|{{#.}}T{{/.}}{{^.}}F{{/.}}|{{s}}){{/words}}{{#has_words}}!{{/has_words}}",
      "{{#items}}[{{title}}|{{#title}}T{{/title}}{{^title}}-{{/title}}|{{url}}|{{s}}|{{#tags}}<{{.}}{{title}}>{{/tags}}"
      "{{#has_tags}}H{{/has_tags}}{{^has_tags}}h{{/has_tags}}|{{sub.name}}|{{#sub}}{{name}}{{title}}{{has_list}}{{/sub}}"
      "|{{#sub.list}}{{.}}{{title}}{{/sub.list}}|{{items.title}}|{{nested.a.b.c}}]{{/items}}",
      "{{nested.a.b.c}}{{#nested.a}}{{b.c}}{{#b}}{{c}}{{nested.a.b.c}}{{a.b.c}}{{/b}}{{/nested.a}}"
      "{{#nested.list}}{{c}}{{nested.a.b.c}}{{/nested.list}}{{nested.list.c}}{{nested.has_list}}",
      "{{#nested.has_list}}HL{{/nested.has_list}}{{#has_items}}HI{{/has_items}}{{has_items.x}}{{#nested}}{{has_list}}{{/nested}}",
      "{{#own.has_xs}}yes{{/own.has_xs}}{{^own.has_xs}}no{{/own.has_xs}}{{#own.has_ys}}Y{{/own.has_ys}}"
      "{{own.has_zs}}{{#own}}{{has_xs}}{{#has_xs}}x{{/has_xs}}{{#has_ys}}y{{/has_ys}}{{has_zs}}{{/own}}"
      "{{#own.has_has_has}}HHH{{/own.has_has_has}}{{^own.has_has_has}}hhh{{/own.has_has_has}}{{own.has_}}",
      "{{#lists}}<{{#.}}{{.}}{{k}}{{s}}|{{/.}}{{^.}}none{{/.}}>{{/lists}}{{#has_lists}}+{{/has_lists}}",
      "[{{s.}}|{{nested.a.b.c.}}|{{nested..a}}|{{.s}}|{{#nested.}}{{a.b.c}}{{/nested.}}|{{nested.}}]",
      "[{{nested..}}|{{nested.a.b.c..}}|{{..}}|{{#nested.a..}}X{{/nested.a..}}|{{^nested.a..}}x{{/nested.a..}}]",
      "{{.}}{{#.}}{{s}}{{#.}}{{t}}{{/.}}{{/.}}{{s}}{{s}}{{#items}}{{s}}{{/items}}{{s}}",
  };
  for (const std::string& tmpl : cases) {
    INFO(tmpl);
    CHECK(render(tmpl, context) == render_eager(tmpl, context));
  }
  // Spot checks of what the rules give, so the reference cannot drift with the context.
  CHECK(
      render(
          "{{#own.has_xs}}yes{{/own.has_xs}}{{#own.has_ys}}Y{{/own.has_ys}}{{#items}}{{#has_tags}}H{{/has_tags}}{{/items}}",
          context) == "YH");
  CHECK(render("{{#words}}({{.}}){{/words}}", context) == "(a&amp;b)()()()(c)");
  CHECK(render("{{.s}}|{{nested..}}", context) == "under the empty key|empty key");
}

TEST_CASE("templates: a renderer reused page after page shows only each page's values", "[templates]") {
  VirtualFileSystem fs;
  const std::string tmpl = "{{#items}}{{title}}:{{#tags}}{{.}},{{/tags}}{{sub.name}};{{/items}}{{title}}";
  fs.add("theme/templates/layouts/t.mustache", tmpl);
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(fs, "theme", "theme", diags);
  PageRenderer renderer(set);
  for (int page = 0; page < 40; ++page) {
    // Many items, so names are made again after others took their place, and each page's
    // values at addresses the previous page's may have had.
    Value items = Value::list();
    for (int i = 0; i < 300 + page; ++i)
      items.push(Value::object()
                     .set("title", "p" + std::to_string(page) + "i" + std::to_string(i))
                     .set("tags", i % 3 ? Value::list().push(std::to_string(i)) : Value::list())
                     .set("sub", i % 2 ? Value::object().set("name", std::to_string(page)) : Value()));
    const Value context = Value::object().set("items", std::move(items)).set("title", std::to_string(page));
    std::string html, error;
    REQUIRE(renderer.render("t", context, html, error));
    REQUIRE(html == render_eager(tmpl, context));
  }
}

namespace {

// A random value for a layout's names: each name of `names` (split at dots) is there or
// not, and each that is there is any kind, lists of objects that have random names again.
class RandomContext {
 public:
  RandomContext(const std::set<std::string>& names, unsigned seed) : rng_(seed) {
    for (const std::string& name : names) {
      std::vector<std::string> path;
      size_t start = 0;
      for (size_t dot; (dot = name.find('.', start)) != std::string::npos; start = dot + 1)
        path.push_back(name.substr(start, dot - start));
      path.push_back(name.substr(start));
      leaves_.insert(path.begin(), path.end());
      paths_.push_back(std::move(path));
    }
  }

  Value root() { return object_of(paths_, 0); }

 private:
  Value object_of(const std::vector<std::vector<std::string>>& paths, size_t depth) {
    std::map<std::string, std::vector<std::vector<std::string>>> below;
    for (const auto& p : paths)
      if (depth < p.size()) below[p[depth]].push_back(p);
    Value obj = Value::object();
    for (const auto& [key, ps] : below) {
      if (pick(5) == 0) continue;
      bool deeper = false;
      for (const auto& p : ps) deeper = deeper || p.size() > depth + 1;
      obj.set(key, deeper && pick(4) ? object_of(ps, depth + 1) : any(2));
    }
    return obj;
  }

  Value item(int depth) {
    Value obj = Value::object();
    for (const std::string& leaf : leaves_)
      if (pick(3) == 0) obj.set(leaf, depth > 0 && pick(5) == 0 ? any(depth - 1) : scalar());
    return obj;
  }

  Value any(int depth) {
    const unsigned r = pick(10);
    if (r < 6 || depth == 0) return scalar();
    Value list = Value::list();
    for (unsigned n = pick(4); n > 0; --n) list.push(r == 9 ? scalar() : item(depth - 1));
    return r == 8 ? item(depth - 1) : list;
  }

  Value scalar() {
    switch (pick(6)) {
      case 0: return Value("a&b<c>\"" + std::to_string(pick(100)));
      case 1: return Value("");
      case 2: return Value();
      case 3: return Value(true);
      case 4: return Value(false);
      default: return Value("政务公开");
    }
  }

  unsigned pick(unsigned n) { return std::uniform_int_distribution<unsigned>(0, n - 1)(rng_); }

  std::mt19937 rng_;
  std::vector<std::vector<std::string>> paths_;
  std::set<std::string> leaves_;
};

}  // namespace

TEST_CASE("templates: the default theme's layouts render as with kainjow's own context, on random values",
          "[templates]") {
  RealFileSystem fs;
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(fs, GOVSITE_SOURCE_DIR "/themes/default", "themes/default", diags);
  REQUIRE(set.layouts().size() > 20);
  PageRenderer renderer(set);
  static const std::regex tag(R"(\{\{\{?\s*[#^&/]?\s*([A-Za-z0-9_.]+)\s*\}?\}\})");
  for (const auto& [layout, text] : set.layouts()) {
    std::set<std::string> names;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), tag); it != std::sregex_iterator(); ++it)
      if ((*it)[1] != ".") names.insert((*it)[1]);
    for (unsigned seed = 0; seed < 20; ++seed) {
      INFO(layout << " seed " << seed);
      const Value context = RandomContext(names, seed).root();
      std::string html, error;
      REQUIRE(renderer.render(layout, context, html, error));
      CHECK(html == render_eager(text, context));
    }
  }
}

TEST_CASE("templates: site-wide fields read as the page's own, after them", "[templates]") {
  const Value site_wide = Value::object()
                              .set("site", Value::object().set("title", "网站").set("params", Value::object()))
                              .set("feeds", Value::list().push(Value::object().set("url", "f.xml")))
                              .set("links", Value::list())
                              .set("generator", "govsite")
                              .set("has_links", "own has_links");
  const std::string tmpl =
      "{{site.title}}|{{#site}}{{title}}{{/site}}|{{#feeds}}{{url}}{{site.title}}{{generator}}{{/feeds}}|"
      "{{#has_feeds}}F{{/has_feeds}}{{^has_feeds}}f{{/has_feeds}}|{{has_links}}|{{#has_items}}I{{/has_items}}|"
      "{{#.}}{{generator}}{{site.title}}{{/.}}|{{#items}}{{site.title}}{{generator}}{{/items}}|{{page}}{{site.generator}}";
  VirtualFileSystem fs;
  fs.add("theme/templates/layouts/t.mustache", tmpl);
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(fs, "theme", "theme", diags);
  PageRenderer renderer(set, &site_wide);
  const Value items = Value::list().push(Value::object().set("generator", "item's own"));
  for (const Value& page : {Value::object().set("page", "p").set("items", items),
                            // The page's own fields win: "feeds" no list (so no has_feeds), its
                            // own site, and has_items of its own.
                            Value::object()
                                .set("feeds", "not a list")
                                .set("site", Value::object().set("title", "本页的"))
                                .set("items", items)
                                .set("has_items", false)}) {
    Value merged = page;
    for (const auto& [key, value] : site_wide.fields())
      if (!page.get(key)) merged.set(key, value);
    std::string html, error;
    REQUIRE(renderer.render("t", page, html, error));
    CHECK(html == render_eager(tmpl, merged));
  }
  std::string html, error;
  REQUIRE(renderer.render("t", Value::object(), html, error));
  CHECK(html == "网站|网站|f.xml网站govsite|F|own has_links||govsite网站||");
}

TEST_CASE("templates: partials are expanded where a {{> name}} tag stands, nested, spaces allowed", "[templates]") {
  VirtualFileSystem fs;
  fs.add("theme/templates/partials/a.mustache", "<a {{v}}>");
  fs.add("theme/templates/partials/dir/b-c.d_e.mustache", "[b {{> a}}]");
  fs.add(
      "theme/templates/layouts/t.mustache",
      "{{>a}}|{{> a }}|{{>\t dir/b-c.d_e\n}}|{{{>a}}|{{>a}}}|{{>>a}}|{{> a b}}|{{>}}|{{ >a}}|{{>a}|{{>a}}{{>a}}|{>a}}");
  Diagnostics diags;
  const TemplateSet set = TemplateSet::load(fs, "theme", "theme", diags);
  REQUIRE(set.layouts().count("t") == 1);
  CHECK(set.layouts().at("t") ==
        "<a {{v}}>|<a {{v}}>|[b <a {{v}}>]|{<a {{v}}>|<a {{v}}>}|{{>>a}}|{{> a b}}|{{>}}|{{ >a}}|{{>a}|<a {{v}}><a "
        "{{v}}>|{>a}}");
  CHECK(diags.error_count() == 0);
  fs.add("theme/templates/layouts/u.mustache", "{{> missing}}");
  fs.add("theme/templates/partials/loop.mustache", "{{>loop}}");
  fs.add("theme/templates/layouts/v.mustache", "{{>loop}}");
  Diagnostics errors;
  const TemplateSet broken = TemplateSet::load(fs, "theme", "theme", errors);
  CHECK(!broken.has_layout("u"));
  CHECK(!broken.has_layout("v"));
  CHECK(broken.has_layout("t"));
  CHECK(errors.error_count() == 2);
}
