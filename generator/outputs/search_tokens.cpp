// The search index's tokens: the tokenizer (ASCII words, CJK bigrams), the phrase grams
// of long CJK runs, the record a document is indexed by and its distinct tokens. Apart
// from the index files (search_index_format.cpp) because these rules are the ones
// themes/default/static/js/search.js repeats in the browser: one file to read against it.
#include "outputs/search_tokens.h"

#include <utility>

#include "core/hashing.h"
#include "core/utf8.h"
#include "outputs/page_context.h"

namespace govsite {

namespace {

// Ideographs, kana and Hangul, but not CJK or full-width punctuation (those separate).
bool is_search_cjk(char32_t c) {
  return (c >= 0x3040 && c <= 0x9FFF) || (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// The code point at text[i], advancing i: ASCII and well-formed three-byte sequences (CJK)
// decoded here, where the tokenizer's loop inlines them; the rest by next_code_point, whose
// answers these two agree with.
char32_t decode(std::string_view text, size_t& i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  if (lead < 0x80) return ++i, lead;
  if ((lead & 0xF0) == 0xE0 && i + 2 < text.size() && (byte(i + 1) & 0xC0) == 0x80 && (byte(i + 2) & 0xC0) == 0x80) {
    const char32_t c = (lead & 0x0Fu) << 12 | (byte(i + 1) & 0x3Fu) << 6 | (byte(i + 2) & 0x3Fu);
    return i += 3, c;
  }
  return next_code_point(text, i);
}

// A full-width letter or digit (typed in a Chinese input method's full-width mode, or left
// in a 公文 by WPS) is the same word character as its ASCII form.
char32_t narrow(char32_t c) { return c >= 0xFF10 && c <= 0xFF5A ? c - 0xFEE0 : c; }

bool is_word_char(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// The word in text's bytes [start, end), lower-cased and narrowed.
std::string lowered_word(std::string_view text, size_t start, size_t end) {
  std::string word;
  for (size_t i = start; i < end;) {
    const char32_t c = narrow(decode(text, i));
    word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return word;
}

// The phrase grams of one CJK run whose characters start at starts[0..] and which ends at
// starts.back() (see search_index.h).
template <typename Fn>
void run_grams(std::string_view text, const std::vector<size_t>& starts, std::vector<uint32_t>& hashes, Fn&& fn) {
  auto gram = [&](size_t g) { return text.substr(starts[g], starts[g + kSearchGram] - starts[g]); };
  const size_t grams = starts.size() - kSearchGram;  // starts holds the end too
  hashes.resize(grams);
  for (size_t g = 0; g < grams; ++g) hashes[g] = fnv1a32(gram(g));
  size_t last = grams;
  for (size_t w = 0; w + kSearchWindow <= grams; ++w) {
    size_t best = w;
    for (size_t g = w + 1; g < w + kSearchWindow; ++g)
      if (hashes[g] < hashes[best]) best = g;
    if (best != last) fn(gram(best));
    last = best;
  }
}

// The tokenizer and the phrase grams in one pass over `text`, decoding each character
// once: `token` gets the tokens in order, `gram` the phrase grams of each long CJK run when
// the run ends. A word is passed as a view of `text` unless it has upper-case or
// full-width characters. As a template so the callers' callbacks inline.
template <typename TokenFn, typename GramFn>
void scan(std::string_view text, TokenFn&& token, GramFn&& gram) {
  bool in_word = false, as_written = true;
  size_t word_start = 0;
  std::vector<size_t> starts;  // byte offsets of the current CJK run's characters
  std::vector<uint32_t> hashes;
  auto end_word = [&](size_t end) {
    if (as_written) token(text.substr(word_start, end - word_start));
    else token(std::string_view(lowered_word(text, word_start, end)));
    in_word = false;
  };
  auto end_run = [&](size_t end) {
    if (starts.size() == 1) token(text.substr(starts[0], end - starts[0]));
    if (starts.size() >= kSearchGram + kSearchWindow - 1) {
      starts.push_back(end);
      run_grams(text, starts, hashes, gram);
    }
    starts.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t c = narrow(decode(text, i));
    if (is_search_cjk(c)) {  // first: most characters of a 公文 are
      if (in_word) end_word(start);
      if (!starts.empty()) token(text.substr(starts.back(), i - starts.back()));  // the bigram ending here
      starts.push_back(start);
    } else if (is_word_char(c)) {
      if (!starts.empty()) end_run(start);
      if (!in_word) in_word = true, as_written = true, word_start = start;
      if (i - start != 1 || (c >= 'A' && c <= 'Z')) as_written = false;
    } else {
      if (in_word) end_word(start);
      if (!starts.empty()) end_run(start);
    }
  }
  if (in_word) end_word(text.size());
  if (!starts.empty()) end_run(text.size());
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

// Every token of a record (repeats included): see search_record_tokens. A head part's
// tokens are passed twice, as they are and with "#".
template <typename Fn>
void record_tokens(std::string_view record, Fn&& fn) {
  const RecordParts p = split_record(record);
  std::string head;
  const std::pair<std::string_view, bool> parts[] = {
      {p.title, true}, {p.doc_no, true}, {p.index_no, true}, {p.issuer, false}, {p.text, false}};
  for (const auto& part_in_head : parts) {
    const bool in_head = part_in_head.second;
    auto emit = [&](std::string_view t) {
      fn(t);
      if (!in_head) return;
      head.assign("#").append(t.data(), t.size());
      fn(std::string_view(head));
    };
    scan(part_in_head.first, emit, emit);
  }
}

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace

void distinct_tokens(std::string_view record, DocumentTokens& d) {
  // An open-addressing set of the tokens seen (number in d.tokens + 1, 0 = empty), kept at
  // most half full. A record has far fewer distinct tokens than bytes: the table starts at
  // a slot per two bytes, enough for most records, and grows when it is not.
  d.bytes.clear();
  d.tokens.clear();
  size_t capacity = 256;
  while (capacity < record.size() / 2) capacity <<= 1;
  std::vector<uint32_t> slots(capacity, 0);
  auto place = [&](std::vector<uint32_t>& table, uint64_t hash, uint32_t number) {
    size_t at = hash & (table.size() - 1);
    while (table[at] != 0) at = (at + 1) & (table.size() - 1);
    table[at] = number;
  };
  record_tokens(record, [&](std::string_view t) {
    const uint64_t hash = short_hash64(t);
    const size_t mask = slots.size() - 1;
    for (size_t at = hash & mask; slots[at] != 0; at = (at + 1) & mask) {
      const auto& seen = d.tokens[slots[at] - 1];
      if (seen.hash == hash && seen.size == t.size() && (t.size() <= kShortHashExact || d.text(seen) == t)) return;
    }
    d.tokens.push_back({hash, static_cast<uint32_t>(d.bytes.size()), static_cast<uint32_t>(t.size())});
    d.bytes.insert(d.bytes.end(), t.begin(), t.end());
    if (2 * d.tokens.size() > slots.size()) {
      std::vector<uint32_t> grown(2 * slots.size(), 0);
      for (size_t k = 0; k < d.tokens.size(); ++k) place(grown, d.tokens[k].hash, static_cast<uint32_t>(k + 1));
      slots.swap(grown);
    } else {
      place(slots, hash, static_cast<uint32_t>(d.tokens.size()));
    }
  });
}

DocumentTokens distinct_tokens(std::string_view record) {
  DocumentTokens d;
  distinct_tokens(record, d);
  return d;
}

std::vector<std::string> search_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  scan(
      text, [&](std::string_view t) { tokens.emplace_back(t); }, [](std::string_view) {});
  return tokens;
}

void for_each_phrase_gram(std::string_view text, const std::function<void(std::string_view)>& fn) {
  scan(
      text, [](std::string_view) {}, fn);
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

}  // namespace govsite
