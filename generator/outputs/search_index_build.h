// One write of the search index, as the two ways of writing it share it (search_index.cpp
// builds the whole index, search_index_patch.cpp patches the previous one): the documents
// by number, their records, the previous index read back through the build's FileSystem,
// the files written, and the state for the next build.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "outputs/search_index.h"
#include "outputs/search_index_format.h"

namespace govsite {

class SearchIndexBuild {
 public:
  // Numbers the published documents (newest first) and takes the records of the pages
  // rendered in this build (their texts are moved out of `in`), on `jobs` threads.
  SearchIndexBuild(const FileSystem& fs, const SiteModel& m, const SearchIndexTexts& in, OutputWriter& out,
                   Diagnostics& diags, unsigned jobs = 1);

  size_t docs() const { return next_.order.size(); }
  size_t chunks() const { return (docs() + kSearchTextChunk - 1) / kSearchTextChunk; }
  // Whether document n's page was kept from the previous build (not rendered).
  bool kept(size_t n) const { return in_.kept_hashes[order_[n]] != 0; }
  const SearchIndexState* before() const { return in_.previous; }
  SearchIndexState& next() { return next_; }

  // Document n's record: of a rendered page, from this build; of a kept page, once
  // fill_record(n) has read it back from the previous index.
  const std::string& record(size_t n) const { return records_[n]; }
  bool fill_record(size_t n);
  // The previous index's record of its document number `old_n`, read and checked.
  bool previous_record(size_t old_n, std::string& record);
  // A file of the previous index (its path relative to the output folder).
  bool read_previous(const std::string& rel, std::string& bytes) const;
  // Frees the records (after the tokens are taken).
  void release_records() { std::vector<std::string>().swap(records_); }

  void write(const std::string& path, const std::string& bytes);
  void keep(const std::string& path) { out_.keep(path); }
  void write_text_chunk(size_t c) { write(text_chunk_path(c), text_chunk_json(records_, c)); }
  void write_header(size_t shards) { write("search/index.json", index_header_json(shards, docs())); }

 private:
  const FileSystem& fs_;
  const SearchIndexTexts& in_;
  OutputWriter& out_;
  Diagnostics& diags_;
  const std::vector<size_t>& order_;  // model index by document number
  SearchIndexState next_;
  std::vector<std::string> records_;
  std::unordered_map<std::string, size_t> old_number_;     // page URL → previous number
  std::map<size_t, std::vector<std::string>> old_chunks_;  // read on demand
  std::mutex old_chunks_mutex_;
};

}  // namespace govsite
