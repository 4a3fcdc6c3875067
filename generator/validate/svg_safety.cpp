#include "validate/svg_safety.h"

#include <tinyxml2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "core/diagnostics.h"
#include "core/messages.h"

namespace govsite {

namespace {

// What to do about something a browser would run.
std::string runs() { return tr("unsafe-svg.runs"); }

const char* const kXhtml = "http://www.w3.org/1999/xhtml";

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "svg:script" → "script", lower case (SVG names are case-sensitive; a browser would not
// run <SCRIPT>, but nothing real is named so either).
std::string local_name(const char* name) {
  std::string_view n = name ? name : "";
  if (size_t colon = n.rfind(':'); colon != std::string_view::npos) n.remove_prefix(colon + 1);
  return lower(n);
}

// A URL as a browser reads it: without the ASCII whitespace and control characters it
// skips, in lower case.
std::string url_key(std::string_view value) {
  std::string out;
  for (char c : value)
    if (static_cast<unsigned char>(c) > ' ') out += c;
  return lower(out);
}

// The address scheme in `value` that runs a script or opens a page ("javascript:", …), or
// "" when there is none. data:text/html is a page of its own (browsers now refuse to open
// one from a link, but nothing in a drawing needs it).
std::string script_scheme(std::string_view value) {
  const std::string key = url_key(value);
  for (const char* scheme : {"javascript:", "vbscript:", "data:text/html"})
    if (key.find(scheme) != std::string::npos) return scheme;
  return "";
}

using Entities = std::map<std::string, std::string>;

// Values with the DOCTYPE's entities put in, as a browser reads them.
std::string expand(std::string_view value, const Entities& entities) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '&') {
      size_t semi = value.find(';', i);
      if (semi != std::string_view::npos) {
        auto it = entities.find(std::string(value.substr(i + 1, semi - i - 1)));
        if (it != entities.end()) {
          out += it->second;
          i = semi;
          continue;
        }
      }
    }
    out += value[i];
  }
  return out;
}

int line_at(std::string_view text, size_t offset) {
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

UnsafeSvg doctype_problem(std::string_view text, size_t at, std::string what) {
  return {line_at(text, at), std::move(what),
          "a browser reads declarations there into the drawing; save the file again without them (in "
          "Illustrator, without \"Preserve Illustrator Editing Capabilities\")"};
}

// Reads the DOCTYPE (tinyxml2 does not parse its internal subset), keeps the entities it
// declares, and blanks it out so that the rest parses with its lines where they were. Only
// internal entities whose text holds no markup are allowed: Illustrator declares its
// namespaces so. Attribute defaults (ATTLIST), external and parameter entities are refused.
std::optional<UnsafeSvg> read_doctype(std::string& text, Entities& entities) {
  const size_t start = lower(text).find("<!doctype");
  if (start == std::string::npos) return std::nullopt;
  size_t i = start + 9;
  size_t end = std::string::npos;
  bool in_subset = false;
  char quote = 0;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '[' && !in_subset) {
      in_subset = true;
    } else if (c == ']' && in_subset) {
      in_subset = false;
    } else if (in_subset && c == '%') {
      return doctype_problem(text, i, "a parameter entity in its DOCTYPE");
    } else if (in_subset && text.compare(i, 9, "<!ATTLIST") == 0) {
      return doctype_problem(text, i, "attribute defaults (<!ATTLIST>) in its DOCTYPE");
    } else if (in_subset && text.compare(i, 8, "<!ENTITY") == 0) {
      size_t j = i + 8;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r')) ++j;
      if (j < text.size() && text[j] == '%') return doctype_problem(text, i, "a parameter entity in its DOCTYPE");
      size_t name_end = j;
      while (name_end < text.size() && !std::isspace(static_cast<unsigned char>(text[name_end]))) ++name_end;
      size_t value_start = name_end;
      while (value_start < text.size() && std::isspace(static_cast<unsigned char>(text[value_start]))) ++value_start;
      if (value_start >= text.size() || (text[value_start] != '"' && text[value_start] != '\''))
        return doctype_problem(text, i, "an external entity in its DOCTYPE");
      const size_t value_end = text.find(text[value_start], value_start + 1);
      if (value_end == std::string::npos) break;  // not well-formed: tinyxml2 will say where
      const std::string value = text.substr(value_start + 1, value_end - value_start - 1);
      if (value.find_first_of("<&") != std::string::npos || !script_scheme(value).empty())
        return doctype_problem(text, i, "an entity in its DOCTYPE that holds markup or a script address");
      entities[text.substr(j, name_end - j)] = value;
      i = value_end;
    } else if (c == '>' && !in_subset) {
      end = i;
      break;
    }
  }
  if (end == std::string::npos) return UnsafeSvg{line_at(text, start), "a DOCTYPE without its end", ""};
  for (size_t k = start; k <= end; ++k)
    if (text[k] != '\n') text[k] = ' ';
  return std::nullopt;
}

