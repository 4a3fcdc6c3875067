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
#include <string>
#include <string_view>
#include <vector>

#include "cache/build_cache.h"
#include "core/file_system.h"
#include "core/output_writer.h"
#include "model/site_model.h"
#include "outputs/search_tokens.h"

namespace govsite {

struct SearchIndexTexts {
  // By model index: the plain body text of every page rendered in this build. Consumed:
  // each text is moved into the index, so the build never holds two copies of every body.
  std::vector<std::string>& texts;
  // By model index: for a page kept from the previous build (not rendered), the hash of
  // its search_record from the cache, else 0. A kept page's text is read back from the
  // previous index in `previous_dir` (through write_search_index's `fs`) when needed.
  const std::vector<uint64_t>& kept_hashes;
  const SearchIndexState* previous = nullptr;
  std::string previous_dir;
  SearchIndexState* next = nullptr;  // filled for the next build, when not null
};

// Writes the index of every published document. With a previous state whose documents are
// numbered the same and only a few texts changed, only the shards and text chunks those
// texts touch are rewritten; the others are kept (OutputWriter::keep). The previous index
// is read through `fs`, the file system the build reads everything through.
void write_search_index(const FileSystem& fs, const SiteModel& m, const SearchIndexTexts& texts, OutputWriter& out,
                        Diagnostics& diags, unsigned jobs = 1);

}  // namespace govsite
