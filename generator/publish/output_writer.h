// The single place that writes output files. Stages hand it (relative path, bytes); it
// never lets a path leave its root. Thread-safe, since pages are rendered in parallel.
#pragma once

#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>

namespace govsite {

class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  // Writes `bytes` at `rel` ('/'-separated, relative, no "..") below the writer's root.
  // Returns false with `error` set on failure.
  virtual bool write(const std::string& rel, std::string_view bytes, std::string& error) = 0;
  // Leaves the file at `rel` exactly as the previous build wrote it (an incremental build,
  // for a page whose inputs did not change). False when there is nothing to keep; the
  // caller then renders and writes the file.
  virtual bool keep(const std::string& rel) {
    (void)rel;
    return false;
  }
};

// Writes below a directory on disk, creating folders as needed.
class DirectoryWriter : public OutputWriter {
 public:
  explicit DirectoryWriter(std::string root) : root_(std::move(root)) {}
  bool write(const std::string& rel, std::string_view bytes, std::string& error) override;

 private:
  bool make_parents(const std::string& rel, std::string& error);
  std::string root_;
  std::mutex mutex_;
  std::set<std::string> made_;  // folders already created
};

// Keeps files in memory: unit tests, and `govsite check`, which writes nothing.
class MemoryWriter : public OutputWriter {
 public:
  explicit MemoryWriter(bool keep_contents = true) : keep_(keep_contents) {}
  bool write(const std::string& rel, std::string_view bytes, std::string& error) override;
  const std::map<std::string, std::string>& files() const { return files_; }

 private:
  bool keep_;
  std::mutex mutex_;
  std::map<std::string, std::string> files_;
};

// True when `rel` is a safe relative output path: not empty, not absolute, no "." or ".."
// segments, no empty segments, no backslashes or NUL.
bool is_safe_output_path(const std::string& rel);

}  // namespace govsite
