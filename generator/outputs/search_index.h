// The offline search index (no server): documents are numbered newest first; every
// document's text is cut into tokens (CJK character bigrams, ASCII words); token → doc
// numbers lists are spread over shards by a hash of the token, so a query downloads only
// the shards of its own tokens, the meta chunk of the results it shows and their texts.
// themes/default/static/js/search.js reads it with the same rules.
//
//   search/index.json      {"version":2,"shards":S,"docs":N,"chunk":M,"text_chunk":T}
//   search/s/<k>.json      {"政务":[0,5,17],…} for tokens whose hash % S == k
//   search/m/<c>.json      [{"t":title,"u":url,"y":type,"d":date},…] for docs c*M … c*M+M-1
//   search/x/<c>.json      ["title\nplain text",…] for docs c*T … c*T+T-1 (snippets and the
//                          phrase check; in chunks, since a file per document would double
//                          the files a build writes, and top results cluster anyway)
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

struct SearchIndexStats {
  size_t docs = 0, shards = 0, tokens = 0, postings = 0, bytes = 0;
};

struct SearchIndexTexts {
  // By model index: the plain body text of every page rendered in this build. Consumed:
  // each text is moved into the index (at 50,000 documents they are 150 MB).
  std::vector<std::string>& texts;
  // By model index: for a page kept from the previous build (not rendered), the hash of
  // its "title\ntext" from the cache, else 0. A kept page's text is read back from the
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
