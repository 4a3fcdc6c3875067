// The writers of output files (the interface, OutputWriter, is core/output_writer.h):
// on disk and in memory. Neither lets a path leave its root. Thread-safe, since pages are
// rendered in parallel.
#pragma once

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>

#include "core/file_system.h"
#include "core/output_writer.h"

namespace govsite {

// Writes below a directory through a FileSystem (the real disk unless given another),
// creating folders as needed.
//
// With `background`, files are handed to one writer thread and write() returns at once:
// the rendering threads never wait for the file system, and files are created by a single
// thread, so two threads never contend for a folder's lock (on ext4 that contention, with
// inode allocation under it, cost more than the rendering). finish() waits for every file
// and reports the first failure.
class DirectoryWriter : public OutputWriter {
 public:
  explicit DirectoryWriter(std::string root, bool background = false);
  DirectoryWriter(FileSystem& fs, std::string root, bool background = false);
  ~DirectoryWriter() override;
  bool write(const std::string& rel, std::string_view bytes, std::string& error) override;
  bool write_owned(const std::string& rel, std::string&& bytes, std::string& error) override;
  // Waits until every file is on disk. False with `error` when any write failed.
  bool finish(std::string& error);

 private:
  bool write_now(const std::string& rel, std::string_view bytes, std::string& error);
  // Hands `bytes` to the writer thread, waiting while the queue is full.
  void enqueue(const std::string& rel, std::string&& bytes);
  bool make_parents(const std::string& rel, std::string& error);
  void drain();
  FileSystem& fs_;
  std::string root_;
  std::mutex mutex_;
  std::set<std::string> made_;  // folders already created
  // background writing
  std::thread thread_;
  std::mutex queue_mutex_;
  std::condition_variable work_ready_;  // for the writer thread
  std::condition_variable space_free_;  // for threads waiting to queue a file
  size_t producers_waiting_ = 0;
  std::deque<std::pair<std::string, std::string>> queue_;
  size_t queued_bytes_ = 0;
  bool writer_idle_ = false;  // waiting for work: write() wakes it past a threshold
  bool stopping_ = false;
  std::string first_error_;
};

// Keeps files in memory: unit tests, and `govsite check`, which writes nothing.
class MemoryWriter : public OutputWriter {
 public:
  explicit MemoryWriter(bool keep_contents = true) : keep_(keep_contents) {}
  bool write(const std::string& rel, std::string_view bytes, std::string& error) override;
  bool write_owned(const std::string& rel, std::string&& bytes, std::string& error) override;
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  bool keep_;
  std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

// True when `rel` is a safe relative output path: not empty, not absolute, no "." or ".."
// segments, no empty segments, no backslashes or NUL.
bool is_safe_output_path(const std::string& rel);
// The same, with the message every writer gives when it refuses `rel`.
bool check_output_path(const std::string& rel, std::string& error);

}  // namespace govsite
