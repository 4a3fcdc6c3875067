// Shapes of Markdown that Debian 12's cmark-gfm (0.29.0.gfm.6) parses in quadratic time or
// in memory far beyond the document's size, found before parsing by one linear pass. Each
// is a known upstream advisory fixed only in later releases, or a blow-up that no release
// bounds (a wide table with short rows). The thresholds are far above anything a real
// document contains; docs/internals.md, "Limits and robustness", lists them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govsite {

class Diagnostics;

struct MarkdownTooComplex {
  int line = 0;         // 1-based within the Markdown text
  int column = 0;       // 1-based byte column
  std::string message;  // what is too much, and what to change
};

// nullopt when the text is safe to hand to cmark-gfm.
std::optional<MarkdownTooComplex> find_markdown_too_complex(std::string_view markdown);

// The error `markdown-too-complex` for a document whose body starts at `body_first_line`.
void report_markdown_too_complex(const MarkdownTooComplex& problem, const std::string& path, int body_first_line,
                                 Diagnostics& diags);

}  // namespace govsite
