#include "core/hashing.h"
#include "core/system_error.h"
#include "serve/site_watcher.h"

#include <poll.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <thread>

namespace govsite {

namespace fs = std::filesystem;

namespace {

void mix(uint64_t& h, const void* data, size_t size) {
  h = fnv1a64(std::string_view(static_cast<const char*>(data), size), h);
}

void add_file(uint64_t& h, const fs::path& p, const fs::directory_entry& e) {
  std::error_code ec;
  const std::string name = p.string();
  const auto size = e.file_size(ec);
  const auto time = e.last_write_time(ec).time_since_epoch().count();
  mix(h, name.data(), name.size());
  mix(h, &size, sizeof size);
  mix(h, &time, sizeof time);
}

// What a folder's watch reports: every way a file in it can be written, replaced, renamed
// or removed (an editor often saves to a temporary file and renames it over the old one).
constexpr uint32_t kFolderEvents = IN_MODIFY | IN_CLOSE_WRITE | IN_ATTRIB | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                   IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

// The names in the site folder serve builds from.
bool watched_name(const char* name) {
  return std::strcmp(name, "site.yaml") == 0 || std::strcmp(name, "content") == 0 || std::strcmp(name, "themes") == 0 ||
         std::strcmp(name, "data") == 0;
}

}  // namespace

uint64_t site_fingerprint(const std::string& site_dir) {
  uint64_t h = kFnv1a64Start;
  std::error_code ec;
  const fs::path root(site_dir);
  fs::directory_entry config(root / "site.yaml", ec);
  if (!ec && config.exists(ec)) add_file(h, root / "site.yaml", config);
  for (const char* folder : {"content", "themes", "data"}) {
    fs::recursive_directory_iterator it(root / folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (it->path().filename().string()[0] == '.') {  // hidden: the build reads none
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) add_file(h, it->path(), *it);
    }
    ec.clear();
  }
  return h;
}

SiteWatcher::SiteWatcher(std::string site_dir) : site_dir_(std::move(site_dir)) {
  const char* mode = std::getenv("GOVSITE_WATCH");
  if (mode && std::strcmp(mode, "poll") == 0) {
    fall_back_to_polling("GOVSITE_WATCH=poll");
    return;
  }
  fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (fd_ < 0) {
    fall_back_to_polling(std::string("inotify: ") + system_error_text(errno));
    return;
  }
  root_watch_ = inotify_add_watch(fd_, site_dir_.c_str(), kFolderEvents);
  if (root_watch_ < 0) {
    fall_back_to_polling(std::string("inotify: ") + system_error_text(errno));
    return;
  }
  for (const char* folder : {"content", "themes", "data"})
    if (!watch_tree((fs::path(site_dir_) / folder).string())) return;
}

SiteWatcher::~SiteWatcher() {
  if (fd_ >= 0) close(fd_);
}

SiteChanges SiteWatcher::take_changes() {
  SiteChanges taken = std::move(changes_);
  // Polling tells nothing but that something changed.
  changes_ = SiteChanges{polling(), {}, std::nullopt};
  if (polling()) taken.everything = true;
  if (taken.everything) taken.paths.clear();
  return taken;
}

void SiteWatcher::fall_back_to_polling(const std::string& why) {
  changes_.everything = true;
  if (fd_ >= 0) close(fd_);
  fd_ = -1;
  folders_.clear();
  fingerprint_ = site_fingerprint(site_dir_);
  std::fprintf(stderr, "govsite serve: watching by polling every 250 ms (%s)\n", why.c_str());
}

bool SiteWatcher::watch_tree(const std::string& dir) {
  auto add = [this](const std::string& folder) {
    const int wd = inotify_add_watch(fd_, folder.c_str(), kFolderEvents);
    if (wd >= 0) {
      folders_[wd] = folder;
      return true;
    }
    // A folder removed or unreadable meanwhile is simply not watched; running out of
    // watches (fs.inotify.max_user_watches) or kernel memory means edits would be missed.
    if (errno != ENOSPC && errno != ENOMEM) return true;
    fall_back_to_polling(std::string("inotify: ") + system_error_text(errno) + " for " + folder +
                         "; raise fs.inotify.max_user_watches for instant rebuilds");
    return false;
  };
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return true;
  if (!add(dir)) return false;
  fs::recursive_directory_iterator it(dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    if (!it->is_directory(ec) || it->is_symlink(ec)) continue;
    if (it->path().filename().string()[0] == '.') {  // not read by the build (.git, …)
      it.disable_recursion_pending();
      continue;
    }
    if (!add(it->path().string())) return false;
  }
  return true;
}

bool SiteWatcher::drain() {
  bool changed = false;
  alignas(inotify_event) char buf[64 * 1024];
  while (fd_ >= 0) {
    const ssize_t n = read(fd_, buf, sizeof buf);
    if (n <= 0) break;  // EAGAIN: nothing more waiting
    for (ssize_t at = 0; at < n && fd_ >= 0;) {
      const auto* e = reinterpret_cast<const inotify_event*>(buf + at);
      at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
      if (e->mask & IN_Q_OVERFLOW) {
        // Events were lost: every folder is looked at again (a watch added twice keeps its
        // descriptor), and the site is rebuilt, which compares every file anyway.
        changed = true;
        if (!changes_.first_seen) changes_.first_seen = std::chrono::steady_clock::now();
        changes_.everything = true;
        for (const char* folder : {"content", "themes", "data"})
          if (!watch_tree((fs::path(site_dir_) / folder).string())) break;
        continue;
      }
      if (e->mask & IN_IGNORED) {
        folders_.erase(e->wd);
        continue;
      }
      const char* name = e->len ? e->name : "";
      std::string folder;
      if (e->wd == root_watch_) {
        if (!watched_name(name)) continue;
        folder = site_dir_;
      } else if (*name == '.') {
        // The build reads no hidden file or folder: an editor's swap or lock file (.x.md.swp,
        // .#x.md), written as the editor types, is no save.
        continue;
      } else {
        auto it = folders_.find(e->wd);
        if (it == folders_.end()) continue;
        folder = it->second;
      }
      changed = true;
      if (!changes_.first_seen) changes_.first_seen = std::chrono::steady_clock::now();
      // A file's own path tells the build what to look at again; what a folder holds
      // (made, moved in or out, removed) is not told, and neither is a change of the
      // watched folders themselves.
      if ((e->mask & (IN_ISDIR | IN_DELETE_SELF | IN_MOVE_SELF)) || !*name ||
          (e->wd == root_watch_ && std::strcmp(name, "site.yaml") != 0)) {
        changes_.everything = true;
      } else if (!changes_.everything) {
        std::string rel = (fs::path(folder) / name).lexically_relative(site_dir_).generic_string();
        if (rel.empty() || rel.compare(0, 2, "..") == 0) changes_.everything = true;
        else changes_.paths.push_back(std::move(rel));
      }
      // A folder made or moved in: watch it and everything already in it.
      if ((e->mask & IN_ISDIR) && (e->mask & (IN_CREATE | IN_MOVED_TO)) && *name)
        watch_tree((fs::path(folder) / name).string());
    }
  }
  return changed;
}

bool SiteWatcher::wait_polling(const std::atomic<bool>& stop, std::chrono::milliseconds settle) {
  while (!stop) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    uint64_t now = site_fingerprint(site_dir_);
    if (now == fingerprint_) continue;
    if (!changes_.first_seen) changes_.first_seen = std::chrono::steady_clock::now();
    // Until two looks `settle` apart agree.
    for (uint64_t before = 0; before != now && !stop;) {
      before = now;
      std::this_thread::sleep_for(settle);
      now = site_fingerprint(site_dir_);
    }
    fingerprint_ = now;
    return !stop;
  }
  return false;
}

bool SiteWatcher::wait_for_change(const std::atomic<bool>& stop, std::chrono::milliseconds settle) {
  bool changed = false;
  while (!stop && fd_ >= 0) {
    // Short waits, so that a stop is noticed even when no signal interrupts poll().
    pollfd p{fd_, POLLIN, 0};
    const int ready = poll(&p, 1, changed ? static_cast<int>(settle.count()) : 250);
    if (ready > 0) {
      changed = drain() || changed;
    } else if (ready == 0 && changed) {
      return true;  // quiet for `settle`
    } else if (ready < 0 && errno != EINTR) {
      fall_back_to_polling(std::string("inotify: ") + system_error_text(errno));
      return true;  // what happened meanwhile is not known: build
    }
  }
  if (stop) return false;
  // Fallen back to polling meanwhile (its fingerprint taken then): what changed before is
  // built now.
  if (changed) return true;
  return wait_polling(stop, settle);
}

}  // namespace govsite
