// The search index of a rebuild patched from the previous build's, when the same
// documents are numbered the same and only a few records changed.
#pragma once

#include "outputs/search_index_build.h"

namespace govsite {

// Only the shards holding tokens the changed records gained or lost, and the text chunks
// of those records, are read back, changed and written; the rest of the index is kept as
// it is (OutputWriter::keep). False when that cannot be done (nothing is written then, and
// the whole index is built instead).
bool patch_search_index(SearchIndexBuild& b);

}  // namespace govsite
