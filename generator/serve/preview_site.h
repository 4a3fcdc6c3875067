// What `govsite serve` shares between its rebuild loop and its HTTP handlers: the folder
// of the last good build, a generation that changes with every build, the last build's
// errors for the pages' banner, and the places for live-reload streams. No HTTP here.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>

#include "pipeline/incremental_build.h"
#include "serve/preview_server.h"
#include "serve/site_watcher.h"

namespace govsite {

// One open live-reload stream; its place is given back when the stream ends.
class StreamPlace {
 public:
  explicit StreamPlace(std::atomic<int>& open) : open_(open) {}
  ~StreamPlace() { --open_; }
  StreamPlace(const StreamPlace&) = delete;
  StreamPlace& operator=(const StreamPlace&) = delete;

 private:
  std::atomic<int>& open_;
};

class PreviewSite {
 public:
  PreviewSite(std::string output, int max_streams) : output_(std::move(output)), max_streams_(max_streams) {}

  // The folder the last good build is in.
  const std::string& output() const { return output_; }

  void finished(bool ok, std::string diagnostics);
  // Part of a build is in place (its document pages): open pages reload; the last build's
  // errors, if any, stay on them until the build finishes.
  void published_part();
  // For good: every waiting stream wakes and ends.
  void stop();
  bool stopped();

  uint64_t generation();
  // Waits until the generation differs from `seen`, the preview stops, or the timeout passes.
  uint64_t wait_for_change(uint64_t seen, std::chrono::milliseconds timeout);

  // A place for one more live-reload stream, or null when all are taken.
  std::shared_ptr<StreamPlace> take_stream_place();

  // The last build's errors when it failed, else "".
  std::string failure();

  // The warnings printed after the last build (path, code and message), for the rebuild
  // loop alone.
  std::set<std::string>& warnings_printed() { return warnings_printed_; }
  // Whether a file other than a document's .md changed since the last good build (or the
  // watcher could not tell what changed), for the rebuild loop alone: then no build
  // publishes its document pages first.
  bool& other_files_changed() { return other_files_changed_; }

 private:
  const std::string output_;
  const int max_streams_;
  std::mutex mutex_;
  std::condition_variable changed_;
  uint64_t generation_ = 0;
  bool stopped_ = false;
  bool ok_ = true;
  std::string diagnostics_;
  std::atomic<int> open_streams_{0};
  std::set<std::string> warnings_printed_;
  bool other_files_changed_ = true;
};

// One build into the preview's folder: incremental over the last good build, whose build
// cache `caches` keeps in memory (never written to disk), with content/ looked at again
// only where `changes` says (the whole of it when they cannot tell); the folder is patched
// only by an error-free build. When the changes are edits of .md files alone, the
// document pages are put in place (and the open pages reloaded) as soon as they are
// rendered, before the listings, if nothing left of the build can fail for the change
// (pipeline/incremental_build.h). Prints the diagnostics as `build` does (only errors with
// --quiet), except warnings already printed after the previous build, which are counted
// instead, and keeps the errors for the pages' banner.
void rebuild_preview(const ServeOptions& o, PreviewSite& site, BuildCaches& caches, const SiteChanges& changes);

}  // namespace govsite
