// `govsite new`: a new document with valid front matter for its type, ready for the
// editor's text and the reviewers' names. It starts as a draft, so `check` accepts it and
// it is not published until the review is filled in and `draft: true` is removed.
#pragma once

#include <string>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

struct Scaffold {
  std::string path;   // relative to the site folder: content/policies/2026/<id>.md
  std::string text;   // the whole file
  std::string error;  // non-empty when no document can be made; says what to do
};

// The id a title suggests: its ASCII letters and digits, lower-cased, other runs as "-";
// empty when the title has no Latin letter (a Chinese title needs --id).
std::string id_from_title(const std::string& title);

Scaffold scaffold_document(const SiteModel& m, const SiteConfig& config, DocType type,
                           const std::string& title, const std::string& id, const Date& today);

}  // namespace govsite
