// Fuzz target: Markdown → HTML (cmark-gfm with our link rewriting and CJK soft breaks),
// summaries and 落款 marking. Raw HTML must never come through.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/utf8.h"
#include "render/markdown.h"
#include "render/signature.h"
#include "render/summary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // render_markdown's contract: a document's body, its file checked whole before (UTF-8,
  // no NUL byte: readable_text). Other bytes never reach it in a build.
  if (text.find('\0') != std::string::npos || govsite::find_invalid_utf8(text) != std::string::npos) return 0;
  auto r = govsite::render_markdown(text, [](const govsite::MarkdownLink& link) -> std::optional<std::string> {
    if (link.url.size() % 2) return "../../" + link.url;
    return std::nullopt;
  });
  // The tag filter and safe mode: no script element can appear, whatever the input.
  if (r.html.find("<script") != std::string::npos) __builtin_trap();
  // Checked text in, checked text out: cmark's own UTF-8 pass is off, so nothing may break it.
  if (govsite::find_invalid_utf8(r.html) != std::string::npos) __builtin_trap();
  const std::string summary = govsite::summarize(r.plain_text, 1 + size % 200);
  const std::string marked = govsite::mark_signatures(r.html);
  if (marked.size() < r.html.size()) __builtin_trap();
  return summary.size() > 4 * (size + 8) ? 1 : 0;
}
