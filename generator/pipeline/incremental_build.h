// A build over an output folder with the build cache beside it: what `govsite build` does
// past its options, and what `govsite serve` does on every save into its private folder.
// The cache is read and checked (the binary that wrote it, the output folder as it says);
// when nothing changed the last build is repeated without loading the site; otherwise the
// site is built incrementally over the folder (a full build into a staging folder swapped
// in when there is no usable cache), and the output records and the cache are written for
// the next build. The folder is replaced or patched only by an error-free build.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "cache/build_cache.h"
#include "content/load_documents.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "pipeline/build_site.h"

namespace govsite {

// Written into every output folder so a later build knows it may replace it.
constexpr const char* kOutputMarker = ".govsite-output";

struct IncrementalTarget {
  std::string out_dir;      // the site's files; the cache goes beside it
  std::string reports_dir;  // reports/, written on every build; "" writes none (serve)
  bool clean = false;       // ignore the cache: a full build (build --clean)
  // false: the cache is kept in memory by the caller only (serve), never written to disk.
  bool write_cache = true;
  // serve, when only documents' .md files changed: the document pages are put in place as
  // soon as they are written, before the rest is rendered, if nothing left of the build can
  // fail for this change (see documents_first_is_safe in incremental_build.cpp); then
  // `published_early` is called (serve reloads the open pages).
  bool publish_documents_first = false;
  std::function<void()> published_early = nullptr;
};

// The caches a build reads and writes, and the content/ scan it compares them with. The
// caller owns them: `build` ends its process without freeing them (hundreds of thousands
// of allocations at 10,000 documents); `serve` keeps `next` of a good build as the next
// build's `previous`. A `previous` already set is taken as describing out_dir, neither read
// from disk nor checked against it (serve's private folder, which nobody else writes); a
// `scan` already set as content/ now (serve updates it from the kernel's notifications).
struct BuildCaches {
  std::optional<BuildCache> previous;
  BuildCache next;
  std::optional<ContentScan> scan;
};

// Builds request.site_dir into target.out_dir, all on `fs` (the real disk, or a
// VirtualFileSystem in tests: the cache, the output, the reports and the clock of the racy
// window are all its). False, with `setup_error` set, when a staging folder cannot be made
// (nothing was built); otherwise the build's problems are in `diags`.
bool build_incrementally(BuildRequest& request, FileSystem& fs, const IncrementalTarget& target, BuildCaches& caches,
                         Diagnostics& diags, BuildResult& result, std::string& setup_error);

}  // namespace govsite
