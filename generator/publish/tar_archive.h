// A reproducible .tar.gz written with libarchive: entries sorted by path, one fixed time,
// root:root owners, fixed modes, and a gzip stream without a timestamp. The same entries
// always give the same bytes.
#pragma once

#include <ctime>
#include <string>
#include <vector>

namespace govsite {

struct ArchiveEntry {
  std::string path;  // inside the archive: "site/index.html"
  std::string bytes;
  bool executable = false;
};

// Writes `entries` (in any order) to `file`. Returns false with `error` set on failure.
bool write_tar_gz(const std::string& file, std::vector<ArchiveEntry> entries, std::time_t mtime, std::string& error);

}  // namespace govsite
