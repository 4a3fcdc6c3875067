// The render key of a document page: what the page was rendered from (its document, what
// it shows of other documents, where its links lead, the files it copies), so an
// incremental build renders only the pages whose key changed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cache/render_memo.h"
#include "core/file_system.h"
#include "model/site_model.h"
#include "outputs/page_context.h"

namespace govsite {

// What every page shows of the site (navigation, footer, links, assets): part of every
// page's render key.
uint64_t site_frame_key(const SiteFrame& frame);

// A key of everything document_value() reads of the model, added to `key` (which covers
// the configuration and the date): the document, and for each other document it links
// to, that one's stamp (a list's order and length are in the key too, as each entry is
// added in turn after a marker). Equal keys mean equal values.
uint64_t document_value_key(KeyHasher key, const SiteModel& m, size_t index);

// The render key of a document page: what it was rendered from. `base` covers the build
// (binary, configuration, theme, date), the site frame and document_value_key(): the
// document and every document its "page" value shows (pairs, supersession, results).
// Links and copied files are added here: where each body link leads now, and
// each copied file's stamp.
uint64_t page_key(KeyHasher base, const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                  const Document& d, const std::vector<std::string>& links, const std::vector<std::string>& sources);

}  // namespace govsite
