#include "core/placeholder.h"

#include "core/messages.h"
#include "core/utf8.h"

namespace govsite {

bool has_placeholder(std::string_view text) { return text.find(kPlaceholderStart) != std::string_view::npos; }

void report_placeholders(std::string_view text, const std::string& path, Severity severity, Diagnostics& diags) {
  constexpr std::string_view kEnd = "】";
  size_t at = text.find(kPlaceholderStart);
  if (at == std::string_view::npos) return;
  // One pass over the text, counting lines and the characters since the line's start.
  int line = 1;
  size_t line_start = 0;
  for (size_t i = 0; i < at; ++i)
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  while (at != std::string_view::npos) {
    std::string_view rest = text.substr(line_start, at - line_start);
    if (line == 1 && rest.substr(0, 3) == "\xEF\xBB\xBF") rest.remove_prefix(3);  // a BOM is no character
    const int column = static_cast<int>(code_point_count(rest)) + 1;
    size_t end = text.find(kEnd, at);
    const size_t newline = text.find('\n', at);
    if (end == std::string_view::npos || (newline != std::string_view::npos && newline < end)) end = newline;
    else end += kEnd.size();
    const std::string_view marker = text.substr(at, end == std::string_view::npos ? std::string_view::npos : end - at);
    Diagnostic d;
    d.path = path;
    d.line = line;
    d.column = column;
    d.severity = severity;
    d.code = "placeholder";
    d.message = tr("placeholder", {marker});
    diags.add(std::move(d));
    const size_t next = text.find(kPlaceholderStart, at + kPlaceholderStart.size());
    for (size_t i = at; next != std::string_view::npos && i < next; ++i)
      if (text[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    at = next;
  }
}

}  // namespace govsite
