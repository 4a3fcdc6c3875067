// The output writer of `govsite build` that feeds the build cache.
//
// Full build: files go straight into the staging folder (swapped in by the caller), and
// each one's hash and size is recorded.
// Incremental build: the previous output folder stays in place; a file whose bytes are
// unchanged is not touched, a changed or new one is held until apply(), which replaces
// each file with one rename (a reader never sees half a file) and deletes the files this
// build no longer produces. Nothing is touched before apply(), so a build that fails
// leaves the previous site exactly as it was.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "cache/build_cache.h"
#include "publish/output_writer.h"

namespace govsite {

class CachedOutput : public OutputWriter {
 public:
  // Full build into `dir` on `fs` (a fresh staging folder).
  CachedOutput(FileSystem& fs, std::string dir);
  // Incremental build over `dir`, which holds what `previous` describes. Changed files are
  // held in memory up to `hold_bytes` (a new theme changes every page); past that they
  // wait on disk under temporary names until apply().
  CachedOutput(FileSystem& fs, std::string dir, const BuildCache& previous, size_t hold_bytes = 64u << 20);
  ~CachedOutput() override;  // incremental, not applied: removes its temporary files

  bool write(const std::string& rel, std::string_view bytes, std::string& error) override;
  bool write_owned(const std::string& rel, std::string&& bytes, std::string& error) override;
  bool keep(const std::string& rel) override;
  // Kept, or written again with the bytes it already had.
  bool kept(const std::string& rel) const override;

  // Incremental: writes the held files and deletes what is gone. Full: waits until every
  // file is on disk (they are written in the background).
  bool apply(std::string& error);
  // Incremental: puts the files written so far in place now, each with one rename, as
  // apply() does; apply() then puts the rest and deletes what is gone. For serve, which
  // publishes the document pages before the rest is rendered when nothing later can fail
  // (pipeline/incremental_build.cpp). Not while another thread writes. False with `error`.
  bool apply_written(std::string& error);

  // Every file of this build, with time stamps read from `final_dir` (where the files are
  // after the staging folder was swapped in; an incremental build reads only the files it
  // put in place, the others keep their records). Call after apply().
  std::unordered_map<std::string, OutputRecord> records(const std::string& final_dir, unsigned jobs);

  size_t files_written() const { return written_; }  // files whose bytes changed
  size_t files_deleted() const { return deleted_; }

 private:
  using Entry = std::pair<const std::string, OutputRecord>;
  // write() and write_owned(): `owned`, when given, holds `bytes` and may be taken.
  bool write_bytes(const std::string& rel, std::string_view bytes, std::string* owned, std::string& error);
  // The previous build's record of `rel`, with its place among kept_, or null.
  const Entry* previous_entry(const std::string& rel, size_t& slot) const;
  // Renames the held and spilled files into place.
  bool put_in_place(std::string& error);

  FileSystem& fs_;
  std::string dir_;
  const BuildCache* previous_ = nullptr;
  // Incremental: the previous build's records by address, and which of them this build
  // kept. Keeping (thousands of files per rebuild, from every thread) sets a flag: no
  // lock, no copy of the record.
  std::vector<const Entry*> by_address_;
  std::unique_ptr<std::atomic<bool>[]> kept_;
  DirectoryWriter direct_;
  mutable std::mutex mutex_;
  std::unordered_map<std::string, OutputRecord> records_;  // files written (kept ones: kept_)
  std::vector<std::string> renamed_;                       // files apply() put in place (incremental builds)
  std::map<std::string, std::string> held_;                // incremental: changed files, until apply()
  size_t held_bytes_ = 0;
  size_t hold_bytes_ = 0;
  // Incremental: changed files past the memory bound, already on disk under their
  // temporary names (".name.govsite-new" beside the final one), renamed by apply().
  std::set<std::string> spilled_;
  std::set<std::string> applied_early_;  // put in place by apply_written()
  bool applied_ = false;
  size_t written_ = 0;
  size_t deleted_ = 0;
};

}  // namespace govsite
