#include "model/site_model.h"

#include <algorithm>

#include "core/file_system.h"
#include "core/messages.h"
#include "core/url.h"
#include "model/review_chain.h"
#include "vocabulary/document_id.h"

namespace govsite {

namespace {

// Why a document stays out of the output, as a code (SiteModel::left_out_code), or "" when
// it is published (SPEC §3.3).
const char* exclusion_code(const Document& d, const Date& now) {
  // The id names the page's file and URL: a document without a valid one (already
  // reported, bad-id) has no page to write.
  if (!is_valid_id(d.id)) return "invalid-id";
  if (d.draft) return "draft";
  if (d.disclosure != Disclosure::public_) return "not-public";
  if (!d.published) return "no-publication-date";
  if (!review_chain_problems(d).empty()) return "review-incomplete";
  if (*d.published > now) return "scheduled";
  if (d.expires && *d.expires < now) return "expired";
  return "";
}

// The reason of exclusion_code() as editors read it.
std::string exclusion_text(std::string_view code, const Document& d) {
  if (code.empty()) return "";
  if (code == "not-public") {
    if (d.disclosure == Disclosure::withheld) return tr("left-out.withheld");
    if (d.disclosure == Disclosure::on_request) return tr("left-out.on-request");
    return tr("left-out.no-disclosure");
  }
  if (code == "scheduled") return tr("left-out.scheduled", {d.published->str()});
  if (code == "expired") return tr("left-out.expired", {d.expires->str()});
  if (code == "invalid-id") return tr("left-out.invalid-id");
  if (code == "draft") return tr("left-out.draft");
  if (code == "no-publication-date") return tr("left-out.no-publication-date");
  if (code == "has-errors") return tr("left-out.has-errors");
  return tr("left-out.review-incomplete");
}

// Whether a document left out for `code` might be published once the errors in its own
// file are fixed: not when it is left out on purpose (a draft, not public, dated out).
bool may_be_left_out_by_its_errors(std::string_view code, const Document& d) {
  return code == "invalid-id" || code == "no-publication-date" || code == "review-incomplete" ||
         (code == "not-public" && d.disclosure == Disclosure::unset);
}

}  // namespace

const Document* SiteModel::find(const std::string& id) const {
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &docs[it->second];
}

const BrokenFile* SiteModel::broken_with_id(const std::string& id) const {
  auto it = broken_by_id.find(id);
  return it == broken_by_id.end() ? nullptr : &it->second;
}

const BrokenFile* SiteModel::broken_at(const std::string& path) const {
  auto it = broken_by_path.find(path);
  return it == broken_by_path.end() ? nullptr : &it->second;
}

const Document* SiteModel::find_published(const std::string& id) const {
  auto it = by_id.find(id);
  return it != by_id.end() && published[it->second] ? &docs[it->second] : nullptr;
}

const char* section_of(DocType t) {
  switch (t) {
    case DocType::policy: return "policies";
    case DocType::interpretation: return "interpretations";
    case DocType::consultation: return "consultations";
    case DocType::notice: return "notices";
    case DocType::service: return "services";
    case DocType::progress: return "progress";
    case DocType::page: return "pages";
    case DocType::enforcement: return "enforcement";
    case DocType::inspection_plan: return "inspection-plans";
    case DocType::inspection_result: return "inspection-results";
    case DocType::annual_report: return "annual-reports";
    case DocType::annual_web_report: return "web-reports";
  }
  return "pages";
}

std::string url_of(const Document& d) { return std::string(section_of(d.type)) + "/" + d.id + ".html"; }
std::string files_url_of(const Document& d) { return std::string(section_of(d.type)) + "/" + d.id + "/"; }

std::vector<size_t> newest_first(const SiteModel& m, const std::function<bool(const Document&)>& keep) {
  std::vector<size_t> out;
  for (size_t i : m.newest)  // already sorted: a filter keeps the order
    if (keep(m.docs[i])) out.push_back(i);
  return out;
}

std::optional<Date> newest_published_date(const SiteModel& m) {
  std::optional<Date> newest;
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (m.published[i] && (!newest || *m.docs[i].published > *newest)) newest = m.docs[i].published;
  return newest;
}

std::string column_url(const SiteColumn& c) { return "columns/" + c.id + "/"; }

Validity validity_on(const Document& d, const Date& day) {
  if (d.validity == Validity::valid && d.valid_until && *d.valid_until < day) return Validity::expired;
  return d.validity;
}

std::optional<Date> invalid_from(const SiteModel& m, const Document& d) {
  if (d.validity == Validity::valid)
    return d.valid_until ? std::optional<Date>(Date::from_days(d.valid_until->days_since_epoch() + 1)) : std::nullopt;
  if (const Document* newer = m.find(d.superseded_by); newer && newer != &d)
    if (auto from = newer->effective ? newer->effective : newer->published) return from;
  return d.updated;
}

bool not_yet_effective(const Document& d, const Date& day) { return d.effective && day < *d.effective; }

ConsultationState consultation_state(const Document& d, const Date& now) {
  if (d.opens && now < *d.opens) return ConsultationState::upcoming;
  if (d.closes && now > *d.closes) return ConsultationState::closed;
  return ConsultationState::open;
}

std::string folder_of(const Document& d) { return parent_path(d.path); }

std::string broken_target_cause(const BrokenFile& b) {
  if (b.line <= 0) return tr("broken-reference-target.cause-file", {b.id, b.path});
  return tr("broken-reference-target.cause", {b.id, b.path, std::to_string(b.line)});
}

const Document* SiteModel::unpublished_claimant(const std::string& file) const {
  for (std::string folder = parent_path(file); !folder.empty(); folder = parent_path(folder))
    if (auto it = folder_owner.find(folder); it != folder_owner.end() && !published[it->second])
      return &docs[it->second];
  if (auto it = attachment_claims.find(file); it != attachment_claims.end())
    for (size_t i : it->second)
      if (!published[i]) return &docs[i];
  return nullptr;
}

namespace {

// Whether document i is published (a public draft is, under serve --drafts, when only its
// review is missing), why not when it is left out, and the files it claims.
void decide_publication(SiteModel& m, size_t i, bool preview_drafts) {
  const Document& d = m.docs[i];
  const Date& now = m.now;
  m.by_id.emplace(d.id, i);  // a duplicate keeps the first; validation reports both files
  m.by_path.emplace(d.path, i);
  m.left_out_code[i] = exclusion_code(d, now);
  if (preview_drafts && d.draft && d.disclosure == Disclosure::public_) {
    Document preview = d;
    preview.draft = false;
    if (!preview.published) preview.published = now;
    // The review is what a draft lacks; its dates still count (scheduled, expired).
    const std::string reason = exclusion_code(preview, now);
    const bool dated_out = *preview.published > now || (preview.expires && *preview.expires < now);
    if (!dated_out && (reason.empty() || reason == "review-incomplete")) {
      m.docs[i].published = preview.published;
      m.left_out_code[i].clear();
      m.draft_preview[i] = true;
    }
  }
  m.left_out[i] = exclusion_text(m.left_out_code[i], m.docs[i]);
  m.published[i] = m.left_out[i].empty();
  if (ends_with(d.path, "/index.md")) m.folder_owner.emplace(folder_of(d), i);
  for (const auto& a : d.attachments) {
    std::string path;
    if (normalize_relative_path(join_path(folder_of(d), percent_decode(a.file)), path))
      m.attachment_claims[path].push_back(i);
  }
}

// The files that did not load or have errors: a reference to one is a follow-on error.
void add_broken_files(SiteModel& m, const std::vector<BrokenFile>& broken) {
  for (const BrokenFile& b : broken) {
    if (b.parsed) {
      auto it = m.by_path.find(b.path);
      if (it == m.by_path.end()) continue;
      const size_t i = it->second;
      if (m.published[i] || !may_be_left_out_by_its_errors(m.left_out_code[i], m.docs[i])) continue;
      m.left_out_code[i] = "has-errors";
      m.left_out[i] = exclusion_text(m.left_out_code[i], m.docs[i]);
    }
    m.broken_by_path.emplace(b.path, b);
    // By id only the files that did not parse (a parsed one is in by_id), and only where no
    // document has the id: that one is what a reference finds.
    if (!b.parsed && !m.by_id.count(b.id)) m.broken_by_id.emplace(b.id, b);
  }
  // A public document without `published` is an error in its own file too (reported at its
  // first line by validation: missing-key), so a reference to it is a follow-on as well.
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (m.left_out_code[i] == "no-publication-date")
      m.broken_by_path.emplace(m.docs[i].path, BrokenFile{m.docs[i].path, m.docs[i].id, 1, true});
}

// The pairs derived from the documents: each policy's interpretations and the policies it
// supersedes, oldest first.
void pair_documents(SiteModel& m) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;
    const Document& d = m.docs[i];
    if (d.type == DocType::interpretation) {
      for (const auto& id : d.interprets) {
        auto it = m.by_id.find(id);
        if (it != m.by_id.end() && m.published[it->second] && m.docs[it->second].type == DocType::policy)
          m.interpretations[it->second].push_back(i);
      }
    }
    if (d.type == DocType::policy && !d.superseded_by.empty()) {
      auto it = m.by_id.find(d.superseded_by);
      if (it != m.by_id.end() && m.published[it->second] && it->second != i) m.supersedes[it->second].push_back(i);
    }
  }
  auto by_date = [&](size_t a, size_t b) {
    const Document& x = m.docs[a];
    const Document& y = m.docs[b];
    if (*x.published != *y.published) return *x.published < *y.published;
    if (x.published_minute != y.published_minute) return x.published_minute < y.published_minute;
    return x.id < y.id;
  };
  for (auto& list : m.interpretations) std::sort(list.begin(), list.end(), by_date);
  for (auto& list : m.supersedes) std::sort(list.begin(), list.end(), by_date);
}

}  // namespace

