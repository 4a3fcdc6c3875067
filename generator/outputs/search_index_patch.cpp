// Patching the previous search index instead of building it again: the token lists a few
// changed records touch are edited in place. Apart from the whole build because its rule
// is different (an edit of what the previous build wrote, refused at the first doubt) and
// is tested on its own: a patched index must equal the whole index of the same records.
#include "outputs/search_index_patch.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/hashing.h"

namespace govsite {

namespace {

// token → (documents losing it, documents gaining it)
using TokenDelta = std::map<std::string, std::pair<std::vector<uint32_t>, std::vector<uint32_t>>>;

// What the `changed` documents' records gained and lost; false when a previous record
// cannot be read back as it was.
bool token_delta(SearchIndexBuild& b, const std::vector<size_t>& changed, TokenDelta& delta) {
  for (size_t n : changed) {
    if (b.kept(n)) return false;  // a changed text is always a rendered one
    std::string previous_text;
    if (!b.previous_record(n, previous_text) || content_hash(previous_text) != b.before()->text_hashes[n]) return false;
    const DocumentTokens was = distinct_tokens(previous_text), now = distinct_tokens(b.record(n));
    std::unordered_map<std::string_view, char> side;
    for (const auto& t : was.tokens) side[was.text(t)] |= 1;
    for (const auto& t : now.tokens) side[now.text(t)] |= 2;
    for (const auto& [token, where] : side) {
      if (where == 1) delta[std::string(token)].first.push_back(static_cast<uint32_t>(n));
      if (where == 2) delta[std::string(token)].second.push_back(static_cast<uint32_t>(n));
    }
  }
  return true;
}

// One token's change applied to its shard, keeping the size estimate; false when the
// previous index does not hold what the change removes.
bool apply_change(SearchShard& shard, const std::string& token,
                  const std::pair<std::vector<uint32_t>, std::vector<uint32_t>>& change, int64_t& estimate) {
  auto entry = std::lower_bound(shard.begin(), shard.end(), token,
                                [](const auto& e, const std::string& t) { return e.first < t; });
  if (entry == shard.end() || entry->first != token) {
    if (!change.first.empty()) return false;  // losing a token the index does not have
    entry = shard.emplace(entry, token, std::vector<uint32_t>());
    estimate += static_cast<int64_t>(token.size()) + 6;
  }
  std::vector<uint32_t>& list = entry->second;
  for (uint32_t n : change.first) {
    auto at = std::lower_bound(list.begin(), list.end(), n);
    if (at == list.end() || *at != n) return false;
    list.erase(at);
    estimate -= 6;
  }
  for (uint32_t n : change.second) list.insert(std::lower_bound(list.begin(), list.end(), n), n), estimate += 6;
  if (list.empty()) {
    shard.erase(entry);
    estimate -= static_cast<int64_t>(token.size()) + 6;
  }
  return true;
}

// The shards the delta touches, read back and changed; false when one cannot be.
bool patched_shards(SearchIndexBuild& b, const TokenDelta& delta, size_t shards, std::map<size_t, SearchShard>& touched,
                    int64_t& estimate) {
  for (const auto& [token, change] : delta) {
    const size_t k = shard_hash(token) % shards;
    auto it = touched.find(k);
    if (it == touched.end()) {
      std::string bytes;
      SearchShard shard;
      if (!b.read_previous(shard_path(k), bytes) || !read_shard(bytes, shard)) return false;
      it = touched.emplace(k, std::move(shard)).first;
    }
    if (!apply_change(it->second, token, change, estimate)) return false;
  }
  return true;
}

}  // namespace

bool patch_search_index(SearchIndexBuild& b) {
  const SearchIndexState* before = b.before();
  if (!before || before->shards == 0 || before->order != b.next().order) return false;
  std::vector<size_t> changed;
  for (size_t n = 0; n < b.docs(); ++n)
    if (b.next().text_hashes[n] != before->text_hashes[n]) changed.push_back(n);
  if (changed.size() > std::max<size_t>(8, b.docs() / 50)) return false;
  const size_t shards = before->shards;
  TokenDelta delta;
  if (!token_delta(b, changed, delta)) return false;
  std::map<size_t, SearchShard> touched;
  int64_t estimate = static_cast<int64_t>(before->estimate);
  if (!patched_shards(b, delta, shards, touched, estimate)) return false;
  if (shard_count(static_cast<uint64_t>(estimate)) != shards) return false;
  std::vector<char> chunk_changed(b.chunks(), 0);
  for (size_t n : changed) chunk_changed[n / kSearchTextChunk] = 1;
  for (size_t n = 0; n < b.docs(); ++n)
    if (chunk_changed[n / kSearchTextChunk] && !b.fill_record(n)) return false;

  for (size_t k = 0; k < shards; ++k) {
    auto it = touched.find(k);
    if (it == touched.end()) {
      b.keep(shard_path(k));
      continue;
    }
    ShardEntries entries;
    for (const auto& [token, list] : it->second) entries.emplace_back(token, &list);
    b.write(shard_path(k), shard_json(entries));
  }
  for (size_t c = 0; c < b.chunks(); ++c)
    if (chunk_changed[c]) b.write_text_chunk(c);
    else b.keep(text_chunk_path(c));
  b.write_header(shards);
  b.next().estimate = static_cast<uint64_t>(estimate);
  b.next().shards = shards;
  return true;
}

}  // namespace govsite
