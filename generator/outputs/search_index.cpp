#include "outputs/search_index.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/json_writer.h"
#include "core/utf8.h"
#include "outputs/page_context.h"

namespace govsite {

namespace {

constexpr size_t kChunk = 100;             // documents per meta chunk
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

uint32_t fnv1a32(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

std::vector<std::string> search_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::string word;
  std::vector<std::string> run;  // the characters of the current CJK run
  auto flush = [&] {
    if (!word.empty()) tokens.push_back(std::move(word));
    word.clear();
    if (run.size() == 1) tokens.push_back(run[0]);
    for (size_t k = 1; k < run.size(); ++k) tokens.push_back(run[k - 1] + run[k]);
    run.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    char32_t c = next_code_point(text, i);
    if (c < 0x80 && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
      if (!run.empty()) flush();
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (is_search_cjk(c)) {
      if (!word.empty()) flush();
      run.emplace_back(text.substr(start, i - start));
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

SearchIndexStats write_search_index(const SiteModel& m, const std::vector<std::string>& texts,
                                    OutputWriter& out, Diagnostics& diags) {
  SearchIndexStats stats;
  const std::vector<size_t> docs = newest_first(m, [](const Document&) { return true; });
  stats.docs = docs.size();

  std::unordered_map<std::string, std::vector<uint32_t>> postings;
  for (uint32_t n = 0; n < docs.size(); ++n) {
    const Document& d = m.docs[docs[n]];
    const std::string text = d.title + "\n" + texts[docs[n]];
    write_or_report(out, "search/x/" + std::to_string(n) + ".txt", text, diags, stats);
    std::vector<std::string> tokens = search_tokens(text);
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    for (auto& t : tokens) postings[std::move(t)].push_back(n);  // n ascending: lists stay sorted
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
  j.key("version").number(1);
  j.key("shards").number(static_cast<int64_t>(shards));
  j.key("docs").number(static_cast<int64_t>(docs.size()));
  j.key("chunk").number(static_cast<int64_t>(kChunk));
  j.end_object();
  write_or_report(out, "search/index.json", j.str() + "\n", diags, stats);
  return stats;
}

}  // namespace govsite
