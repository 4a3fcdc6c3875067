#include "core/html_escape.h"

namespace govsite {

// Copies the runs between the escaped characters whole: kainjow's own escape appends one
// character at a time, which is slow on the hot path of rendering every page.
std::string escape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(s, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s, run, std::string::npos);
  return out;
}

}  // namespace govsite
