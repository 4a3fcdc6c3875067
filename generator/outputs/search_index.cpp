#include "outputs/search_index.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "core/parallel.h"

#include "core/hashing.h"
#include "core/json_writer.h"
#include "core/utf8.h"
#include "outputs/page_context.h"

namespace govsite {

namespace {

constexpr size_t kChunk = 100;             // documents per meta chunk
constexpr size_t kTextChunk = 10;          // documents per text chunk
constexpr size_t kShardBytes = 32 * 1024;  // target size of a shard

// Ideographs, kana and Hangul, but not CJK or full-width punctuation (those separate).
bool is_search_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// The tokenizer, as a template so the index builder's loop inlines the callback.
template <typename Fn>
void tokenize(std::string_view text, Fn&& fn) {
  std::string word;               // the current ASCII word, lower-cased
  size_t run_start = 0, run_chars = 0;  // the current CJK run
  size_t prev_char = 0;           // byte offset of the run's previous character
  auto flush = [&](size_t run_end) {
    if (!word.empty()) fn(std::string_view(word));
    word.clear();
    if (run_chars == 1) fn(text.substr(run_start, run_end - run_start));
    run_chars = 0;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    char32_t c = next_code_point(text, i);
    if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      if (run_chars) flush(start);
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (is_search_cjk(c)) {
      if (!word.empty()) flush(start);
      if (run_chars == 0) run_start = start;
      else fn(text.substr(prev_char, i - prev_char));  // the bigram ending here
      prev_char = start;
      ++run_chars;
    } else {
      flush(start);
    }
  }
  flush(text.size());
}

// One document's distinct tokens: each token's bytes once in `bytes`, with its hash.
struct DocumentTokens {
  struct Token {
    uint64_t hash;
    uint32_t offset, size;
  };
  std::string bytes;
  std::vector<Token> tokens;
  std::string_view text(const Token& t) const { return std::string_view(bytes).substr(t.offset, t.size); }
};

DocumentTokens distinct_tokens(std::string_view text) {
  // An open-addressing set of the tokens seen (index into d.tokens + 1, 0 = empty), sized
  // for the most tokens the text can have: no rehashing, no sort.
  DocumentTokens d;
  size_t capacity = 64;
  while (capacity < text.size()) capacity <<= 1;  // at most one token per byte of text
  std::vector<uint32_t> slots(capacity, 0);
  tokenize(text, [&](std::string_view t) {
    const uint64_t hash = std::hash<std::string_view>{}(t);
    for (size_t at = hash & (capacity - 1);; at = (at + 1) & (capacity - 1)) {
      if (slots[at] == 0) {
        d.tokens.push_back({hash, static_cast<uint32_t>(d.bytes.size()), static_cast<uint32_t>(t.size())});
        d.bytes.append(t.data(), t.size());
        slots[at] = static_cast<uint32_t>(d.tokens.size());
        return;
      }
      const auto& seen = d.tokens[slots[at] - 1];
      if (seen.hash == hash && d.text(seen) == t) return;
    }
  });
  return d;
}

// token → ascending document numbers. Keyed by the token's 64-bit hash, with the token
// kept to tell apart the (unlikely) tokens that share one.
struct Posting {
  std::string token;
  std::vector<uint32_t> docs;
};
struct PostingTable {
  std::unordered_map<uint64_t, Posting> by_hash;
  std::unordered_map<std::string, std::vector<uint32_t>> collisions;

  void add(uint64_t hash, std::string_view token, uint32_t doc) {
    auto [it, inserted] = by_hash.try_emplace(hash);
    if (inserted) it->second.token.assign(token.data(), token.size());
    if (it->second.token == token) it->second.docs.push_back(doc);
    else collisions[std::string(token)].push_back(doc);
  }
  template <typename Fn>
  void for_each(Fn&& fn) const {
    for (const auto& [hash, p] : by_hash) fn(std::string_view(p.token), p.docs);
    for (const auto& [token, docs] : collisions) fn(std::string_view(token), docs);
  }
};

}  // namespace

void for_each_search_token(std::string_view text, const std::function<void(std::string_view)>& fn) {
  tokenize(text, fn);
}

std::vector<std::string> search_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  for_each_search_token(text, [&](std::string_view t) { tokens.emplace_back(t); });
  return tokens;
}

