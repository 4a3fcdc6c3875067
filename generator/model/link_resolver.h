// Internal links in a document body: `[text](some-id)` and relative `.md` paths point at
// other documents; they become the target page's URL, or an error when the target does
// not exist or is not published (a link must never reveal a non-public document).
#pragma once

#include <optional>
#include <string>

#include "model/document_files.h"
#include "model/site_model.h"

namespace govsite {

struct LinkResolution {
  enum class Kind { external, document, file, broken } kind = Kind::external;
  const Document* target = nullptr;  // for document links
  FileReference file;                // for file links (images, attachments)
  std::string fragment;              // "#…" kept from the link, if any
  std::string problem;               // for broken links: what to tell the editor
  std::string code;                  // for broken links: the diagnostic's code
  // The target is a document whose own file has an error ("broken-reference-target"): a
  // follow-on of that error, which the target's file reports.
  bool broken_target = false;
};

// Classifies `url`, written in `from`. URLs with a scheme, //host or an #anchor are
// external; an id or a .md path is a document; any other relative path is a file beside
// the document (an image or attachment), which must exist and may not leave its folder.
// A page's address ("/policies/x.html", "../x.html") is broken (link-by-address): it
// depends on where the site is served and how its output is laid out, an id does not.
LinkResolution resolve_link(const SiteModel& m, const Document& from, const std::string& url);

}  // namespace govsite
