// Walks content/ in a stable (bytewise path) order and parses every Markdown file into a
// Document, in parallel; problems go to diagnostics, never exceptions.
#pragma once

#include <string>
#include <vector>

#include "content/document.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace govsite {

struct LoadedContent {
  std::vector<Document> documents;  // path order
  // Every other file under content/ ("content/…", sorted): attachments and images, which
  // are published only when a published document names them.
  std::vector<std::string> files;
};

// Paths in documents and diagnostics are relative to `site_dir`.
LoadedContent load_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs,
                           Diagnostics& diags);

// The id a file gets when it sets none: its stem, or its folder's name for index.md.
std::string default_id_for(const std::string& relative_path);

}  // namespace govsite