SearchIndexStats write_search_index(const SiteModel& m, const std::vector<std::string>& texts,
                                    OutputWriter& out, Diagnostics& diags, unsigned jobs) {
  SearchIndexStats stats;
  std::mutex stats_mutex;
  auto write = [&](const std::string& path, const std::string& bytes) {
    std::string error;
    if (!out.write(path, bytes, error)) diags.error(path, 0, 0, "io-error", error);
    std::lock_guard<std::mutex> lock(stats_mutex);
    stats.bytes += bytes.size();
  };
  const std::vector<size_t> docs = newest_first(m, [](const Document&) { return true; });
  stats.docs = docs.size();
  auto text_of = [&](size_t n) { return m.docs[docs[n]].title + "\n" + texts[docs[n]]; };

  // Text chunks, and the tokens of each document, on all threads; the postings are then
  // merged a block of documents at a time (bounded memory), each thread taking the tokens
  // whose hash falls in its own part of the table.
  const size_t chunks = (docs.size() + kTextChunk - 1) / kTextChunk;
  parallel_for(chunks, jobs, [&](size_t c) {
    JsonWriter chunk;
    chunk.begin_array();
    for (size_t n = c * kTextChunk; n < docs.size() && n < (c + 1) * kTextChunk; ++n) chunk.string(text_of(n));
    chunk.end_array();
    write("search/x/" + std::to_string(c) + ".json", chunk.str());
  });
  const unsigned parts = std::max(1u, jobs);
  std::vector<PostingTable> tables(parts);
  constexpr size_t kBlock = 512;
  std::vector<DocumentTokens> block;
  for (size_t first = 0; first < docs.size(); first += kBlock) {
    const size_t count = std::min(kBlock, docs.size() - first);
    block.assign(count, DocumentTokens());
    parallel_for(count, jobs, [&](size_t k) { block[k] = distinct_tokens(text_of(first + k)); });
    parallel_for(parts, jobs, [&](size_t part) {
      for (size_t k = 0; k < count; ++k)
        for (const auto& t : block[k].tokens)
          if (t.hash % parts == part) tables[part].add(t.hash, block[k].text(t), static_cast<uint32_t>(first + k));
    });
  }

  size_t estimate = 0;
  for (const auto& table : tables)
    table.for_each([&](std::string_view token, const std::vector<uint32_t>& list) {
      estimate += token.size() + 6 + list.size() * 6;
      stats.postings += list.size();
      ++stats.tokens;
    });
  const size_t shards = std::max<size_t>(1, (estimate + kShardBytes - 1) / kShardBytes);
  stats.shards = shards;
  std::vector<std::vector<std::pair<std::string_view, const std::vector<uint32_t>*>>> by_shard(shards);
  for (const auto& table : tables)
    table.for_each([&](std::string_view token, const std::vector<uint32_t>& list) {
      by_shard[fnv1a32(token) % shards].emplace_back(token, &list);
    });
  parallel_for(shards, jobs, [&](size_t k) {
    auto& entries = by_shard[k];
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    JsonWriter j;
    j.begin_object();
    for (const auto& [token, list] : entries) {
      j.key(token).begin_array();
      for (uint32_t n : *list) j.number(n);
      j.end_array();
    }
    j.end_object();
    write("search/s/" + std::to_string(k) + ".json", j.str());
  });

  parallel_for((docs.size() + kChunk - 1) / kChunk, jobs, [&](size_t c) {
    JsonWriter j;
    j.begin_array();
    for (size_t n = c * kChunk; n < docs.size() && n < (c + 1) * kChunk; ++n) {
      const Document& d = m.docs[docs[n]];
      j.begin_object();
      j.key("t").string(d.title);
      j.key("u").string(url_of(d));
      j.key("y").string(type_label(d.type));
      j.key("d").string(d.published ? d.published->str() : "");
      j.end_object();
    }
    j.end_array();
    write("search/m/" + std::to_string(c) + ".json", j.str());
  });

  JsonWriter j;
  j.begin_object();
  j.key("version").number(2);
  j.key("shards").number(static_cast<int64_t>(shards));
  j.key("docs").number(static_cast<int64_t>(docs.size()));
  j.key("chunk").number(static_cast<int64_t>(kChunk));
  j.key("text_chunk").number(static_cast<int64_t>(kTextChunk));
  j.end_object();
  write("search/index.json", j.str() + "\n");
  return stats;
}

}  // namespace govsite