bool is_script_element(const std::string& name) {
  static const char* const kNames[] = {"script", "foreignobject", "iframe",  "frame",   "embed",
                                       "object", "applet",        "handler", "listener"};
  return std::any_of(std::begin(kNames), std::end(kNames), [&](const char* n) { return name == n; });
}

bool is_animation(const std::string& name) {
  return name == "animate" || name == "set" || name == "animatetransform" || name == "animatemotion" ||
         name == "animatecolor";
}

std::optional<UnsafeSvg> check_element(const tinyxml2::XMLElement& e, const Entities& entities) {
  const std::string name = local_name(e.Name());
  const std::string tag = std::string("<") + e.Name() + ">";
  if (is_script_element(name)) return UnsafeSvg{e.GetLineNum(), tr("unsafe-svg.script-element", {tag}), runs()};
  for (const tinyxml2::XMLAttribute* a = e.FirstAttribute(); a; a = a->Next()) {
    const std::string attribute = local_name(a->Name());
    const std::string value = expand(a->Value() ? a->Value() : "", entities);
    const std::string shown = std::string(a->Name()) + "=";
    if (attribute.rfind("on", 0) == 0)
      return UnsafeSvg{e.GetLineNum(), tr("unsafe-svg.event-handler", {shown, tag}), runs()};
    if (const std::string scheme = script_scheme(value); !scheme.empty())
      return UnsafeSvg{e.GetLineNum(), tr("unsafe-svg.script-address", {scheme, shown, tag}), runs()};
    const std::string raw_name = a->Name();
    if ((raw_name == "xmlns" || raw_name.rfind("xmlns:", 0) == 0) && url_key(value) == kXhtml)
      return UnsafeSvg{e.GetLineNum(), tr("unsafe-svg.html", {tag}), runs()};
    if (is_animation(name) && attribute == "attributename" && lower(value).rfind("on", 0) == 0)
      return UnsafeSvg{e.GetLineNum(), tr("unsafe-svg.animation", {value, tag}), runs()};
    if (name == "use" && attribute == "href" && url_key(value).rfind('#', 0) != 0)
      return UnsafeSvg{e.GetLineNum(), tr("unsafe-svg.use", {shown, value}), tr("unsafe-svg.use-fix")};
  }
  return std::nullopt;
}

}  // namespace

std::optional<UnsafeSvg> find_unsafe_svg(std::string_view bytes) {
  std::string text(bytes);
  Entities entities;
  if (auto p = read_doctype(text, entities)) {
    if (p->fix.empty()) p->fix = "browsers show no image for it; save it again from the drawing program";
    return p;
  }
  tinyxml2::XMLDocument doc;
  if (doc.Parse(text.data(), text.size()) != tinyxml2::XML_SUCCESS)
    return UnsafeSvg{doc.ErrorLineNum(), tr("unsafe-svg.not-xml"), tr("unsafe-svg.not-xml-fix", {doc.ErrorName()})};
  const tinyxml2::XMLElement* root = doc.RootElement();
  if (!root || local_name(root->Name()) != "svg")
    return UnsafeSvg{root ? root->GetLineNum() : 0,
                     root ? tr("unsafe-svg.other-root", {root->Name()}) : tr("unsafe-svg.no-root"),
                     tr("unsafe-svg.not-svg-fix")};
  // Depth first, without recursion (tinyxml2 limits the depth, but a stack costs nothing).
  std::vector<const tinyxml2::XMLNode*> stack = {&doc};
  while (!stack.empty()) {
    const tinyxml2::XMLNode* node = stack.back();
    stack.pop_back();
    if (const tinyxml2::XMLDeclaration* pi = node->ToDeclaration()) {
      // <?xml version="1.0"?> is the only one allowed: <?xml-stylesheet?> runs XSLT, which
      // can turn the file into a page with scripts.
      const std::string value = pi->Value() ? pi->Value() : "";
      if (!(value.rfind("xml", 0) == 0 && (value.size() == 3 || std::isspace(static_cast<unsigned char>(value[3])))))
        return UnsafeSvg{pi->GetLineNum(), tr("unsafe-svg.processing-instruction", {value.substr(0, value.find(' '))}),
                         runs()};
    } else if (node->ToUnknown()) {
      return UnsafeSvg{node->GetLineNum(), tr("unsafe-svg.unknown-declaration"),
                       tr("unsafe-svg.unknown-declaration-fix")};
    } else if (const tinyxml2::XMLElement* e = node->ToElement()) {
      if (auto p = check_element(*e, entities)) return p;
    }
    for (const tinyxml2::XMLNode* child = node->LastChild(); child; child = child->PreviousSibling())
      stack.push_back(child);
  }
  return std::nullopt;
}

void report_unsafe_svg(const UnsafeSvg& problem, const std::string& svg_path, const std::string& path, int line,
                       int column, Diagnostics& diags) {
  diags.error(path, line, column, "unsafe-svg",
              problem.line > 0 ? tr("unsafe-svg", {svg_path, problem.what, std::to_string(problem.line), problem.fix})
                               : tr("unsafe-svg.no-line", {svg_path, problem.what, problem.fix}));
}

}  // namespace govsite
