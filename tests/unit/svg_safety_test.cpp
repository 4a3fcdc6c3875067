#include <catch2/catch.hpp>

#include <string>

#include "core/diagnostics.h"
#include "core/messages.h"
#include "validate/svg_safety.h"

using namespace govsite;

namespace {

// "line: what" in English, or "" when the SVG is safe (the Chinese text is the catalog's,
// checked below for one message).
std::string problem(const std::string& svg) {
  set_language(Language::en);
  auto p = find_unsafe_svg(svg);
  set_language(Language::zh);
  return p ? std::to_string(p->line) + ": " + p->what : "";
}

const std::string kHead = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

}  // namespace

TEST_CASE("svg safety: drawings as programs save them are published", "[svg]") {
  CHECK(problem("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Inkscape -->\n" + kHead +
                "<defs><linearGradient id=\"g\"/><path id=\"p\" d=\"M0 0L10 10\"/></defs>\n"
                "<use xlink:href=\"#p\"/><use href=\"#p\" fill=\"url(#g)\"/>\n"
                "<image href=\"data:image/png;base64,iVBORw0KGgo=\"/>\n"
                "<a href=\"https://www.gov.cn/\"><text>政务公开</text></a>\n"
                "<style>.a{fill:#c00}</style><animate attributeName=\"opacity\" values=\"0;1\"/>\n</svg>\n") == "");
  // Illustrator declares its namespaces as entities.
  CHECK(problem(
            "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n"
            "\t<!ENTITY ns_svg \"http://www.w3.org/2000/svg\">\n\t<!ENTITY ns_xlink \"http://www.w3.org/1999/xlink\">\n"
            "]>\n<svg version=\"1.1\" xmlns=\"&ns_svg;\" xmlns:xlink=\"&ns_xlink;\"><rect width=\"1\"/></svg>\n") ==
        "");
}

TEST_CASE("svg safety: what a browser runs is refused, with its line", "[svg]") {
  CHECK(problem(kHead + "<rect/>\n<script>alert(1)</script>\n</svg>") == "3: a <script> element");
  CHECK(problem(kHead + "<svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">x</svg:script></svg>") ==
        "2: a <svg:script> element");
  CHECK(problem("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>") ==
        "1: the event handler onload= on <svg>");
  CHECK(problem(kHead + "<rect ONCLICK=\"x()\"/></svg>") == "2: the event handler ONCLICK= on <rect>");
  CHECK(problem(kHead + "<foreignObject><div>x</div></foreignObject></svg>") == "2: a <foreignObject> element");
  for (const char* element : {"iframe", "embed", "object", "handler"})
    CHECK(problem(kHead + "<" + element + "/></svg>") == std::string("2: a <") + element + "> element");
  CHECK(problem(kHead + "<a href=\" java\tscript:alert(1)\"><text>x</text></a></svg>") ==
        "2: a javascript: address in href= on <a>");
  CHECK(problem(kHead + "<a xlink:href=\"&#106;avascript:alert(1)\"/></svg>") ==
        "2: a javascript: address in xlink:href= on <a>");
  CHECK(problem(kHead + "<a href=\"data:text/html,&lt;script&gt;x&lt;/script&gt;\"/></svg>") ==
        "2: a data:text/html address in href= on <a>");
  CHECK(problem(kHead + "<a><set attributeName=\"href\" to=\"javascript:alert(1)\"/></a></svg>") ==
        "2: a javascript: address in to= on <set>");
  CHECK(problem(kHead + "<animate attributeName=\"onclick\" values=\"x\"/></svg>") ==
        "2: an animation that sets the event handler onclick= on <animate>");
  CHECK(problem(kHead + "<use href=\"https://evil.example/x.svg#a\"/></svg>") ==
        "2: a <use> of another file (href=\"https://evil.example/x.svg#a\")");
  CHECK(problem("<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n" + kHead + "</svg>") ==
        "1: the processing instruction <?xml-stylesheet?>");
  CHECK(problem(kHead + "<g xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:p>x</h:p></g></svg>") ==
        "2: HTML content (the XHTML namespace on <g>)");
}

TEST_CASE("svg safety: files that are no well-formed SVG are refused", "[svg]") {
  CHECK(problem(kHead + "<rect>\n</svg>") == "2: XML that is not well-formed");
  CHECK(problem("<html><body><script>alert(1)</script></body></html>") == "1: no <svg> root element (it is <html>)");
  CHECK(problem("not xml at all") == "1: XML that is not well-formed");
  CHECK(problem("") == "0: XML that is not well-formed");
}

TEST_CASE("svg safety: the DOCTYPE cannot hide markup, defaults or scripts", "[svg]") {
  CHECK(problem("<!DOCTYPE svg [\n<!ATTLIST svg onload CDATA \"alert(1)\">\n]>\n" + kHead + "</svg>") ==
        "2: attribute defaults (<!ATTLIST>) in its DOCTYPE");
  CHECK(problem("<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]>\n" + kHead + "&x;</svg>") ==
        "1: an entity in its DOCTYPE that holds markup or a script address");
  CHECK(problem("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + kHead + "&x;</svg>") ==
        "1: an external entity in its DOCTYPE");
  CHECK(problem("<!DOCTYPE svg [<!ENTITY % p \"x\">]>\n" + kHead + "</svg>") == "1: a parameter entity in its DOCTYPE");
  // Two harmless-looking halves make one address.
  CHECK(problem("<!DOCTYPE svg [<!ENTITY a \"java\"><!ENTITY b \"script:alert(1)\">]>\n" + kHead +
                "<a href=\"&a;&b;\"/></svg>") == "3: a javascript: address in href= on <a>");
}

TEST_CASE("svg safety: the error names the file, the element and the line", "[svg]") {
  Diagnostics diags;
  report_unsafe_svg(*find_unsafe_svg(kHead + "<script/></svg>"), "content/notices/chart.svg", "content/notices/a.md",
                    14, 3, diags);
  set_language(Language::en);
  Diagnostics en;
  report_unsafe_svg(*find_unsafe_svg(kHead + "<script/></svg>"), "content/notices/chart.svg", "content/notices/a.md",
                    14, 3, en);
  set_language(Language::zh);
  REQUIRE(en.sorted().size() == 1);
  CHECK(en.sorted()[0].message ==
        "the SVG file content/notices/chart.svg has a <script> element (its line 2): a browser runs it when the file "
        "is opened on the site's own address; remove it, or publish the drawing as PNG or PDF");
  REQUIRE(diags.sorted().size() == 1);
  const Diagnostic d = diags.sorted()[0];
  CHECK(d.code == "unsafe-svg");
  CHECK(d.line == 14);
  CHECK(d.column == 3);
  CHECK(
      d.message ==
      "SVG 文件 content/notices/chart.svg 有不安全的内容：<script> 元素（该文件第2行）。在网站上打开这个文件时，浏览器会运行它。"
      "请删除它，或把图改存为 PNG 或 PDF 发布");
}
