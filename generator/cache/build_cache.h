// What a build remembers for the next one, kept beside the output folder (public/ has
// .public.govsite-cache next to it; never inside, since it describes non-public documents
// too and the output folder is what gets deployed):
// the parsed form of every document, what each document page was rendered from, and every
// file written with its content hash and time stamp. The next build in the same folder
// takes unchanged documents from here instead of parsing them, renders again only the
// pages whose inputs changed, and rewrites only the files whose bytes changed.
//
// The cache is only an accelerator: it is tied to the exact govsite binary, build date and
// configuration (`identity`), and anything that does not match — a corrupt file, an output
// file changed by hand — makes the build a full one.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/left_out_document.h"
#include "core/theme_assets.h"

namespace govsite {

// 64-bit content hash for the cache: XXH3-64 (xxHash), fast on long inputs (it hashes the
// whole output) and the same on every machine and compiler, unlike std::hash; collisions
// are not a practical concern at 2^-64.
uint64_t content_hash(std::string_view bytes);

// Mixes hashes and values into one key.
class KeyHasher {
 public:
  KeyHasher& add(std::string_view bytes);
  KeyHasher& add(uint64_t n);
  uint64_t key() const { return state_; }

 private:
  uint64_t state_ = 0x9e3779b97f4a7c15ULL;
};

struct CachedDocument {  // a .md file as last parsed
  uint64_t source_hash = 0;
  FileStat stat;  // as it was when read (all zero when the file system keeps no times)

  // encode_parsed_document() (content/document_codec.h): the document without its body
  // (cut from the file again) and what parsing it reported. Kept encoded, and shared: an
  // unchanged file's entry passes from one cache to the next without being decoded,
  // encoded or copied (it points into the previous cache file, which stays mapped while
  // any entry uses it).
  std::string_view encoded() const { return encoded_; }
  void set_encoded(std::string bytes);
  void share_encoded(std::shared_ptr<const void> owner, std::string_view bytes) {
    owner_ = std::move(owner);
    encoded_ = bytes;
  }

 private:
  std::shared_ptr<const void> owner_;  // keeps `encoded_`'s bytes alive
  std::string_view encoded_;
};

struct CachedPage {  // a document page as last rendered
  uint64_t key = 0;  // render key (outputs/document_page_key.h)
  std::string summary;
  uint64_t text_hash = 0;            // of its search_record (outputs/search_tokens.h)
  std::vector<std::string> links;    // body link targets as written, resolved again for the key
  std::vector<std::string> sources;  // files copied beside the page (site-relative)
  std::vector<std::string> outputs;  // the files it wrote: the page and the copies
};

struct OutputRecord {  // a file in the output folder
  uint64_t hash = 0;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  uint64_t render_key = 0;  // pages: the key of what they were rendered from; else 0
};

// What an index was built from, kept in the build cache for the next build.
struct SearchIndexState {
  std::vector<std::string> order;     // document page URLs by number (newest first)
  std::vector<uint64_t> text_hashes;  // content_hash of each number's search_record
  uint64_t estimate = 0;              // the size estimate the shard count comes from
  uint64_t shards = 0;
};

// The build that wrote the cache, as its user saw it: a later build that finds nothing
// changed (not a file of the site, its output or its reports) repeats this instead of
// loading the site again (pipeline/incremental_build.cpp).
struct LastBuild {
  uint64_t documents = 0, published = 0, pages = 0;
  std::vector<Diagnostic> diagnostics;                    // every one it printed (warnings: it had no errors)
  std::vector<LeftOutDocument> left_out;                  // for the summary
  std::unordered_map<std::string, OutputRecord> reports;  // reports/ as it left it
};

struct BuildCache {
  uint64_t executable = 0;  // executable_hash() of the govsite that wrote it
  uint64_t identity = 0;    // binary, build date, options, site.yaml, theme
  uint64_t inputs = 0;      // identity and every file under content/
  // When the build began reading content/ (FileSystem::now_ns: on disk, the wall clock): a
  // file last written shortly before is read again next time, whatever its stat says
  // (load_documents.cpp).
  int64_t sources_read_at_ns = 0;
  std::unordered_map<std::string, OutputRecord> outputs;      // by output path
  std::unordered_map<std::string, CachedDocument> documents;  // by site-relative path
  // By output path of the page. Shared: an unchanged page's record passes to the next
  // cache without being copied.
  std::unordered_map<std::string, std::shared_ptr<const CachedPage>> pages;
  SearchIndexState search;  // the search index's numbering
  ThemeAssets theme;        // the theme's files as written (kept by a build with the same identity)
  LastBuild last;
};

// The cache file of an output folder: "site/public" → "site/.public.govsite-cache".
std::string build_cache_path(const std::string& out_dir);

// Reads the cache of `out_dir` on `fs`. Nullopt when it is missing, from another format,
// or malformed. The file is shared, not copied (FileSystem::read_shared: on disk, mapped):
// its documents' entries point into it. Only govsite writes it, and only by renaming a new
// file over it, so the mapped file is never changed under the reader.
// Its large parts are parsed on up to `jobs` threads.
std::optional<BuildCache> read_build_cache(const FileSystem& fs, const std::string& out_dir, unsigned jobs = 1);
// The same from the file's bytes (tests/fuzz/cache_fuzz.cpp feeds it anything).
std::optional<BuildCache> parse_build_cache(std::string_view bytes);

// Writes the cache atomically (temporary file, then rename). Returns false with `error`.
bool write_build_cache(FileSystem& fs, const std::string& out_dir, const BuildCache& cache, std::string& error);

// Whether every file the cache lists is still in `out_dir` with the size and time stamp it
// had: nobody edited, added to or deleted from the output by hand since.
bool output_matches_cache(const FileSystem& fs, const std::string& out_dir, const BuildCache& cache, unsigned jobs);

// A hash that changes whenever the govsite executable does: a new version or build of
// govsite renders afresh. From the program's GNU build ID (CMakeLists.txt asks the linker
// for one), else from the executable file's bytes; 0 when neither can be read.
uint64_t executable_hash();

}  // namespace govsite
