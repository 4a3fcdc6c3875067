// An SVG file that a document publishes (attachment or image) is served from the site's own
// address. Opened directly, as a link to an attachment is, it is a document, not an image:
// its scripts run with the site's cookies and can rewrite any page. The bundle's CSP blocks
// that under nginx, but not under other web servers. So an SVG is published only when it is
// well-formed XML with an <svg> root and holds nothing a browser runs or loads as a page.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govsite {

class Diagnostics;

struct UnsafeSvg {
  int line = 0;      // in the SVG file; 0 when unknown
  std::string what;  // e.g. "a <script> element", "the event handler onload= on <svg>"
  std::string fix;   // what to do
};

// nullopt when the file is safe to publish.
std::optional<UnsafeSvg> find_unsafe_svg(std::string_view bytes);

// The error `unsafe-svg` on the document `path` that publishes `svg_path`, at the
// line and column of its link or attachment entry.
void report_unsafe_svg(const UnsafeSvg& problem, const std::string& svg_path, const std::string& path, int line,
                       int column, Diagnostics& diags);

}  // namespace govsite
