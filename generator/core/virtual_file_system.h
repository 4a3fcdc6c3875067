// The disk in memory, as Ninja's VirtualFileSystem: files with times from a fake clock
// that only tick() moves, and a log of the files read and written. Unit tests build whole
// sites on it, incrementally too, and can tell "this file was not read" or place a file's
// time inside the racy window without sleeping; the built-in theme is one as well.
#pragma once

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "core/file_system.h"

namespace govsite {

// Paths are keys ("site/content/a.md"), never resolved: no ".", "..", or links. A folder
// exists when something is below it or make_directory() made it. Thread-safe.
class VirtualFileSystem : public FileSystem {
 public:
  // The clock starts at a fixed time (not 0, so "two seconds before now" is a time too).
  static constexpr int64_t kStartNs = 1'700'000'000'000'000'000;
  static constexpr int64_t kSecondNs = 1'000'000'000;

  // Moves the clock on; files written afterwards are that much newer.
  void tick(int64_t ns = kSecondNs);
  // Writes a file now, as write_file() does, without logging it: what a test sets up.
  void add(const std::string& path, std::string contents);

  // Every read_file()/read_shared() and every completed write, in order, since the last
  // clear_logs(). Lists (list_files) and stats are not reads.
  std::vector<std::string> files_read() const;
  std::vector<std::string> files_written() const;
  bool was_read(const std::string& path) const;
  void clear_logs();

  bool read_file(const std::string& path, std::string& contents, std::string& error) const override;
  bool is_file(const std::string& path) const override;
  bool is_directory(const std::string& path) const override;
  bool exists(const std::string& path) const override { return is_file(path) || is_directory(path); }
  bool is_file_without_links(const std::string&, const std::string& path) const override { return is_file(path); }
  std::vector<std::string> list_files(const std::string& dir, std::vector<std::string>& problems) const override;
  std::string stamp(const std::string& path) const override;
  bool stat_file(const std::string& path, FileStat& st) const override;
  EntryKind entry_kind(const std::string& path) const override;
  int64_t now_ns() const override;

  std::unique_ptr<FileBeingWritten> create_file(const std::string& path, std::string& error) override;
  bool make_directory(const std::string& path, std::string& error) override;
  bool rename(const std::string& from, const std::string& to, std::string& error) override;
  bool exchange(const std::string& a, const std::string& b, std::string& error) override;
  bool remove_file(const std::string& path, std::string& error) override;
  bool remove_empty_directory(const std::string& path) override;
  bool remove_tree(const std::string& path, std::string& error) override;

 private:
  struct File {
    std::string contents;
    FileStat stat;
  };
  friend class VirtualFileBeingWritten;
  // Stores `contents` at `path` with the time of now (a new inode when it is new).
  void put(const std::string& path, std::string contents, bool logged);
  bool directory_locked(const std::string& path) const;
  bool parent_exists_locked(const std::string& path) const;
  // Moves every file and folder at or below `from` to the same place below `to`.
  void move_locked(const std::string& from, const std::string& to);

  mutable std::mutex mutex_;
  std::map<std::string, File> files_;
  std::set<std::string> folders_;  // made by make_directory (others exist by their files)
  int64_t now_ns_ = kStartNs;
  uint64_t next_inode_ = 1;
  mutable std::vector<std::string> read_;
  std::vector<std::string> written_;
};

}  // namespace govsite
