// The files of the offline search index, as search_index.h describes them: their paths,
// their JSON, and reading a shard and a text chunk back (an incremental rebuild patches
// the previous index). Only what JsonWriter produces is read back; anything else fails,
// and the index is then built afresh.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "outputs/search_tokens.h"

namespace govsite {

constexpr size_t kSearchTextChunk = 2;           // documents per text chunk
constexpr size_t kSearchShardBytes = 32 * 1024;  // target size of a shard

// A shard read back: token → ascending document numbers, tokens in byte order.
using SearchShard = std::vector<std::pair<std::string, std::vector<uint32_t>>>;
// A shard to write: its tokens in byte order, each with its list.
using ShardEntries = std::vector<std::pair<std::string_view, const std::vector<uint32_t>*>>;

// The hash that picks a token's shard: "#政务" lives beside "政务".
uint32_t shard_hash(std::string_view token);
// The number of shards for an index of about `estimate` bytes of lists.
size_t shard_count(uint64_t estimate);

std::string shard_path(size_t k);       // search/s/<k>.json
std::string text_chunk_path(size_t c);  // search/x/<c>.json

// search/index.json.
std::string index_header_json(size_t shards, size_t docs);
// search/s/<k>.json: each list as its first number, then the differences.
std::string shard_json(const ShardEntries& entries);
// search/x/<c>.json: the records of documents c*T … c*T+T-1.
std::string text_chunk_json(const std::vector<std::string>& records, size_t c);

// Read back what shard_json() and text_chunk_json() wrote; false on anything else.
bool read_text_chunk(const std::string& bytes, std::vector<std::string>& texts);
bool read_shard(const std::string& bytes, SearchShard& shard);

}  // namespace govsite
