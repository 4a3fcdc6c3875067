// Atomic replacement of an output folder: everything is written into a staging folder
// beside the target, and only a successful build swaps it in, with one renameat2
// RENAME_EXCHANGE, so a reader (or nginx) never sees a half-written site and a failed
// build leaves the previous one exactly as it was.
#pragma once

#include <string>

#include "core/file_system.h"

namespace govsite {

class StagedDirectory {
 public:
  // Prepares an empty staging folder next to `target` (removing a stale one left by a
  // killed build) on `fs` (the real disk unless given another). Check ok() / error()
  // afterwards.
  explicit StagedDirectory(std::string target);
  StagedDirectory(FileSystem& fs, std::string target);
  ~StagedDirectory();  // removes the staging folder unless committed
  StagedDirectory(const StagedDirectory&) = delete;
  StagedDirectory& operator=(const StagedDirectory&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  const std::string& staging() const { return staging_; }

  // Swaps the staging folder in as `target`, then deletes the previous contents.
  bool commit(std::string& error);

 private:
  FileSystem& fs_;
  std::string target_;
  std::string staging_;
  std::string error_;
  bool committed_ = false;
};

}  // namespace govsite
