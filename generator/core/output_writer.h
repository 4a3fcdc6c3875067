// The single place output files go through. Stages hand it (relative path, bytes) and
// never touch the disk; publish/ implements it (DirectoryWriter, MemoryWriter,
// CachedOutput). Thread-safe, since pages are rendered in parallel.
#pragma once

#include <string>
#include <string_view>

namespace govsite {

class OutputWriter {
 public:
  virtual ~OutputWriter() = default;
  // Writes `bytes` at `rel` ('/'-separated, relative, no "..") below the writer's root.
  // Returns false with `error` set on failure.
  virtual bool write(const std::string& rel, std::string_view bytes, std::string& error) = 0;
  // The same for bytes the caller has no more use for (a page just rendered): a writer that
  // keeps them (a queue for the writer thread, a file held until apply()) takes this
  // string instead of copying it, which at thousands of pages is memory touched for nothing.
  virtual bool write_owned(const std::string& rel, std::string&& bytes, std::string& error) {
    return write(rel, bytes, error);
  }
  // Leaves the file at `rel` exactly as the previous build wrote it (an incremental build,
  // for a page whose inputs did not change). False when there is nothing to keep; the
  // caller then renders and writes the file.
  virtual bool keep(const std::string& rel) {
    (void)rel;
    return false;
  }
  // Whether `rel` is in this build's output as the previous build left it (kept).
  virtual bool kept(const std::string& rel) const {
    (void)rel;
    return false;
  }
};

}  // namespace govsite
