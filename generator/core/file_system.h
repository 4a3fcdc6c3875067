// The disk behind an interface, so unit tests build whole sites in memory and only the
// real-disk implementation knows about std::filesystem, symlinks and permissions.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace govsite {

// What the disk says of a file without reading it: size, inode, and the times it was last
// written (mtime) and last changed in any way (ctime, which no program can set back).
struct FileStat {
  uint64_t size = 0;
  uint64_t inode = 0;
  int64_t mtime_ns = 0;
  int64_t ctime_ns = 0;
  bool operator==(const FileStat& o) const {
    return size == o.size && inode == o.inode && mtime_ns == o.mtime_ns && ctime_ns == o.ctime_ns;
  }
};

class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // Reads a whole file; on failure returns false and says why in `error`.
  virtual bool read_file(const std::string& path, std::string& contents,
                         std::string& error) const = 0;
  virtual bool is_file(const std::string& path) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
  // True when `path` (lexically below `dir`) is a regular file reached through no symbolic
  // link on the way down from `dir`: what a theme's stylesheets may import, so that no
  // link carries a file from outside the site into the public CSS.
  virtual bool is_file_without_links(const std::string& dir, const std::string& path) const = 0;

  // Every regular file below `dir`, as paths relative to `dir` with '/' separators, sorted
  // bytewise so builds do not depend on directory order. Names starting with '.' are
  // skipped (editor swap files, .git). What cannot be listed, symlinks that lead outside
  // `dir`, and symlinks to anything but .md files are reported in `problems` as
  // "relative/path: reason" and left out.
  virtual std::vector<std::string> list_files(const std::string& dir,
                                              std::vector<std::string>& problems) const = 0;

  // Changes whenever the file may have: on disk its size, modification time and inode.
  // The build cache notices replaced attachments by it without reading them. Empty when
  // the file cannot be examined.
  virtual std::string stamp(const std::string& path) const = 0;

  // Fills `st` for a regular file. False when there is none, or when this file system
  // keeps no times (then every file has to be read to know it is unchanged).
  virtual bool stat_file(const std::string& path, FileStat& st) const = 0;
};

class RealFileSystem : public FileSystem {
 public:
  bool read_file(const std::string& path, std::string& contents,
                 std::string& error) const override;
  bool is_file(const std::string& path) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file_without_links(const std::string& dir, const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>& problems) const override;
  std::string stamp(const std::string& path) const override;
  bool stat_file(const std::string& path, FileStat& st) const override;
};

// Files keyed by path ("site/content/a.md"); directories exist implicitly.
class MemoryFileSystem : public FileSystem {
 public:
  void add(const std::string& path, std::string contents) { files_[path] = std::move(contents); }

  bool read_file(const std::string& path, std::string& contents,
                 std::string& error) const override;
  bool is_file(const std::string& path) const override;
  bool is_directory(const std::string& path) const override;
  bool is_file_without_links(const std::string&, const std::string& path) const override { return is_file(path); }
  std::vector<std::string> list_files(const std::string& dir,
                                      std::vector<std::string>& problems) const override;
  std::string stamp(const std::string& path) const override;
  bool stat_file(const std::string&, FileStat&) const override { return false; }

 private:
  std::map<std::string, std::string> files_;
};

// The stat of a regular file on disk; false when there is none. The build cache tells by
// its size and modification time whether an output file is still the one it wrote.
bool stat_regular_file(const std::string& path, FileStat& st);

// Whether `s` ends with `suffix` (file extensions: ".md", ".html").
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "a" + "b" -> "a/b"; an empty or "." base gives "b".
std::string join_path(const std::string& base, const std::string& rel);

// Folder part of a '/'-separated path ("a/b/c.md" -> "a/b", "c.md" -> "").
std::string parent_path(const std::string& path);

// Resolves "." and ".." in a relative '/'-separated path. Returns false when the path is
// absolute or climbs above its starting point.
bool normalize_relative_path(const std::string& path, std::string& out);

}  // namespace govsite
