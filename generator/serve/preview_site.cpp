#include "serve/preview_site.h"

#include <cstdio>
#include <optional>
#include <vector>

#include "core/diagnostic_printer.h"
#include "core/file_system.h"
#include "core/messages.h"
#include "core/phase_timer.h"
#include "pipeline/incremental_build.h"
#include "serve/content_scan_update.h"

namespace govsite {

void PreviewSite::finished(bool ok, std::string diagnostics) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ok_ = ok;
    diagnostics_ = std::move(diagnostics);
    ++generation_;
  }
  changed_.notify_all();
}

void PreviewSite::published_part() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ++generation_;
  }
  changed_.notify_all();
}

void PreviewSite::stop() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopped_ = true;
  }
  changed_.notify_all();
}

bool PreviewSite::stopped() {
  std::lock_guard<std::mutex> lock(mutex_);
  return stopped_;
}

uint64_t PreviewSite::generation() {
  std::lock_guard<std::mutex> lock(mutex_);
  return generation_;
}

uint64_t PreviewSite::wait_for_change(uint64_t seen, std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, timeout, [&] { return generation_ != seen || stopped_; });
  return generation_;
}

std::shared_ptr<StreamPlace> PreviewSite::take_stream_place() {
  if (++open_streams_ > max_streams_) {
    --open_streams_;
    return nullptr;
  }
  return std::make_shared<StreamPlace>(open_streams_);
}

std::string PreviewSite::failure() {
  std::lock_guard<std::mutex> lock(mutex_);
  return ok_ ? std::string() : diagnostics_;
}

namespace {

// Whether the changes are edits of documents alone (.md files under content/).
bool documents_only(const SiteChanges& changes) {
  if (changes.everything || changes.paths.empty()) return false;
  for (const std::string& path : changes.paths)
    if (path.compare(0, 8, "content/") != 0 || !ends_with(path, ".md")) return false;
  return true;
}

// Whether the build wrote the cache of the folder it left: false when it repeated the
// previous build without loading the site (the cache is the previous one, `next` untouched).
bool built_next(const BuildResult& result, const BuildCaches& caches) {
  return !result.unchanged || caches.next.identity != 0;
}

// The timer of one rebuild, for --timings. Its first line is the time the save took to
// settle: from the first event of this rebuild's changes (which may have come while the
// previous one ran) to the rebuild's start.
PhaseTimer rebuild_timer(const SiteChanges& changes, std::chrono::steady_clock::time_point start) {
  PhaseTimer timer;
  if (changes.first_seen)
    timer.note("wait for the save to settle (from the first change seen)",
               std::chrono::duration<double>(start - *changes.first_seen).count());
  return timer;
}

}  // namespace

void rebuild_preview(const ServeOptions& o, PreviewSite& site, BuildCaches& caches, const SiteChanges& changes) {
  const auto start = std::chrono::steady_clock::now();
  PhaseTimer timer = rebuild_timer(changes, start);
  RealFileSystem fs_real;
  Diagnostics diags;
  // As `govsite build` over its output folder, the build cache making a save render only
  // the pages it changes; but the cache stays in memory, neither read, decoded, checked
  // against the folder nor written on a save: nobody but this process uses the folder.
  // The folder is patched only by an error-free build, file by file, each renamed into place.
  if (caches.scan &&
      (changes.everything || !update_content_scan(*caches.scan, fs_real, o.request.site_dir, changes.paths)))
    caches.scan.reset();
  mark_phase(&timer, "look at the saved files (content/ scan)");
  BuildRequest request = o.request;
  if (o.timings) request.timer = &timer;
  IncrementalTarget target;
  target.out_dir = site.output();
  target.write_cache = false;
  // Only documents' .md files changed since the last good build, which the build compares
  // with that build's: its document pages may be published first (incremental_build.h).
  if (!documents_only(changes)) site.other_files_changed() = true;
  target.publish_documents_first = !site.other_files_changed();
  target.published_early = [&site] { site.published_part(); };
  caches.next = BuildCache();
  BuildResult result;
  std::string error;
  if (!build_incrementally(request, fs_real, target, caches, diags, result, error))
    diags.error("", 0, 0, "io-error", error);
  const std::vector<Diagnostic> sorted = diags.sorted();
  const bool io_error = diags.has_error_code("io-error");
  // The cache this build replaces is freed after the pages are told to reload: freeing
  // hundreds of thousands of entries is no part of what the editor waits for.
  std::optional<BuildCache> retired;
  if (io_error) {
    // The folder may be half patched: the next build is a full one into a new folder.
    retired = std::move(caches.previous);
    caches.previous.reset();
  } else if (!diags.has_errors() && built_next(result, caches)) {
    retired = std::move(caches.previous);
    caches.previous = std::move(caches.next);
  }
  if (!diags.has_errors()) site.other_files_changed() = false;
  std::string text;  // for the banner on the pages
  for (const auto& d : sorted)
    if (d.severity == Severity::error) text += format_diagnostic(d, nullptr);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!o.quiet || diags.has_errors()) {
    // A save is followed by what it changed: every error, and the warnings that are new.
    // Those printed after the previous build are only counted (govsite check lists all).
    Diagnostics shown;
    std::set<std::string> warnings;
    size_t repeated = 0;
    for (const Diagnostic& d : sorted) {
      if (d.severity == Severity::warning && !o.quiet) {
        std::string key = d.path + '\n' + d.code + '\n' + d.message;
        const bool printed = site.warnings_printed().count(key) > 0;
        warnings.insert(std::move(key));
        if (printed) {
          ++repeated;
          continue;
        }
      }
      shown.add(d);
    }
    site.warnings_printed() = std::move(warnings);
    print_diagnostics(shown, fs_real, o.request.site_dir, false, o.quiet, stderr);
    if (repeated > 0) std::fputs(tr("serve.repeated-warnings", {std::to_string(repeated)}).c_str(), stderr);
    char time[32];
    std::snprintf(time, sizeof time, "%.2f", seconds);
    std::fputs(tr(diags.has_errors() ? "serve.build-failed" : "serve.rebuilt",
                  {time, std::to_string(diags.error_count()), std::to_string(diags.warning_count())})
                   .c_str(),
               stderr);
  }
  mark_phase(&timer, "print diagnostics");
  site.finished(!diags.has_errors(), text);
  mark_phase(&timer, "tell the open pages to reload");
  if (o.timings) timer.print(stderr);
  caches.next = BuildCache();
}

}  // namespace govsite