SiteModel build_site_model(std::vector<Document> docs, const Date& now, std::vector<std::string> files,
                           bool preview_drafts, const std::vector<BrokenFile>& broken) {
  SiteModel m;
  m.files.insert(files.begin(), files.end());
  m.docs = std::move(docs);
  m.now = now;
  const size_t n = m.docs.size();
  m.published.resize(n);
  m.left_out.resize(n);
  m.left_out_code.resize(n);
  m.draft_preview.resize(n);
  m.interpretations.resize(n);
  m.supersedes.resize(n);
  for (size_t i = 0; i < n; ++i) decide_publication(m, i, preview_drafts);
  add_broken_files(m, broken);
  pair_documents(m);
  for (size_t i = 0; i < n; ++i)
    if (m.published[i]) m.newest.push_back(i);
  std::sort(m.newest.begin(), m.newest.end(), [&](size_t a, size_t b) {
    const Document& x = m.docs[a];
    const Document& y = m.docs[b];
    if (*x.published != *y.published) return *x.published > *y.published;
    if (x.published_minute != y.published_minute) return x.published_minute > y.published_minute;
    return x.id < y.id;
  });
  return m;
}

const char* section_label(DocType t) {
  switch (t) {
    case DocType::policy: return "政策文件";
    case DocType::interpretation: return "政策解读";
    case DocType::consultation: return "征求意见";
    case DocType::notice: return "通知公告";
    case DocType::service: return "办事服务";
    case DocType::progress: return "重点工作";
    case DocType::page: return "机构概况";
    case DocType::enforcement: return "行政执法决定";
    case DocType::inspection_plan: return "随机抽查事项";
    case DocType::inspection_result: return "随机抽查结果";
    case DocType::annual_report: return "政府信息公开年报";
    case DocType::annual_web_report: return "政府网站工作年度报表";
  }
  return "";
}

}  // namespace govsite
