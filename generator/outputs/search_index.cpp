#include "outputs/search_index.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <unordered_map>

#include "core/file_system.h"
#include "core/parallel.h"
#include "cache/build_cache.h"

#include "core/hashing.h"
#include "core/json_writer.h"
#include "core/utf8.h"
#include "outputs/page_context.h"
#include "core/messages.h"

namespace govsite {

namespace {

constexpr size_t kTextChunk = 2;           // documents per text chunk
constexpr size_t kGram = 8;                // characters of a phrase gram
constexpr size_t kWindow = 3;              // grams per window: runs of kGram+kWindow-1 have grams
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

// The phrase grams of the long CJK runs of `text` (see search_index.h).
template <typename Fn>
void phrase_grams(std::string_view text, Fn&& fn) {
  std::vector<size_t> starts;  // byte offsets of the current run's characters (then its end)
  std::vector<uint32_t> hashes;
  auto flush = [&](size_t end) {
    const size_t chars = starts.size();
    if (chars >= kGram + kWindow - 1) {
      starts.push_back(end);
      auto gram = [&](size_t g) { return text.substr(starts[g], starts[g + kGram] - starts[g]); };
      const size_t grams = chars - kGram + 1;
      hashes.resize(grams);
      for (size_t g = 0; g < grams; ++g) hashes[g] = fnv1a32(gram(g));
      size_t last = grams;
      for (size_t w = 0; w + kWindow <= grams; ++w) {
        size_t best = w;
        for (size_t g = w + 1; g < w + kWindow; ++g)
          if (hashes[g] < hashes[best]) best = g;
        if (best != last) fn(gram(best));
        last = best;
      }
    }
    starts.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    if (is_search_cjk(next_code_point(text, i))) starts.push_back(start);
    else if (!starts.empty()) flush(start);
  }
  flush(text.size());
}

// A record's parts (format in search_index.h). A record read back from an index that
// lacks the metadata line has empty fields.
struct RecordParts {
  std::string_view title, url, type, date, doc_no, index_no, issuer, text;
};

RecordParts split_record(std::string_view record) {
  RecordParts p;
  size_t nl = record.find('\n');
  p.title = record.substr(0, nl);
  if (nl == std::string_view::npos) return p;
  std::string_view rest = record.substr(nl + 1);
  nl = rest.find('\n');
  std::string_view meta = rest.substr(0, nl);
  p.text = nl == std::string_view::npos ? std::string_view() : rest.substr(nl + 1);
  std::string_view* fields[] = {&p.url, &p.type, &p.date, &p.doc_no, &p.index_no, &p.issuer};
  for (std::string_view* f : fields) {
    const size_t tab = meta.find('\t');
    *f = meta.substr(0, tab);
    meta = tab == std::string_view::npos ? std::string_view() : meta.substr(tab + 1);
  }
  return p;
}

// Every token of a record (repeats included): see search_record_tokens.
template <typename Fn>
void record_tokens(std::string_view record, Fn&& fn) {
  const RecordParts p = split_record(record);
  for (std::string_view part : {p.title, p.doc_no, p.index_no, p.issuer, p.text}) {
    tokenize(part, fn);
    phrase_grams(part, fn);
  }
  std::string head;
  auto in_head = [&](std::string_view t) {
    head.assign("#").append(t.data(), t.size());
    fn(std::string_view(head));
  };
  for (std::string_view part : {p.title, p.doc_no, p.index_no}) {
    tokenize(part, in_head);
    phrase_grams(part, in_head);
  }
}

// The shard a token lives in: "#政务" beside "政务".
uint32_t shard_hash(std::string_view token) {
  if (!token.empty() && token[0] == '#') token.remove_prefix(1);
  return fnv1a32(token);
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
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

DocumentTokens distinct_tokens(std::string_view record) {
  // An open-addressing set of the tokens seen (index into d.tokens + 1, 0 = empty), sized
  // for the most tokens the text can have: no rehashing, no sort.
  DocumentTokens d;
  size_t capacity = 64;
  // At most one token per byte of the record, and as many again for the head's.
  while (capacity < 2 * record.size()) capacity <<= 1;
  std::vector<uint32_t> slots(capacity, 0);
  record_tokens(record, [&](std::string_view t) {
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

void for_each_phrase_gram(std::string_view text, const std::function<void(std::string_view)>& fn) {
  phrase_grams(text, fn);
}

std::string search_record(const Document& d, std::string_view text) {
  std::string r = one_line(d.title);
  r += '\n';
  r += one_line(url_of(d));
  for (const std::string& field : {std::string(type_label(d.type)), d.published ? d.published->str() : std::string(),
                                   d.doc_no, d.index_no, d.issuer})
    r.append("\t").append(one_line(field));
  r += '\n';
  r.append(text.data(), text.size());
  return r;
}

std::vector<std::string> search_record_tokens(std::string_view record) {
  const DocumentTokens d = distinct_tokens(record);
  std::vector<std::string> tokens;
  for (const auto& t : d.tokens) tokens.emplace_back(d.text(t));
  return tokens;
}

namespace {

// Reading back what this unit wrote, for an incremental rebuild. Only what JsonWriter
// produces is accepted (escapes \" \\ \n \r \t \u00XX); anything else fails, and the index
// is then built afresh.
class JsonReader {
 public:
  explicit JsonReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool eat(char c) {
    if (ok_ && at_ < in_.size() && in_[at_] == c) return ++at_, true;
    return false;
  }
  bool expect(char c) { return eat(c) || (ok_ = false); }
  bool done() const { return ok_ && at_ == in_.size(); }
  std::string string() {
    std::string out;
    if (!expect('"')) return out;
    while (ok_) {
      if (at_ >= in_.size()) return ok_ = false, out;
      const char c = in_[at_++];
      if (c == '"') return out;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (at_ >= in_.size()) return ok_ = false, out;
      switch (in_[at_++]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u':
          if (at_ + 4 > in_.size() || in_.substr(at_, 2) != "00") return ok_ = false, out;
          out += static_cast<char>(std::stoi(std::string(in_.substr(at_ + 2, 2)), nullptr, 16));
          at_ += 4;
          break;
        default: ok_ = false;
      }
    }
    return out;
  }
  uint32_t number() {
    uint64_t n = 0;
    const size_t start = at_;
    while (at_ < in_.size() && in_[at_] >= '0' && in_[at_] <= '9' && n < (1ull << 32)) n = n * 10 + static_cast<uint64_t>(in_[at_++] - '0');
    if (at_ == start || n >= (1ull << 32)) ok_ = false;
    return static_cast<uint32_t>(n);
  }

 private:
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

// search/x/<c>.json: the texts of documents c*T … c*T+T-1.
bool read_text_chunk(const std::string& bytes, std::vector<std::string>& texts) {
  JsonReader r(bytes);
  texts.clear();
  r.expect('[');
  if (!r.eat(']'))
    do texts.push_back(r.string());
    while (r.ok() && r.eat(','));
  return r.expect(']') && r.done();
}

// search/s/<k>.json: token → document numbers, tokens in byte order.
using Shard = std::vector<std::pair<std::string, std::vector<uint32_t>>>;
bool read_shard(const std::string& bytes, Shard& shard) {
  JsonReader r(bytes);
  shard.clear();
  r.expect('{');
  if (!r.eat('}')) {
    do {
      shard.emplace_back(r.string(), std::vector<uint32_t>());
      r.expect(':');
      r.expect('[');
      if (!r.eat(']')) {
        uint64_t n = 0;  // the first number, then differences
        do {
          n += r.number();
          if (n >= (1ull << 32)) return false;
          shard.back().second.push_back(static_cast<uint32_t>(n));
        } while (r.ok() && r.eat(','));
        r.expect(']');
      }
    } while (r.ok() && r.eat(','));
    r.expect('}');
  }
  return r.done();
}

std::string shard_json(const std::vector<std::pair<std::string_view, const std::vector<uint32_t>*>>& entries) {
  JsonWriter j;
  j.begin_object();
  for (const auto& [token, list] : entries) {
    j.key(token).begin_array();
    uint32_t previous = 0;
    for (uint32_t n : *list) j.number(n - previous), previous = n;
    j.end_array();
  }
  j.end_object();
  return j.str();
}

size_t shard_count(uint64_t estimate) { return std::max<size_t>(1, (estimate + kShardBytes - 1) / kShardBytes); }

}  // namespace

SearchIndexStats write_search_index(const SiteModel& m, const SearchIndexTexts& in, OutputWriter& out,
                                    Diagnostics& diags, unsigned jobs) {
  SearchIndexStats stats;
  std::mutex stats_mutex;
  auto write = [&](const std::string& path, const std::string& bytes) {
    std::string error;
    if (!out.write(path, bytes, error)) diags.error(path, 0, 0, "io-error", error);
    std::lock_guard<std::mutex> lock(stats_mutex);
    stats.bytes += bytes.size();
  };
  const std::vector<size_t>& docs = m.newest;
  stats.docs = docs.size();
  const SearchIndexState* before = in.previous;
  RealFileSystem disk;
  auto read_previous = [&](const std::string& rel, std::string& bytes) {
    std::string error;
    return before && disk.read_file(join_path(in.previous_dir, rel), bytes, error);
  };

  // Each document's number, text and text hash. A page kept from the previous build was
  // not rendered: its text is read back from the previous index's text chunks.
  SearchIndexState next;
  next.order.resize(docs.size());
  next.text_hashes.resize(docs.size());
  std::unordered_map<std::string, size_t> old_number;
  if (before)
    for (size_t n = 0; n < before->order.size(); ++n) old_number.emplace(before->order[n], n);
  std::map<size_t, std::vector<std::string>> old_chunks;  // read on demand
  std::mutex old_chunks_mutex;
  auto old_text = [&](size_t old_n, std::string& text) {
    std::lock_guard<std::mutex> lock(old_chunks_mutex);
    auto it = old_chunks.find(old_n / kTextChunk);
    if (it == old_chunks.end()) {
      std::string bytes;
      std::vector<std::string> chunk;
      if (!read_previous("search/x/" + std::to_string(old_n / kTextChunk) + ".json", bytes) || !read_text_chunk(bytes, chunk))
        chunk.clear();
      it = old_chunks.emplace(old_n / kTextChunk, std::move(chunk)).first;
    }
    if (old_n % kTextChunk >= it->second.size()) return false;
    text = it->second[old_n % kTextChunk];
    return true;
  };
  std::vector<std::string> text(docs.size());
  for (size_t n = 0; n < docs.size(); ++n) {
    const size_t i = docs[n];
    next.order[n] = url_of(m.docs[i]);
    if (in.kept_hashes[i] == 0) {
      text[n] = search_record(m.docs[i], in.texts[i]);
      std::string().swap(in.texts[i]);
      next.text_hashes[n] = content_hash(text[n]);
    } else {
      next.text_hashes[n] = in.kept_hashes[i];
    }
  }
  // Texts of kept pages, when a whole index must be built (and for the changed chunks).
  auto fill_text = [&](size_t n) {
    if (in.kept_hashes[docs[n]] == 0 || !text[n].empty()) return true;
    auto it = old_number.find(next.order[n]);
    return it != old_number.end() && old_text(it->second, text[n]) && content_hash(text[n]) == next.text_hashes[n];
  };

  auto write_text_chunk = [&](size_t c) {
    JsonWriter chunk;
    chunk.begin_array();
    for (size_t n = c * kTextChunk; n < docs.size() && n < (c + 1) * kTextChunk; ++n) chunk.string(text[n]);
    chunk.end_array();
    write("search/x/" + std::to_string(c) + ".json", chunk.str());
  };
  auto write_header = [&](size_t shards) {
    JsonWriter j;
    j.begin_object();
    j.key("version").number(3);
    j.key("shards").number(static_cast<int64_t>(shards));
    j.key("docs").number(static_cast<int64_t>(docs.size()));
    j.key("text_chunk").number(static_cast<int64_t>(kTextChunk));
    j.key("gram").number(static_cast<int64_t>(kGram));
    j.key("window").number(static_cast<int64_t>(kWindow));
    j.end_object();
    write("search/index.json", j.str() + "\n");
  };

  // A rebuild where the same documents are numbered the same and a few texts changed:
  // only the shards holding tokens those texts gained or lost, and their text chunks,
  // are read back, changed and written; the rest of the index is kept as it is. False
  // when that cannot be done (nothing is written then).
  const size_t chunks = (docs.size() + kTextChunk - 1) / kTextChunk;
  auto patch_index = [&] {
    if (!before || before->shards == 0 || before->order != next.order) return false;
    std::vector<size_t> changed;
    for (size_t n = 0; n < docs.size(); ++n)
      if (next.text_hashes[n] != before->text_hashes[n]) changed.push_back(n);
    if (changed.size() > std::max<size_t>(8, docs.size() / 50)) return false;
    const size_t shards = before->shards;
    // token → (documents losing it, documents gaining it)
    std::map<std::string, std::pair<std::vector<uint32_t>, std::vector<uint32_t>>> delta;
    for (size_t n : changed) {
      if (in.kept_hashes[docs[n]] != 0) return false;  // a changed text is always a rendered one
      std::string previous_text;
      if (!old_text(n, previous_text) || content_hash(previous_text) != before->text_hashes[n]) return false;
      const DocumentTokens was = distinct_tokens(previous_text), now = distinct_tokens(text[n]);
      std::unordered_map<std::string_view, char> side;
      for (const auto& t : was.tokens) side[was.text(t)] |= 1;
      for (const auto& t : now.tokens) side[now.text(t)] |= 2;
      for (const auto& [token, where] : side) {
        if (where == 1) delta[std::string(token)].first.push_back(static_cast<uint32_t>(n));
        if (where == 2) delta[std::string(token)].second.push_back(static_cast<uint32_t>(n));
      }
    }
    std::map<size_t, Shard> touched;
    int64_t estimate = static_cast<int64_t>(before->estimate);
    for (const auto& [token, change] : delta) {
      const size_t k = shard_hash(token) % shards;
      auto it = touched.find(k);
      if (it == touched.end()) {
        std::string bytes;
        Shard shard;
        if (!read_previous("search/s/" + std::to_string(k) + ".json", bytes) || !read_shard(bytes, shard)) return false;
        it = touched.emplace(k, std::move(shard)).first;
      }
      Shard& shard = it->second;
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
    }
    if (shard_count(static_cast<uint64_t>(estimate)) != shards) return false;
    std::vector<char> chunk_changed(chunks, 0);
    for (size_t n : changed) chunk_changed[n / kTextChunk] = 1;
    for (size_t n = 0; n < docs.size(); ++n)
      if (chunk_changed[n / kTextChunk] && !fill_text(n)) return false;

    for (size_t k = 0; k < shards; ++k) {
      auto it = touched.find(k);
      if (it == touched.end()) {
        out.keep("search/s/" + std::to_string(k) + ".json");
        continue;
      }
      std::vector<std::pair<std::string_view, const std::vector<uint32_t>*>> entries;
      for (const auto& [token, list] : it->second) entries.emplace_back(token, &list);
      write("search/s/" + std::to_string(k) + ".json", shard_json(entries));
    }
    for (size_t c = 0; c < chunks; ++c)
      if (chunk_changed[c]) write_text_chunk(c);
      else out.keep("search/x/" + std::to_string(c) + ".json");
    write_header(shards);
    next.estimate = static_cast<uint64_t>(estimate);
    next.shards = shards;
    stats.shards = shards;
    return true;
  };
  if (patch_index()) {
    if (in.next) *in.next = std::move(next);
    return stats;
  }

  // The whole index.
  std::vector<char> have(docs.size(), 1);
  parallel_for(docs.size(), jobs, [&](size_t n) { have[n] = fill_text(n); });
  for (size_t n = 0; n < docs.size(); ++n)
    if (!have[n]) {
      diags.error("", 0, 0, "io-error",
                  tr("io-error.search-text", {next.order[n]}));
      return stats;
    }
  // Text chunks, and the tokens of each document, on all threads; the postings are then
  // merged a block of documents at a time (bounded memory), each thread taking the tokens
  // whose hash falls in its own part of the table.
  parallel_for(chunks, jobs, write_text_chunk);
  const unsigned parts = std::max(1u, jobs);
  std::vector<PostingTable> tables(parts);
  constexpr size_t kBlock = 512;
  std::vector<DocumentTokens> block;
  for (size_t first = 0; first < docs.size(); first += kBlock) {
    const size_t count = std::min(kBlock, docs.size() - first);
    block.assign(count, DocumentTokens());
    parallel_for(count, jobs, [&](size_t k) { block[k] = distinct_tokens(text[first + k]); });
    parallel_for(parts, jobs, [&](size_t part) {
      for (size_t k = 0; k < count; ++k)
        for (const auto& t : block[k].tokens)
          if (t.hash % parts == part) tables[part].add(t.hash, block[k].text(t), static_cast<uint32_t>(first + k));
    });
  }
  std::vector<std::string>().swap(text);

  size_t estimate = 0;
  for (const auto& table : tables)
    table.for_each([&](std::string_view token, const std::vector<uint32_t>& list) {
      estimate += token.size() + 6 + list.size() * 6;
      stats.postings += list.size();
      ++stats.tokens;
    });
  const size_t shards = shard_count(estimate);
  stats.shards = shards;
  std::vector<std::vector<std::pair<std::string_view, const std::vector<uint32_t>*>>> by_shard(shards);
  for (const auto& table : tables)
    table.for_each([&](std::string_view token, const std::vector<uint32_t>& list) {
      by_shard[shard_hash(token) % shards].emplace_back(token, &list);
    });
  parallel_for(shards, jobs, [&](size_t k) {
    auto& entries = by_shard[k];
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    write("search/s/" + std::to_string(k) + ".json", shard_json(entries));
  });
  write_header(shards);
  next.estimate = estimate;
  next.shards = shards;
  if (in.next) *in.next = std::move(next);
  return stats;
}

}  // namespace govsite
