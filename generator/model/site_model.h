// The site as a graph: which documents are published and why the others are not, which
// interpretation explains which policy, which policy replaced which, and the URL of every
// page. Built once from the loaded documents; read by validation, rendering and outputs.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "config/site_config.h"
#include "content/document.h"
#include "content/request_records.h"
#include "core/date.h"

namespace govsite {

struct SiteModel {
  std::vector<Document> docs;         // path order
  Date now;                           // the build date
  std::vector<bool> published;        // per doc: goes into the output
  std::vector<std::string> left_out;  // per doc: why not published, in the editor's language (empty when published)
  // Per doc: the same reason as a code that stays the same in every language, for scripts
  // reading reports/build.json: "invalid-id", "draft", "not-public", "no-publication-date",
  // "review-incomplete", "scheduled", "expired", "has-errors" (empty when published).
  std::vector<std::string> left_out_code;
  std::vector<bool> draft_preview;                  // per doc: published only as a draft preview
  std::unordered_map<std::string, size_t> by_id;    // first document with each id
  std::unordered_map<std::string, size_t> by_path;  // content/… path → doc
  // Per policy: its published interpretations (pairing, SPEC §3.4), by date then id.
  std::vector<std::vector<size_t>> interpretations;
  // Per policy: the published policies it replaced (the back-link of superseded_by).
  std::vector<std::vector<size_t>> supersedes;
  // Files under content/ that are not documents ("content/…").
  std::unordered_set<std::string> files;
  // Who claims a file: every document listing it in `attachments`, and the document whose
  // own folder (index.md) holds it. A file claimed by an unpublished document must never
  // be published, not even through another document's attachment or link.
  std::unordered_map<std::string, std::vector<size_t>> attachment_claims;
  std::unordered_map<std::string, size_t> folder_owner;  // folder → its index.md document
  // Every published document, newest first (then by id): sorted once, filtered by
  // newest_first() for each listing.
  std::vector<size_t> newest;
  // 依申请公开 request records (data/requests/), by year: internal, only the annual
  // report's counts are published.
  std::vector<RequestFile> requests;
  // "Present but broken": files whose own loading reported an error and which are missing
  // from the site because of it (they did not parse, or are left out with "has-errors"):
  // by path, and by id those that did not parse (when no document has the id). A reference
  // to one is a follow-on of that error.
  std::unordered_map<std::string, BrokenFile> broken_by_id;
  std::unordered_map<std::string, BrokenFile> broken_by_path;
  const BrokenFile* broken_with_id(const std::string& id) const;
  const BrokenFile* broken_at(const std::string& path) const;
  // The first unpublished document claiming `file`, or nullptr.
  const Document* unpublished_claimant(const std::string& file) const;

  const Document* find(const std::string& id) const;
  // The published document with this id, or nullptr.
  const Document* find_published(const std::string& id) const;
  size_t index_of(const Document& d) const { return static_cast<size_t>(&d - docs.data()); }
};

// `preview_drafts` (govsite serve --drafts) also publishes public drafts, with their
// review not demanded; they are marked so pages carry a 未审核 banner and noindex. Never
// used for build or bundle.
// `broken`: the files whose loading reported an error (LoadedContent::broken). One that
// parsed but is left out for a reason its error may be the cause of (no valid id or
// disclosure, no publication date, incomplete review) is left out as "has-errors"; drafts,
// non-public, scheduled and expired documents keep their reason.
SiteModel build_site_model(std::vector<Document> docs, const Date& now, std::vector<std::string> files = {},
                           bool preview_drafts = false, const std::vector<BrokenFile>& broken = {});

// "「id」本身有错误（见上方 path 第N行）": the cause a follow-on message names.
std::string broken_target_cause(const BrokenFile& b);

// The folder a document's relative file names start from.
std::string folder_of(const Document& d);

// Folder of each type in the output and in URLs: policies/, interpretations/, …
const char* section_of(DocType t);
// Its name in the navigation, listings and breadcrumbs (政策文件, 政策解读, …).
const char* section_label(DocType t);
// A document page's URL relative to the site root, which is also its output file:
// "policies/sfj-2019-plan.html". One file per page, not a folder with an index.html: half
// the files and folders a build creates, as Chinese government sites have long done
// (…/t20190812_123.html).
std::string url_of(const Document& d);
// The folder its attachments and images are copied into, beside the page:
// "policies/sfj-2019-plan/".
std::string files_url_of(const Document& d);

// Published documents for which `keep` is true, newest first (ties by id, so the order is
// stable).
std::vector<size_t> newest_first(const SiteModel& m, const std::function<bool(const Document&)>& keep);

// The newest date any published document was published on: the sitemap lastmod of pages
// built from site.yaml or data/ rather than from dated documents (政府信息公开, 互动交流,
// 权责清单, 事前公开), which may change with any build. Empty on a site with none.
std::optional<Date> newest_published_date(const SiteModel& m);

// A special column's listing: "columns/<id>/".
std::string column_url(const SiteColumn& c);

// A policy's validity on `day`: as written, except that a valid one lapses (失效) the day
// after its `valid_until` (有效期至), with no edit (国办发〔2018〕37号: 有效期届满自动失效).
Validity validity_on(const Document& d, const Date& day);
// The first day a policy is no longer valid, when the site says so: the day after
// `valid_until`, or for one written expired or repealed the day its replacement took
// effect (`superseded_by`: its `effective`, else its publication), else its `updated` day.
std::optional<Date> invalid_from(const SiteModel& m, const Document& d);
// Before its 施行日期 (`effective`): published, not yet in force (尚未施行).
bool not_yet_effective(const Document& d, const Date& day);

enum class ConsultationState { upcoming, open, closed };
ConsultationState consultation_state(const Document& d, const Date& now);

}  // namespace govsite
