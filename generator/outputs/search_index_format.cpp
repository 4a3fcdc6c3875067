// The files of the offline search index (format in search_index.h): writing the header,
// a shard and a text chunk, and reading a shard and a text chunk back for an incremental
// rebuild. The one place that knows the JSON layout, so the writer and the reader of each
// file sit side by side.
#include "outputs/search_index_format.h"

#include <algorithm>
#include <charconv>

#include "core/hashing.h"
#include "core/json_writer.h"

namespace govsite {

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
    while (at_ < in_.size() && in_[at_] >= '0' && in_[at_] <= '9' && n < (1ull << 32))
      n = n * 10 + static_cast<uint64_t>(in_[at_++] - '0');
    if (at_ == start || n >= (1ull << 32)) ok_ = false;
    return static_cast<uint32_t>(n);
  }

 private:
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

}  // namespace

uint32_t shard_hash(std::string_view token) {
  if (!token.empty() && token[0] == '#') token.remove_prefix(1);
  return fnv1a32(token);
}

size_t shard_count(uint64_t estimate) {
  return std::max<size_t>(1, static_cast<size_t>((estimate + kSearchShardBytes - 1) / kSearchShardBytes));
}

std::string shard_path(size_t k) { return "search/s/" + std::to_string(k) + ".json"; }

std::string text_chunk_path(size_t c) { return "search/x/" + std::to_string(c) + ".json"; }

std::string index_header_json(size_t shards, size_t docs) {
  JsonWriter j;
  j.begin_object();
  j.key("version").number(3);
  j.key("shards").number(static_cast<int64_t>(shards));
  j.key("docs").number(static_cast<int64_t>(docs));
  j.key("text_chunk").number(static_cast<int64_t>(kSearchTextChunk));
  j.key("gram").number(static_cast<int64_t>(kSearchGram));
  j.key("window").number(static_cast<int64_t>(kSearchWindow));
  j.end_object();
  return j.str() + "\n";
}

std::string shard_json(const ShardEntries& entries) {
  // Appended here rather than through JsonWriter, the numbers being most of a shard and a
  // JsonWriter call per number most of its time: the same bytes. A token is the
  // tokenizer's (letters, digits, CJK, '#'), which JSON does not escape; one that would
  // need escaping is quoted by JsonWriter all the same.
  std::string out = "{";
  for (const auto& [token, list] : entries) {
    if (&token != &entries.front().first) out += ',';
    if (std::all_of(token.begin(), token.end(), [](char c) { return c != '"' && c != '\\' && (c & 0xE0) != 0; })) {
      out.append("\"").append(token.data(), token.size()).append("\":[");
    } else {
      JsonWriter key;
      key.string(token);
      out.append(key.str()).append(":[");
    }
    // Room for the longest list (ten digits and a comma a number), then cut to what it took.
    size_t at = out.size();
    out.resize(at + 11 * list->size() + 1);
    for (size_t k = 0; k < list->size(); ++k) {
      const uint32_t delta = k == 0 ? (*list)[0] : (*list)[k] - (*list)[k - 1];
      if (k > 0) out[at++] = ',';
      at = static_cast<size_t>(std::to_chars(&out[at], out.data() + out.size(), delta).ptr - out.data());
    }
    out[at++] = ']';
    out.resize(at);
  }
  out += '}';
  return out;
}

std::string text_chunk_json(const std::vector<std::string>& records, size_t c) {
  JsonWriter chunk;
  chunk.begin_array();
  for (size_t n = c * kSearchTextChunk; n < records.size() && n < (c + 1) * kSearchTextChunk; ++n)
    chunk.string(records[n]);
  chunk.end_array();
  return chunk.str();
}

bool read_text_chunk(const std::string& bytes, std::vector<std::string>& texts) {
  JsonReader r(bytes);
  texts.clear();
  r.expect('[');
  if (!r.eat(']')) do
      texts.push_back(r.string());
    while (r.ok() && r.eat(','));
  return r.expect(']') && r.done();
}

bool read_shard(const std::string& bytes, SearchShard& shard) {
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

}  // namespace govsite
