// The state one write of the search index shares between the whole build and the patch:
// the records by document number, and the previous index's text chunks read back (on
// demand, once each) for the pages this build kept instead of rendering.
#include "outputs/search_index_build.h"

#include "core/hashing.h"
#include "core/parallel.h"

namespace govsite {

SearchIndexBuild::SearchIndexBuild(const FileSystem& fs, const SiteModel& m, const SearchIndexTexts& in,
                                   OutputWriter& out, Diagnostics& diags, unsigned jobs)
    : fs_(fs), in_(in), out_(out), diags_(diags), order_(m.newest) {
  const size_t docs = order_.size();
  next_.order.resize(docs);
  next_.text_hashes.resize(docs);
  records_.resize(docs);
  if (in.previous)
    for (size_t n = 0; n < in.previous->order.size(); ++n) old_number_.emplace(in.previous->order[n], n);
  // On all threads: a record is a copy of its page's whole text, and is hashed whole.
  parallel_for(docs, jobs, [&](size_t n) {
    const size_t i = order_[n];
    next_.order[n] = url_of(m.docs[i]);
    if (in.kept_hashes[i] == 0) {
      records_[n] = search_record(m.docs[i], in.texts[i]);
      std::string().swap(in.texts[i]);
      next_.text_hashes[n] = content_hash(records_[n]);
    } else {
      next_.text_hashes[n] = in.kept_hashes[i];
    }
  });
}

bool SearchIndexBuild::read_previous(const std::string& rel, std::string& bytes) const {
  std::string error;
  return in_.previous && fs_.read_file(join_path(in_.previous_dir, rel), bytes, error);
}

bool SearchIndexBuild::previous_record(size_t old_n, std::string& record) {
  std::lock_guard<std::mutex> lock(old_chunks_mutex_);
  auto it = old_chunks_.find(old_n / kSearchTextChunk);
  if (it == old_chunks_.end()) {
    std::string bytes;
    std::vector<std::string> chunk;
    if (!read_previous(text_chunk_path(old_n / kSearchTextChunk), bytes) || !read_text_chunk(bytes, chunk))
      chunk.clear();
    it = old_chunks_.emplace(old_n / kSearchTextChunk, std::move(chunk)).first;
  }
  if (old_n % kSearchTextChunk >= it->second.size()) return false;
  record = it->second[old_n % kSearchTextChunk];
  return true;
}

bool SearchIndexBuild::fill_record(size_t n) {
  if (!kept(n) || !records_[n].empty()) return true;
  auto it = old_number_.find(next_.order[n]);
  return it != old_number_.end() && previous_record(it->second, records_[n]) &&
         content_hash(records_[n]) == next_.text_hashes[n];
}

void SearchIndexBuild::write(const std::string& path, const std::string& bytes) {
  std::string error;
  if (!out_.write(path, bytes, error)) diags_.error(path, 0, 0, "io-error", error);
}

}  // namespace govsite
