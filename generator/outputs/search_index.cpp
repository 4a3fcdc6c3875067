// Writing the search index: patched from the previous build's when only a few records
// changed (search_index_patch.cpp), else built whole here: every record's tokens taken on
// all threads, merged into posting lists a block of documents at a time, and spread over
// shards by token hash.
#include "outputs/search_index.h"

#include <algorithm>

#include "core/messages.h"
#include "core/parallel.h"
#include "outputs/search_index_build.h"
#include "outputs/search_index_patch.h"
#include "outputs/search_index_postings.h"

namespace govsite {

namespace {

// Every document's tokens merged into posting lists, one table per thread: the records'
// tokens are taken on all threads a block of documents at a time (bounded memory), each
// thread then taking the tokens whose hash falls in its own part of the table.
std::vector<PostingTable> posting_tables(const SearchIndexBuild& b, unsigned jobs) {
  const unsigned parts = std::max(1u, jobs);
  std::vector<PostingTable> tables(parts);
  constexpr size_t kBlock = 512;
  std::vector<DocumentTokens> block;
  for (size_t first = 0; first < b.docs(); first += kBlock) {
    const size_t count = std::min(kBlock, b.docs() - first);
    block.resize(count);  // the previous block's buffers reused
    parallel_for(count, jobs, [&](size_t k) { distinct_tokens(b.record(first + k), block[k]); });
    parallel_for(parts, jobs, [&](size_t part) {
      for (size_t k = 0; k < count; ++k)
        for (const auto& t : block[k].tokens)
          if (t.hash % parts == part) tables[part].add(t.hash, block[k].text(t), static_cast<uint32_t>(first + k));
    });
  }
  return tables;
}

// The whole index. A page kept from the previous build was not rendered: its record is
// read back from the previous index's text chunks. False after reporting one that cannot be.
bool write_whole_index(SearchIndexBuild& b, Diagnostics& diags, unsigned jobs) {
  std::vector<char> have(b.docs(), 1);
  parallel_for(b.docs(), jobs, [&](size_t n) { have[n] = b.fill_record(n); });
  for (size_t n = 0; n < b.docs(); ++n)
    if (!have[n]) {
      diags.error("", 0, 0, "io-error", tr("io-error.search-text", {b.next().order[n]}));
      return false;
    }
  parallel_for(b.chunks(), jobs, [&](size_t c) { b.write_text_chunk(c); });
  const std::vector<PostingTable> tables = posting_tables(b, jobs);
  b.release_records();

  size_t estimate = 0;
  for (const auto& table : tables)
    table.for_each([&](std::string_view token, const std::vector<uint32_t>& list) {
      estimate += token.size() + 6 + list.size() * 6;
    });
  const size_t shards = shard_count(estimate);
  std::vector<ShardEntries> by_shard(shards);
  for (const auto& table : tables)
    table.for_each([&](std::string_view token, const std::vector<uint32_t>& list) {
      by_shard[shard_hash(token) % shards].emplace_back(token, &list);
    });
  parallel_for(shards, jobs, [&](size_t k) {
    auto& entries = by_shard[k];
    std::sort(entries.begin(), entries.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    b.write(shard_path(k), shard_json(entries));
  });
  b.write_header(shards);
  b.next().estimate = estimate;
  b.next().shards = shards;
  return true;
}

}  // namespace

void write_search_index(const FileSystem& fs, const SiteModel& m, const SearchIndexTexts& in, OutputWriter& out,
                        Diagnostics& diags, unsigned jobs) {
  SearchIndexBuild b(fs, m, in, out, diags, jobs);
  if ((patch_search_index(b) || write_whole_index(b, diags, jobs)) && in.next) *in.next = std::move(b.next());
}

}  // namespace govsite
