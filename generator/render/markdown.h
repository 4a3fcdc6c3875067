// Markdown → HTML with cmark-gfm (tables, strikethrough, autolinks, tag filter; raw HTML is
// never passed through). The only unit that includes cmark-gfm. One parse gives the HTML,
// the links the body contains (for the link checker, no second parse) and its plain text
// (for summaries); Chinese soft line breaks are joined without a space.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "render/markdown_limits.h"

namespace govsite {

struct MarkdownLink {
  std::string url;  // as written
  int line = 0;     // 1-based line within the Markdown text
  int column = 0;   // 1-based, in characters
  bool is_image = false;
};

struct RenderedMarkdown {
  std::string html;
  std::string plain_text;  // text of paragraphs and headings, for summaries and search
  std::vector<MarkdownLink> links;
  // Set when the text has a shape the parser cannot handle in bounded time and memory; it
  // is then not parsed, and everything else is empty.
  std::optional<MarkdownTooComplex> too_complex;
};

// Decides each link's final URL: returns the replacement, or nullopt to keep it as written.
using LinkRewriter = std::function<std::optional<std::string>(const MarkdownLink&)>;

// `markdown` must be valid UTF-8 without NUL bytes (a document's body always is: see
// readable_text in content/document_parser.h); other bytes would reach the HTML as they are.
RenderedMarkdown render_markdown(std::string_view markdown, const LinkRewriter& rewrite);

}  // namespace govsite
