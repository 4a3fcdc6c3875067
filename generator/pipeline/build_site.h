// The pipeline, and the only file that knows every stage:
// config → load → model → validate → render (theme assets, document pages, listings) →
// reports. Output goes through OutputWriters, so the same pipeline serves `build` (staged
// folders on disk), `check` (nothing kept) and tests (memory).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/date.h"
#include "core/diagnostics.h"
#include "cache/build_cache.h"
#include "config/enforcement_data.h"
#include "config/site_config.h"
#include "content/load_documents.h"
#include "core/file_system.h"
#include "core/phase_timer.h"
#include "model/site_model.h"
#include "outputs/reports.h"
#include "publish/output_writer.h"
#include "validate/inspection.h"

namespace govsite {

struct BuildRequest {
  std::string site_dir = ".";
  Date now;
  unsigned jobs = 1;
  bool preview_drafts = false;  // serve --drafts only
  // govsite new: site.yaml's placeholders are warnings (config/site_config.h).
  bool config_placeholders_allowed = false;
  // check --inspection: a failing single-veto inspection item is an error, not a warning.
  bool inspection_errors = false;
  // Called now and then while document pages are rendered (done, total); may be empty.
  std::function<void(size_t, size_t)> progress;
  PhaseTimer* timer = nullptr;  // --timings: marks the end of each stage; may be null
  // Called once every document page is written and its diagnostics are in (serve publishes
  // them first when the rest cannot fail: pipeline/incremental_build.cpp); may be empty.
  std::function<void(const SiteConfig&)> document_pages_written;
  // The build cache (`govsite build` only): the previous build's, whose output the writer
  // holds, or null; and where to put this build's, or null.
  const BuildCache* previous = nullptr;
  std::string previous_output;  // the folder `previous` describes (read back: search index)
  BuildCache* next = nullptr;
  // content/ as scanned just before the build (incremental_build scans it to tell whether
  // anything changed, govsite new for the ids taken), or null: then the build scans it.
  const ContentScan* scan = nullptr;
};

// The first stages alone: site.yaml and content/ read into the model. `config` is empty
// when site.yaml is missing or invalid (already reported).
struct LoadedSite {
  std::optional<SiteConfig> config;
  SiteModel model;
  uint64_t config_hash = 0;                                       // of site.yaml's bytes and the data files
  EnforcementData enforcement_data;                               // data/powers.yaml, data/enforcement_staff.yaml
  uint64_t content_fingerprint = 0;                               // of everything under content/
  std::unordered_map<std::string, CachedDocument> cache_entries;  // when request.next
  int64_t sources_read_at_ns = 0;
};
std::optional<LoadedSite> load_site(const FileSystem& fs, const BuildRequest& request, Diagnostics& diags);

struct BuildResult {
  // Every input is what the previous build (request.previous) was made from: nothing was
  // rendered or written, since the output already is what this build would write.
  bool unchanged = false;
  // Set by the command: an incremental build, and how many files it rewrote and deleted.
  bool incremental = false;
  size_t files_changed = 0, files_deleted = 0;
  BuildCounts counts;
  // The 19号文 self-inspection (validate/inspection.h); empty when site.yaml could not be read.
  std::optional<InspectionReport> inspection;
  // The site as loaded, handed to the caller rather than freed at the end of the build
  // (the command ends without freeing it); null when site.yaml could not be read.
  std::shared_ptr<const LoadedSite> site;
};

// Whether the site is exactly what `previous` was built from (binary, build date, options,
// site.yaml, theme, and every file under content/ as the previous build found it by its
// stat, in `scan`), told without loading it: site.yaml is read and the theme hashed.
// False when anything differs or cannot be told this way.
bool site_unchanged_since(const FileSystem& fs, const BuildRequest& request, const ContentScan& scan,
                          const BuildCache& previous);

// Site files go to `site_out`; reports (the inspection report included) to `reports_out`
// (may be null). The caller decides
// from `diags` whether to publish what was written.
BuildResult build_site(const FileSystem& fs, const BuildRequest& request, OutputWriter& site_out,
                       OutputWriter* reports_out, Diagnostics& diags);

}  // namespace govsite
