// Splits a document file into its YAML front matter and Markdown body, remembering on
// which line of the file each part starts so diagnostics point at the editor's own line.
#pragma once

#include <string>
#include <string_view>

namespace govsite {

struct FrontMatterSplit {
  bool ok = false;
  std::string error;        // when !ok: what is wrong, for an editor
  int error_line = 0;       // when !ok: 1-based line, 0 when it concerns the whole file
  std::string yaml;         // front matter text, without the --- lines
  int yaml_first_line = 0;  // 1-based line in the file where `yaml` starts
  std::string body;         // Markdown after the closing ---
  int body_first_line = 0;  // 1-based line in the file where `body` starts
};

// Accepts a UTF-8 BOM and CRLF line endings (both are normalised away). The front matter
// opens with "---" on the first line and closes with a line "---" (or "...").
FrontMatterSplit split_front_matter(std::string_view text);

// The id a file declares on a top-level "id:" line of its front matter, read line by line
// without YAML, or "" when there is none: a file whose YAML does not parse stays known by
// its id, so a reference to it can say it is broken rather than missing.
std::string declared_id(std::string_view text);

}  // namespace govsite
