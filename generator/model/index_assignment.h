// `govsite assign-index`: gives every public document without a 索引号 the next free number
// of index_prefix, once, by adding one `index_no:` line to its front matter (the rest of
// the file stays byte for byte as it was). Lets an existing site migrate to a catalog in
// which every document has its 索引号 (条例第十二条).
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

struct IndexAssignment {
  std::string path;      // the document, relative to the site folder
  std::string index_no;  // the number it gets
  int after_line = 0;    // the `index_no:` line goes after this line (the `published:` key)
};

// Public documents that are not drafts and have a publication date but no 索引号, in order
// of publication (then path), each with the next free number of its year.
std::vector<IndexAssignment> plan_index_assignment(const SiteModel& m, const SiteConfig& config);

// `text` with "index_no: <index_no>" inserted as a line after line `after_line` (1-based),
// with that line's own line ending. Empty when the file has no such line.
std::string with_index_line(const std::string& text, int after_line, const std::string& index_no);

}  // namespace govsite
