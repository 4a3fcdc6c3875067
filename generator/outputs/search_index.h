// The offline search index (no server): documents are numbered newest first; every
// document's record (title, metadata, text) is cut into tokens (CJK character bigrams,
// ASCII words, and the phrase grams of long CJK runs); token → doc numbers lists are
// spread over shards by a hash of the token, so a query downloads only the shards of its
// own tokens and the text chunks of the results it shows.
// themes/default/static/js/search.js reads it with the same rules.
//
//   search/index.json  {"version":3,"shards":S,"docs":N,"text_chunk":T,"gram":K,"window":W}
//   search/s/<k>.json  {"政务":[0,5,12],"#政务":[5],…}: each list ascending, written as the
//                      first number and then the differences (short numbers for long lists).
//                      "政务" lists the documents whose record has the token anywhere,
//                      "#政务" those whose head (title, 发文字号, 索引号) has it, for the
//                      title-first ranking. A token and its "#" form live in shard
//                      fnv1a(token) % S, so one shard answers both.
//   search/x/<c>.json  [record, …] for docs c*T … c*T+T-1, each record
//                      "title\nurl\ttype\tdate\t发文字号\t索引号\t发文机关\nplain text"
//                      (results, snippets and the phrase check read it; in chunks, since a
//                      file per document would double the files a build writes).
//
// Phrase grams: in every CJK run of W+K-1 characters or more, each window of W consecutive
// K-character grams contributes its gram with the smallest FNV-1a hash (the leftmost on a
// tie). A query run that long contains a whole window, whose chosen gram the document's
// same window chose too: the intersection of the query run's grams' lists holds every
// document containing the run, and far fewer others than the intersection of its bigrams'
// lists, whose shards would also cost one fetch per character.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "cache/build_cache.h"
#include "model/site_model.h"
#include "core/output_writer.h"

namespace govsite {

// Tokens of `text` in order (with repeats): lower-cased ASCII words [a-z0-9]+, and for each
// run of CJK ideographs its overlapping bigrams (a run of one gives that character).
// Punctuation, full-width forms and spaces separate runs.
std::vector<std::string> search_tokens(std::string_view text);

// The same tokens, handed to `fn` one at a time without building a list (the index
// builder's hot loop).
void for_each_search_token(std::string_view text, const std::function<void(std::string_view)>& fn);

// Phrase grams of `text`'s long CJK runs, as described above (repeats included).
void for_each_phrase_gram(std::string_view text, const std::function<void(std::string_view)>& fn);

// The record of a document in the text chunks (format above): its title, URL, type label,
// date, 发文字号, 索引号 and issuer (tabs and line breaks in them become spaces), then
// `text`, its plain body text. Its content_hash is what the build cache keeps per page.
std::string search_record(const Document& d, std::string_view text);

// Every token a record is indexed under, each once: the tokens and phrase grams of its
// searchable part (title, 发文字号, 索引号, issuer and text; not URL, type or date), and
// "#" + those of its head (title, 发文字号, 索引号).
std::vector<std::string> search_record_tokens(std::string_view record);

struct SearchIndexStats {
  size_t docs = 0, shards = 0, tokens = 0, postings = 0, bytes = 0;
};

struct SearchIndexTexts {
  // By model index: the plain body text of every page rendered in this build. Consumed:
  // each text is moved into the index (at 50,000 documents they are 150 MB).
  std::vector<std::string>& texts;
  // By model index: for a page kept from the previous build (not rendered), the hash of
  // its search_record from the cache, else 0. A kept page's text is read back from the
  // previous index in `previous_dir` when needed.
  const std::vector<uint64_t>& kept_hashes;
  const SearchIndexState* previous = nullptr;
  std::string previous_dir;
  SearchIndexState* next = nullptr;  // filled for the next build, when not null
};

// Writes the index of every published document. With a previous state whose documents are
// numbered the same and only a few texts changed, only the shards and text chunks those
// texts touch are rewritten; the others are kept (OutputWriter::keep). Returns what it
// wrote, for the build report.
SearchIndexStats write_search_index(const SiteModel& m, const SearchIndexTexts& texts, OutputWriter& out,
                                    Diagnostics& diags, unsigned jobs = 1);

}  // namespace govsite
