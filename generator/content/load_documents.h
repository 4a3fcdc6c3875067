// Walks content/ in a stable (bytewise path) order and parses every Markdown file into a
// Document, in parallel; problems go to diagnostics, never exceptions.
#pragma once

#include <string>
#include <vector>

#include "content/document.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace govsite {

// Documents in path order. Paths in documents and diagnostics are relative to `site_dir`.
std::vector<Document> load_documents(const FileSystem& fs, const std::string& site_dir,
                                     unsigned jobs, Diagnostics& diags);

// The id a file gets when it sets none: its stem, or its folder's name for index.md.
std::string default_id_for(const std::string& relative_path);

}  // namespace govsite
