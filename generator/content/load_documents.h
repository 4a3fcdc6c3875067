// Walks content/ in a stable (bytewise path) order and parses every Markdown file into a
// Document, in parallel; problems go to diagnostics, never exceptions.
#pragma once

#include <string>
#include <vector>

#include "cache/build_cache.h"
#include "content/document.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace govsite {

struct LoadedContent {
  std::vector<Document> documents;  // path order
  // Every other file under content/ ("content/…", sorted): attachments and images, which
  // are published only when a published document names them.
  std::vector<std::string> files;
  // Changes whenever any file under content/ does (the .md files by their bytes, the
  // others by FileSystem::stamp).
  uint64_t fingerprint = 0;
  // For the next build cache (when asked for): every .md file as parsed now.
  std::unordered_map<std::string, CachedDocument> cache_entries;
};

// Paths in documents and diagnostics are relative to `site_dir`. With `previous`, a file
// whose bytes are those the previous build parsed is taken from it, diagnostics included,
// instead of being parsed again. `keep_for_cache` fills cache_entries.
LoadedContent load_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs,
                           Diagnostics& diags, const BuildCache* previous = nullptr,
                           bool keep_for_cache = false);

// The id a file gets when it sets none: its stem, or its folder's name for index.md.
std::string default_id_for(const std::string& relative_path);

}  // namespace govsite
