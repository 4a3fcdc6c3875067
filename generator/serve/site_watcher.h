// Notices edits for `govsite serve` under content/, themes/, data/ (权责清单, 执法人员, 依申请公开 records) and
// site.yaml. On Linux the kernel says what changed (inotify): a watch on the site folder and on every folder under
// content/, themes/ and data/, added as folders appear, so a save is seen at once and an idle
// preview costs nothing. Where inotify cannot be had (another system, or the per-user
// watch limit reached on a large site) it polls a fingerprint of every file's name, size
// and modification time, as serve always did; it says so once on standard error.
// GOVSITE_WATCH=poll asks for polling: inotify does not see edits made on another machine
// to a site on a network share (NFS, SMB).
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace govsite {

// Changes whenever a file under the watched paths is added, removed or modified.
uint64_t site_fingerprint(const std::string& site_dir);

// What changed since the last look: the files the kernel named, or everything when that
// cannot be told (polling, lost events, a folder made, moved or removed).
struct SiteChanges {
  bool everything = true;
  std::vector<std::string> paths;  // site-relative ("content/policies/2024/x.md"), when not everything
  // When the first of these changes was noticed (serve --timings: how long the save took to
  // settle); unset for the first build.
  std::optional<std::chrono::steady_clock::time_point> first_seen;
};

class SiteWatcher {
 public:
  // Starts watching now: an edit saved after this returns is reported by the next wait.
  explicit SiteWatcher(std::string site_dir);
  ~SiteWatcher();
  SiteWatcher(const SiteWatcher&) = delete;
  SiteWatcher& operator=(const SiteWatcher&) = delete;

  // Waits until something changed, then until `settle` passes without a further change
  // (an editor's save is several writes and renames); true then. False when `stop` was
  // set first.
  bool wait_for_change(const std::atomic<bool>& stop, std::chrono::milliseconds settle);

  bool polling() const { return fd_ < 0; }

  // The changes seen since the last call, and a fresh start.
  SiteChanges take_changes();

 private:
  // Watches `dir` and every folder under it; false when the kernel refused one.
  bool watch_tree(const std::string& dir);
  // Reads the events waiting on the inotify descriptor; true when one was about the site.
  bool drain();
  void fall_back_to_polling(const std::string& why);
  bool wait_polling(const std::atomic<bool>& stop, std::chrono::milliseconds settle);

  const std::string site_dir_;
  int fd_ = -1;
  int root_watch_ = -1;
  std::unordered_map<int, std::string> folders_;  // watch descriptor → its folder
  uint64_t fingerprint_ = 0;
  SiteChanges changes_{false, {}, std::nullopt};
};

}  // namespace govsite
