// The tokens of the offline search index (format in outputs/search_index.h): what a query
// and a document are cut into, the same in themes/default/static/js/search.js.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "content/document.h"

namespace govsite {

constexpr size_t kSearchGram = 8;    // characters of a phrase gram
constexpr size_t kSearchWindow = 3;  // grams per window: runs of kSearchGram+kSearchWindow-1 have grams

// Tokens of `text` in order (with repeats): lower-cased ASCII words [a-z0-9]+, and for each
// run of CJK ideographs its overlapping bigrams (a run of one gives that character).
// Punctuation, full-width forms and spaces separate runs.
std::vector<std::string> search_tokens(std::string_view text);

// Phrase grams of `text`'s long CJK runs, as described in search_index.h (repeats included).
void for_each_phrase_gram(std::string_view text, const std::function<void(std::string_view)>& fn);

// The record of a document in the text chunks (format in search_index.h): its title, URL,
// type label, date, 发文字号, 索引号 and issuer (tabs and line breaks in them become
// spaces), then `text`, its plain body text. Its content_hash is what the build cache
// keeps per page.
std::string search_record(const Document& d, std::string_view text);

// Every token a record is indexed under, each once: the tokens and phrase grams of its
// searchable part (title, 发文字号, 索引号, issuer and text; not URL, type or date), and
// "#" + those of its head (title, 发文字号, 索引号).
std::vector<std::string> search_record_tokens(std::string_view record);

// One document's distinct tokens: each token's bytes once in `bytes`, with its
// short_hash64 (core/hashing.h).
struct DocumentTokens {
  struct Token {
    uint64_t hash;
    uint32_t offset, size;
  };
  std::vector<char> bytes;  // not a std::string: a vector's append of a short token inlines
  std::vector<Token> tokens;
  std::string_view text(const Token& t) const { return std::string_view(bytes.data() + t.offset, t.size); }
};

// The tokens search_record_tokens() lists, in the compact form the index builder merges.
DocumentTokens distinct_tokens(std::string_view record);
// The same into `d`, whose buffers are reused (a thread taking one document after another
// allocates only when a record has more tokens than any before).
void distinct_tokens(std::string_view record, DocumentTokens& d);

}  // namespace govsite
