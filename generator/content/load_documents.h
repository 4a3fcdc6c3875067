// Walks content/ in a stable (bytewise path) order and parses every Markdown file into a
// Document, in parallel; problems go to diagnostics, never exceptions.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cache/build_cache.h"
#include "content/document.h"
#include "core/diagnostics.h"
#include "core/file_system.h"

namespace govsite {

struct LoadedContent {
  std::vector<Document> documents;  // path order
  // Every .md file whose loading reported an error, parsed or not (path order).
  std::vector<BrokenFile> broken;
  // Every other file under content/ ("content/…", sorted): attachments and images, which
  // are published only when a published document names them.
  std::vector<std::string> files;
  // Changes whenever any file under content/ does (the .md files by their bytes, the
  // others by FileSystem::stamp).
  uint64_t fingerprint = 0;
  // For the next build cache (when asked for): every .md file as parsed now.
  std::unordered_map<std::string, CachedDocument> cache_entries;
  int64_t sources_read_at_ns = 0;  // wall clock when reading began
  size_t markdown_files = 0;       // .md files under content/
  size_t files_read = 0;           // of them, opened (the others were unchanged by their stat)
};

// content/ listed (in path order), each Markdown file stat'ed and each other file stamped:
// done once per build, and shared by the check for an unchanged site and by load_content.
struct ContentScan {
  bool found = false;                 // content/ is a folder
  std::vector<std::string> markdown;  // .md files, relative to content/
  std::vector<std::string> files;     // the others, "content/…"
  std::vector<std::string> stamps;    // per other file: FileSystem::stamp
  std::vector<std::string> problems;  // "path: what", from listing
  std::vector<FileStat> stats;        // per .md file, valid where has_stat
  std::vector<char> has_stat;
  int64_t started_at_ns = 0;  // wall clock when the scan began
};
ContentScan scan_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs);

// LoadedContent::fingerprint, when every .md file `scan` found is one `previous` lists,
// unchanged by its stat (the rule load_content uses to skip reading it), and none was
// added: told without reading any. Nullopt otherwise.
std::optional<uint64_t> unchanged_content_fingerprint(const ContentScan& scan, const BuildCache& previous);

// Paths in documents and diagnostics are relative to `site_dir`. With `previous`, a file
// whose bytes are those the previous build parsed is taken from it, diagnostics included,
// instead of being parsed again; and a file whose size, inode and times are those the
// previous build recorded (and which was not written just before that build) is not even
// read: its document comes with `body_pending` set. `keep_for_cache` fills cache_entries.
// `scan`: content/ as scanned just before (else it is scanned here).
LoadedContent load_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs, Diagnostics& diags,
                           const BuildCache* previous = nullptr, bool keep_for_cache = false,
                           const ContentScan* scan = nullptr);

// Reads the body of a document loaded with `body_pending`; does nothing otherwise. False,
// with a diagnostic, when the file cannot be read or no longer has the bytes it was parsed
// from (edited during the build).
bool load_body(const FileSystem& fs, const std::string& site_dir, Document& d, Diagnostics& diags);

// The id a file gets when it sets none: its stem, or its folder's name for index.md.
std::string default_id_for(const std::string& relative_path);

}  // namespace govsite
