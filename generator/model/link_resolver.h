// Internal links in a document body: `[text](some-id)` and relative `.md` paths point at
// other documents; they become the target page's URL, or an error when the target does
// not exist or is not published (a link must never reveal a non-public document).
#pragma once

#include <optional>
#include <string>

#include "model/site_model.h"

namespace govsite {

struct LinkResolution {
  enum class Kind { external, document, broken } kind = Kind::external;
  const Document* target = nullptr;  // for document links
  std::string fragment;              // "#…" kept from the link, if any
  std::string problem;               // for broken links: what to tell the editor
};

// Classifies `url`, written in `from`. External URLs (with a scheme, //host, #anchor, or a
// path that is neither an id nor a .md file) are left alone.
LinkResolution resolve_link(const SiteModel& m, const Document& from, const std::string& url);

}  // namespace govsite
