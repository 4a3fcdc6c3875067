// Escaping text for HTML: the one escaper that templates (through mustache's {{ }}), the
// inspection report and the preview server's error banner share.
#pragma once

#include <string>

namespace govsite {

// Escapes & < > " ' exactly as kainjow::mustache::html_escape does ("&amp;", "&lt;",
// "&gt;", "&quot;", "&apos;"), so a page renders the same whichever escaped it. Safe in
// text and in quoted attribute values.
std::string escape_html(const std::string& s);

}  // namespace govsite
