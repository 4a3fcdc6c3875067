// The search index's tokens: the tokenizer (ASCII words, CJK bigrams), the phrase grams
// of long CJK runs, the record a document is indexed by and its distinct tokens. Apart
// from the index files (search_index_format.cpp) because these rules are the ones
// themes/default/static/js/search.js repeats in the browser: one file to read against it.
#include "outputs/search_tokens.h"

#include "core/hashing.h"
#include "core/utf8.h"
#include "outputs/page_context.h"

namespace govsite {

namespace {

// Ideographs, kana and Hangul, but not CJK or full-width punctuation (those separate).
bool is_search_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// The tokenizer, as a template so the index builder's loop inlines the callback.
template <typename Fn>
void tokenize(std::string_view text, Fn&& fn) {
  std::string word;                     // the current ASCII word, lower-cased
  size_t run_start = 0, run_chars = 0;  // the current CJK run
  size_t prev_char = 0;                 // byte offset of the run's previous character
  auto flush = [&](size_t run_end) {
    if (!word.empty()) fn(std::string_view(word));
    word.clear();
    if (run_chars == 1) fn(text.substr(run_start, run_end - run_start));
    run_chars = 0;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    char32_t c = next_code_point(text, i);
    // Full-width letters and digits (typed in a Chinese input method's full-width mode, or
    // left in a 公文 by WPS) are the same words as their ASCII forms.
    if (c >= 0xFF10 && c <= 0xFF5A) c -= 0xFEE0;
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
    if (chars >= kSearchGram + kSearchWindow - 1) {
      starts.push_back(end);
      auto gram = [&](size_t g) { return text.substr(starts[g], starts[g + kSearchGram] - starts[g]); };
      const size_t grams = chars - kSearchGram + 1;
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

std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

}  // namespace

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

std::vector<std::string> search_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  tokenize(text, [&](std::string_view t) { tokens.emplace_back(t); });
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

}  // namespace govsite
