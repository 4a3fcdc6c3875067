#include "outputs/search_index.h"

#include <algorithm>
#include <map>
#include <unordered_map>

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

void write_or_report(OutputWriter& out, const std::string& path, const std::string& bytes,
                     Diagnostics& diags, SearchIndexStats& stats) {
  std::string error;
  if (!out.write(path, bytes, error)) diags.error(path, 0, 0, "io-error", error);
  stats.bytes += bytes.size();
}

}  // namespace

void for_each_search_token(std::string_view text, const std::function<void(std::string_view)>& fn) {
  std::string word;               // the current ASCII word, lower-cased
  size_t run_start = 0, run_chars = 0;  // the current CJK run
  size_t prev_char = 0;           // byte offset of the run's previous character
  auto flush = [&](size_t run_end) {
    if (!word.empty()) fn(word);
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

std::vector<std::string> search_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  for_each_search_token(text, [&](std::string_view t) { tokens.emplace_back(t); });
  return tokens;
}

SearchIndexStats write_search_index(const SiteModel& m, const std::vector<std::string>& texts,
                                    OutputWriter& out, Diagnostics& diags) {
  SearchIndexStats stats;
  const std::vector<size_t> docs = newest_first(m, [](const Document&) { return true; });
  stats.docs = docs.size();

  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  JsonWriter chunk;
  for (uint32_t n = 0; n < docs.size(); ++n) {
    const Document& d = m.docs[docs[n]];
    const std::string text = d.title + "\n" + texts[docs[n]];
    if (n % kTextChunk == 0) chunk = JsonWriter(), chunk.begin_array();
    chunk.string(text);
    if (n % kTextChunk == kTextChunk - 1 || n + 1 == docs.size()) {
      chunk.end_array();
      write_or_report(out, "search/x/" + std::to_string(n / kTextChunk) + ".json", chunk.str(), diags, stats);
    }
    // Documents come in ascending n, so a list's last entry tells whether n is in it already.
    std::string key;
    for_each_search_token(text, [&](std::string_view t) {
      key.assign(t.data(), t.size());
      std::vector<uint32_t>& list = postings[key];
      if (list.empty() || list.back() != n) list.push_back(n);
    });
  }
  stats.tokens = postings.size();

  size_t estimate = 0;
  for (const auto& [token, list] : postings) {
    estimate += token.size() + 6 + list.size() * 6;
    stats.postings += list.size();
  }
  const size_t shards = std::max<size_t>(1, (estimate + kShardBytes - 1) / kShardBytes);
  stats.shards = shards;
  std::vector<std::map<std::string_view, const std::vector<uint32_t>*>> by_shard(shards);
  for (const auto& [token, list] : postings) by_shard[fnv1a32(token) % shards][token] = &list;
  for (size_t k = 0; k < shards; ++k) {
    JsonWriter j;
    j.begin_object();
    for (const auto& [token, list] : by_shard[k]) {
      j.key(token).begin_array();
      for (uint32_t n : *list) j.number(n);
      j.end_array();
    }
    j.end_object();
    write_or_report(out, "search/s/" + std::to_string(k) + ".json", j.str(), diags, stats);
  }

  for (size_t c = 0; c * kChunk < docs.size(); ++c) {
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
    write_or_report(out, "search/m/" + std::to_string(c) + ".json", j.str(), diags, stats);
  }

  JsonWriter j;
  j.begin_object();
  j.key("version").number(2);
  j.key("shards").number(static_cast<int64_t>(shards));
  j.key("docs").number(static_cast<int64_t>(docs.size()));
  j.key("chunk").number(static_cast<int64_t>(kChunk));
  j.key("text_chunk").number(static_cast<int64_t>(kTextChunk));
  j.end_object();
  write_or_report(out, "search/index.json", j.str() + "\n", diags, stats);
  return stats;
}

}  // namespace govsite
