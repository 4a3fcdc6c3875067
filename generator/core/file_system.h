// The disk behind an interface: every stage and the incremental build read, write, stat,
// rename and remove through it and ask it the time, so unit tests build whole sites in
// memory (core/virtual_file_system.h, with a fake clock) and only the real-disk
// implementation knows about std::filesystem, symlinks and permissions.
#pragma once

#include <cstdint>
#include <memory>
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

// What is at a path itself, a symbolic link not followed (lstat): serve tells from it
// whether a path the watcher reported is a plain file it can account for alone.
enum class EntryKind {
  missing,  // nothing there, or a folder on the way is a file
  file,     // a regular file
  folder,
  link,     // a symbolic link, wherever it points (or if nowhere)
  other,    // a socket, a device, a pipe
  unknown,  // cannot be looked at (no permission, a name too long, ...)
};

// A file's bytes kept alive by `owner`: a mapping of the file on disk, a copy in memory.
// The build cache keeps pointing into the bytes it read for as long as it lives.
struct SharedBytes {
  std::shared_ptr<const void> owner;
  std::string_view bytes;
};

// A file written in pieces (the build cache: hundreds of MB it should not hold twice).
// What was appended is the file's once close() succeeds.
class FileBeingWritten {
 public:
  virtual ~FileBeingWritten() = default;
  virtual bool append(std::string_view bytes) = 0;
  // False with the system's reason in `error` when any append or the close failed.
  virtual bool close(std::string& error) = 0;
};

// Everything a build asks of the disk, as Ninja's DiskInterface: reading is const (stages
// read in parallel through a const reference), writing is not (only the publishing
// stages, which hold a non-const one, change the disk). Errors are the system's reason
// alone ("No such file or directory"); the caller names the file in its message.
class FileSystem {
 public:
  virtual ~FileSystem() = default;

  // Reads a whole file; on failure returns false and says why in `error`.
  virtual bool read_file(const std::string& path, std::string& contents, std::string& error) const = 0;
  // The same, the bytes shared rather than copied into a string (on disk: mapped).
  virtual bool read_shared(const std::string& path, SharedBytes& out, std::string& error) const;
  virtual bool is_file(const std::string& path) const = 0;
  virtual bool is_directory(const std::string& path) const = 0;
  // Whether anything is at `path`, a dangling symbolic link included.
  virtual bool exists(const std::string& path) const = 0;
  // True when `path` (lexically below `dir`) is a regular file reached through no symbolic
  // link on the way down from `dir`: what a theme's stylesheets may import, so that no
  // link carries a file from outside the site into the public CSS.
  virtual bool is_file_without_links(const std::string& dir, const std::string& path) const = 0;

  // Every regular file below `dir`, as paths relative to `dir` with '/' separators, sorted
  // bytewise so builds do not depend on directory order. Names starting with '.' are
  // skipped (editor swap files, .git). What cannot be listed, symlinks that lead outside
  // `dir`, and symlinks to anything but .md files are reported in `problems` as
  // "relative/path: reason" and left out.
  virtual std::vector<std::string> list_files(const std::string& dir, std::vector<std::string>& problems) const = 0;

  // Changes whenever the file may have: its size, modification time and inode. The build
  // cache notices replaced attachments by it without reading them. Empty when the file
  // cannot be examined.
  virtual std::string stamp(const std::string& path) const = 0;

  // Fills `st` for a regular file (links followed). False when there is none.
  virtual bool stat_file(const std::string& path, FileStat& st) const = 0;
  // What `path` itself is, a link not followed.
  virtual EntryKind entry_kind(const std::string& path) const = 0;

  // The clock file times are written by, in nanoseconds since 1970: a file written after
  // now_ns() returned has a time no earlier than it, up to the file system's granularity
  // (the build cache's racy window, content/load_documents.cpp, is measured by it).
  virtual int64_t now_ns() const = 0;

  // Creates or truncates `path` and writes `bytes` into it. The folder must exist.
  virtual bool write_file(const std::string& path, std::string_view bytes, std::string& error);
  // Creates or truncates `path` for writing in pieces; null with `error` when it cannot.
  virtual std::unique_ptr<FileBeingWritten> create_file(const std::string& path, std::string& error) = 0;
  // One folder; true when it was made or something is there already (a file there makes
  // the writes below it fail, with their own reason).
  virtual bool make_directory(const std::string& path, std::string& error) = 0;
  // The folder and every missing one above it.
  bool make_directories(const std::string& path, std::string& error);
  // Moves `from` (a file or a folder) to `to` in one step, replacing a file at `to`.
  virtual bool rename(const std::string& from, const std::string& to, std::string& error) = 0;
  // Swaps two existing paths in one step (an output folder and its staging folder).
  virtual bool exchange(const std::string& a, const std::string& b, std::string& error) = 0;
  // True when nothing is left at `path` (it was removed, or never there).
  virtual bool remove_file(const std::string& path, std::string& error) = 0;
  // Removes an empty folder; false (and nothing done) while it holds anything.
  virtual bool remove_empty_directory(const std::string& path) = 0;
  // Removes `path` and everything below it; true when nothing is left.
  virtual bool remove_tree(const std::string& path, std::string& error) = 0;
};

class RealFileSystem : public FileSystem {
 public:
  bool read_file(const std::string& path, std::string& contents, std::string& error) const override;
  bool read_shared(const std::string& path, SharedBytes& out, std::string& error) const override;
  bool is_file(const std::string& path) const override;
  bool is_directory(const std::string& path) const override;
  bool exists(const std::string& path) const override;
  bool is_file_without_links(const std::string& dir, const std::string& path) const override;
  std::vector<std::string> list_files(const std::string& dir, std::vector<std::string>& problems) const override;
  std::string stamp(const std::string& path) const override;
  bool stat_file(const std::string& path, FileStat& st) const override;
  EntryKind entry_kind(const std::string& path) const override;
  int64_t now_ns() const override;

  bool write_file(const std::string& path, std::string_view bytes, std::string& error) override;
  std::unique_ptr<FileBeingWritten> create_file(const std::string& path, std::string& error) override;
  bool make_directory(const std::string& path, std::string& error) override;
  bool rename(const std::string& from, const std::string& to, std::string& error) override;
  bool exchange(const std::string& a, const std::string& b, std::string& error) override;
  bool remove_file(const std::string& path, std::string& error) override;
  bool remove_empty_directory(const std::string& path) override;
  bool remove_tree(const std::string& path, std::string& error) override;
};

// The real disk, for the callers that have no other (the commands themselves).
RealFileSystem& real_disk();

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
