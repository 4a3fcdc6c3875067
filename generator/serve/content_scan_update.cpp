#include "serve/content_scan_update.h"

#include <algorithm>

namespace govsite {

namespace {

// list_files() reads no hidden file and descends into no hidden folder.
bool hidden(const std::string& rel) {
  if (!rel.empty() && rel[0] == '.') return true;
  return rel.find("/.") != std::string::npos;
}

// The place of `name` in a sorted list, and whether it is there.
template <typename Names>
std::pair<size_t, bool> place_of(const Names& names, const std::string& name) {
  const auto it = std::lower_bound(names.begin(), names.end(), name);
  return {static_cast<size_t>(it - names.begin()), it != names.end() && *it == name};
}

}  // namespace

bool update_content_scan(ContentScan& scan, const FileSystem& fs, const std::string& site_dir,
                         const std::vector<std::string>& changed) {
  if (!scan.found || !scan.problems.empty()) return false;
  // Taken before any file is looked at, as scan_content() does: a file written from now on
  // is read again by the next build whatever its stat says.
  scan.started_at_ns = fs.now_ns();
  const std::string content = join_path(site_dir, "content");
  for (const std::string& path : changed) {
    if (path.compare(0, 8, "content/") != 0 || path.size() == 8) continue;
    const std::string rel = path.substr(8);
    if (hidden(rel)) continue;
    const std::string full = join_path(content, rel);
    const EntryKind kind = fs.entry_kind(full);
    if (kind != EntryKind::file && kind != EntryKind::missing) return false;
    const bool exists = kind == EntryKind::file;
    if (ends_with(rel, ".md")) {
      auto [at, listed] = place_of(scan.markdown, rel);
      if (!exists) {
        if (listed) {
          scan.markdown.erase(scan.markdown.begin() + at);
          scan.stats.erase(scan.stats.begin() + at);
          scan.has_stat.erase(scan.has_stat.begin() + at);
        }
        continue;
      }
      if (!listed) {
        scan.markdown.insert(scan.markdown.begin() + at, rel);
        scan.stats.insert(scan.stats.begin() + at, FileStat{});
        scan.has_stat.insert(scan.has_stat.begin() + at, 0);
      }
      scan.has_stat[at] = fs.stat_file(full, scan.stats[at]);
    } else {
      auto [at, listed] = place_of(scan.files, path);
      if (!exists) {
        if (listed) {
          scan.files.erase(scan.files.begin() + at);
          scan.stamps.erase(scan.stamps.begin() + at);
        }
        continue;
      }
      if (!listed) {
        scan.files.insert(scan.files.begin() + at, path);
        scan.stamps.insert(scan.stamps.begin() + at, std::string());
      }
      scan.stamps[at] = fs.stamp(join_path(site_dir, path));
    }
  }
  return true;
}

}  // namespace govsite
