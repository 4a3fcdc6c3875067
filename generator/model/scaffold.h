// `govsite new`: a new document with valid front matter for its type, ready for the
// editor's text and the reviewers' names. It starts as a draft, so `check` accepts it and
// it is not published until the review is filled in and `draft: true` is removed. Its
// examples come from the site (its 发文字号 prefix, organization, 索引号 prefix), never from
// the sample department.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

// What `govsite new` is asked for.
struct ScaffoldRequest {
  DocType type = DocType::notice;
  std::string title;       // empty for an annual report: the format's own
  std::string id;          // --id; empty: from a Latin title, else numbered (policy-2026-001)
  std::string interprets;  // --interprets: the id of the policy an interpretation explains
  bool folder = false;     // --folder: <id>/index.md, in a folder of its own for attachments
  Date today;
  int year = 0;  // annual report: the year it covers (0: the year before today)
  // The ids the .md files under content/ are named by (content/load_documents.h
  // default_id_for), those that do not parse too: a numbered id never takes one of them.
  std::vector<std::string> file_ids;
};

struct Scaffold {
  std::string path;  // relative to the site folder: content/policies/2026/<id>.md or …/<id>/index.md
  std::string text;  // the whole file
  std::string id;
  bool numbered = false;  // the title has no Latin words: the id is the type's next number
  std::string error;      // non-empty when no document can be made; says what to do
};

// The id a Latin title suggests: its ASCII letters and digits, lower-cased, other runs as
// "-". Empty when the title has no Latin letter or has Chinese characters in it (from
// 关于印发《APP管理办法》的通知 it would make "app"): such a title gets a numbered id.
std::string id_from_title(const std::string& title);

Scaffold scaffold_document(const SiteModel& m, const SiteConfig& config, const ScaffoldRequest& request);

}  // namespace govsite
