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

// An annual report covers `year` (0: the year before `today`); its title and id default to
// the format's (…年政府信息公开工作年度报告, xxgk-ndbg-<year>).
Scaffold scaffold_document(const SiteModel& m, const SiteConfig& config, DocType type,
                           const std::string& title, const std::string& id, const Date& today, int year = 0);

}  // namespace govsite
