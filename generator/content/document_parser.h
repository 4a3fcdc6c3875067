// One file's text → Document: front matter split, YAML read with the schema of SPEC §2
// (required keys, value shapes, enumerations), every problem reported with its line.
#pragma once

#include <optional>
#include <string>

#include "config/site_config.h"
#include "content/document.h"
#include "core/diagnostics.h"

namespace govsite {

// The largest document govsite reads: 10 MB of text is several million characters, far
// beyond any policy; bigger files are refused with a message rather than slowing the build.
constexpr size_t kMaxDocumentBytes = 10 * 1024 * 1024;

// Whether `text` can be a document at all: not too large, no NUL byte, UTF-8; reports why
// not. parse_document checks this first; a file read again for a parse the build cache
// kept is checked with it too, since render_markdown relies on it (render/markdown.h).
bool readable_text(const std::string& text, const std::string& path, Diagnostics& diags);

// `path` is relative to the site folder (content/…); `default_id` is the file stem, or the
// folder name for index.md. Returns nullopt when the file cannot be read as a document
// at all (no front matter, YAML syntax error, unknown type); shape problems in single keys
// are reported and the document is still returned so later rules can run on the rest.
std::optional<Document> parse_document(const std::string& text, const std::string& path, const std::string& default_id,
                                       Diagnostics& diags);

}  // namespace govsite
