#include "outputs/document_pages.h"

#include "core/messages.h"

#include <atomic>
#include <cstdio>
#include <map>
#include <mutex>
#include <memory>

#include "content/load_documents.h"
#include "core/byte_codec.h"
#include "core/parallel.h"
#include "core/url.h"
#include "core/utf8.h"
#include "core/value_codec.h"
#include "model/document_files.h"
#include "model/annual_report.h"
#include "model/annual_web_report.h"
#include "model/enforcement_model.h"
#include "outputs/enforcement_pages.h"
#include "outputs/search_index.h"
#include "model/link_resolver.h"
#include "render/markdown.h"
#include "render/signature.h"
#include "render/summary.h"
#include "validate/svg_safety.h"
#include "vocabulary/disclosure_category.h"

namespace govsite {

namespace {

const char* validity_label(Validity v) {
  switch (v) {
    case Validity::valid: return "有效";
    case Validity::expired: return "失效";
    case Validity::repealed: return "废止";
  }
  return "有效";
}

const char* form_label(const std::string& form) {
  if (form == "qa") return "问答解读";
  if (form == "chart") return "图表图解";
  if (form == "audio") return "音频解读";
  if (form == "video") return "视频解读";
  return "文字解读";
}

const char* guide_heading(const std::string& key) {
  if (key == "basis") return "办理依据";
  if (key == "conditions") return "申请条件";
  if (key == "materials") return "申请材料";
  if (key == "steps") return "办理流程";
  if (key == "time_limit") return "办理时限";
  if (key == "fee") return "收费标准";
  if (key == "location") return "办理地点";
  if (key == "agency") return "办理机构";
  if (key == "hours") return "办理时间";
  if (key == "complaint_phone") return "监督投诉电话";
  return "咨询电话";
}

// PubDate as 国办发〔2017〕47号 附件 writes it: YYYY-MM-DD HH:mm.
std::string pub_date_time(const Document& d) {
  if (!d.published) return "";
  char time[16];
  std::snprintf(time, sizeof time, " %02d:%02d", d.published_minute / 60 % 24, d.published_minute % 60);
  return d.published->str() + time;
}

Value link_to(const Document& d) {
  Value v = Value::object().set("title", d.title).set("url", url_of(d));
  if (!d.doc_no.empty()) v.set("doc_no", d.doc_no);
  return v;
}

void add_policy_fields(const SiteModel& m, size_t index, Value& page) {
  const Document& d = m.docs[index];
  const Validity validity = validity_on(d, m.now);
  page.set("doc_no", d.doc_no)
      .set("written", date_or_empty(d.written))
      .set("validity", validity_name(validity))
      .set("validity_label", validity_label(validity))
      .set("is_invalid", validity != Validity::valid)
      .set("normative", d.normative)
      .set("effective", date_or_empty(d.effective))
      .set("not_yet_effective", not_yet_effective(d, m.now))
      .set("valid_until", date_or_empty(d.valid_until))
      .set("registration_no", d.registration_no);
  if (!d.filing_body.empty()) page.set("filing", Value::object().set("body", d.filing_body).set("date", date_or_empty(d.filing_date)));
  if (const Document* newer = m.find_published(d.superseded_by)) page.set("superseded_by", link_to(*newer));
  Value older = Value::list();
  for (size_t k : m.supersedes[index]) older.push(link_to(m.docs[k]));
  page.set("supersedes", std::move(older));
  Value interpretations = Value::list();
  for (size_t k : m.interpretations[index]) {
    const Document& jd = m.docs[k];
    interpretations.push(link_to(jd).set("form_label", form_label(jd.form)).set("published", date_or_empty(jd.published)));
  }
  page.set("interpretations", std::move(interpretations));
}

Value figure_cells(const long* begin, const long* end) {
  Value cells = Value::list();
  for (const long* v = begin; v != end; ++v) cells.push(Value::object().set("value", std::to_string(*v)));
  return cells;
}

// The 2021 format's tables (国办公开办函〔2021〕30号), computed (model/annual_report.h).
void add_annual_report_fields(const SiteModel& m, const Document& d, Value& page) {
  const AnnualReport r = compute_annual_report(m, d.report_year);
  Value normative = Value::list();
  for (const auto& n : r.normative)
    normative.push(Value::object()
                       .set("label", n.label)
                       .set("issued", std::to_string(n.issued))
                       .set("repealed", std::to_string(n.repealed))
                       .set("in_force", std::to_string(n.in_force)));
  Value activities = Value::object();
  for (const char* key : {"行政许可", "行政处罚", "行政强制", "行政事业性收费"}) {
    std::string value = "0";
    for (const auto& a : d.report_activities)
      if (a.cell == key) value = a.value;
    activities.set(key, value);
  }
  Value rows = Value::list();
  std::string group;
  for (const RequestRow& row : r.requests) {
    Value v = Value::object().set("label", row.label).set("cells", figure_cells(row.cells.data(), row.cells.data() + row.cells.size()));
    // Section 三 of the table (本年度办理结果) and each of its groups open with a heading row.
    if (row.id == "予以公开") v.set("section", "三、本年度办理结果");
    if (row.group != group && !row.group.empty()) v.set("group", row.group);
    v.set("indent", !row.group.empty());
    group = row.group;
    rows.push(std::move(v));
  }
  Value appeals = Value::list();
  for (size_t g = 0; g < 3; ++g) appeals.push(Value::object().set("cells", figure_cells(&r.appeals[g * 5], &r.appeals[g * 5 + 5])));
  page.set("report", Value::object()
                         .set("year", std::to_string(r.year))
                         .set("normative", std::move(normative))
                         .set("activities", std::move(activities))
                         .set("requests", std::move(rows))
                         .set("appeals", std::move(appeals)));
}

// The 政府网站工作年度报表's standard table (model/annual_web_report.h): each row with its
// value, the first row of each group carrying the group's heading and its row count (the
// heading cell spans them). A figure ops have not filled in shows as 未填写.
void add_web_report_fields(const SiteModel& m, const SiteConfig& config, const Document& d, Value& page) {
  const std::vector<WebReportRow> rows = web_report_rows(m, config, d);
  Value out = Value::list();
  for (size_t k = 0; k < rows.size(); ++k) {
    const WebReportRow& row = rows[k];
    Value v = Value::object().set("label", row.label).set("value", row.value).set("grouped", !row.group.empty());
    if (row.value.empty()) v.set("unfilled", true);
    if (!row.group.empty() && (k == 0 || rows[k - 1].group != row.group)) {
      size_t span = 0;
      while (k + span < rows.size() && rows[k + span].group == row.group) ++span;
      v.set("group", row.group).set("group_rows", static_cast<int>(span));
    }
    out.push(std::move(v));
  }
  page.set("web_report", Value::object()
                             .set("year", std::to_string(d.report_year))
                             .set("rows", std::move(out))
                             .set("phone", config.phone)
                             .set("filed", date_or_empty(d.published)));
}

// An annual report's body is the format's text parts: 一、总体情况 before the tables, and
// 五、… and 六、… after them, from the first level-2 heading that starts with 五.
std::pair<std::string, std::string> split_report_body(const std::string& html) {
  for (size_t at = html.find("<h2"); at != std::string::npos; at = html.find("<h2", at + 3)) {
    const size_t text = html.find('>', at);
    if (text != std::string::npos && html.compare(text + 1, std::string("五").size(), "五") == 0)
      return {html.substr(0, at), html.substr(at)};
  }
  return {html, ""};
}

void add_interpretation_fields(const SiteModel& m, const Document& d, Value& page) {
  page.set("form", d.form).set("form_label", form_label(d.form));
  Value policies = Value::list();
  for (const auto& id : d.interprets)
    if (const Document* p = m.find_published(id)) policies.push(link_to(*p));
  page.set("policies", std::move(policies));
}

void add_consultation_fields(const SiteModel& m, const Document& d, Value& page) {
  static const char* kStates[] = {"upcoming", "open", "closed"};
  static const char* kLabels[] = {"未开始", "征集中", "已结束"};
  const auto state = consultation_state(d, m.now);
  const size_t s = static_cast<size_t>(state);
  page.set("opens", date_or_empty(d.opens))
      .set("closes", date_or_empty(d.closes))
      .set("state", kStates[s])
      .set("state_label", kLabels[s])
      .set("is_upcoming", state == ConsultationState::upcoming)
      .set("is_open", state == ConsultationState::open)
      .set("is_closed", state == ConsultationState::closed);
  if (d.feedback)
    page.set("feedback", Value::object()
                             .set("received", std::to_string(d.feedback->received))
                             .set("adopted", std::to_string(d.feedback->adopted))
                             .set("summary", d.feedback->summary));
  if (const Document* result = m.find_published(d.result)) page.set("result", link_to(*result));
}

void add_service_fields(const Document& d, Value& page) {
  Value guide = Value::list();
  for (const auto& section : d.guide) {
    Value items = Value::list();
    for (const auto& item : section.items) items.push(Value::object().set("text", item));
    guide.push(Value::object()
                   .set("heading", guide_heading(section.key))
                   .set("key", section.key)
                   .set("items", std::move(items))
                   .set("single", section.items.size() == 1)
                   .set("ordered", section.key == "steps"));
  }
  page.set("guide", std::move(guide));
}

void add_progress_fields(const Document& d, Value& page) {
  Value tasks = Value::list();
  int n = 0;
  for (const auto& t : d.tasks)
    tasks.push(Value::object()
                   .set("index", ++n)
                   .set("name", t.name)
                   .set("owner", t.owner)
                   .set("target", t.target)
                   .set("progress", static_cast<int>(t.progress))
                   .set("status", t.status)
                   .set("updated", date_or_empty(t.updated)));
  page.set("tasks", std::move(tasks));
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : sep) + s;
  return out;
}

// Copies a document's files beside its page, each once. Returns the size, or -1 after
// reporting a problem.
class FileCopier {
 public:
  FileCopier(const FileSystem& fs, const std::string& site_dir, const Document& d,
             OutputWriter& out, Diagnostics& diags)
      : fs_(fs), site_dir_(site_dir), d_(d), out_(out), diags_(diags) {}

  long copy(const FileReference& ref, int line, int column) {
    if (auto it = sizes_.find(ref.output_rel); it != sizes_.end()) return it->second;
    std::string bytes, error;
    if (!fs_.read_file(join_path(site_dir_, ref.path), bytes, error)) {
      diags_.error(d_.path, line, column, "io-error", tr("io-error.read", {ref.path, error}));
      return -1;
    }
    if (extension_of(ref.path) == "svg") {
      if (auto unsafe = find_unsafe_svg(bytes)) {  // never published, reported once
        report_unsafe_svg(*unsafe, ref.path, d_.path, line, column, diags_);
        return sizes_[ref.output_rel] = -1;
      }
    }
    if (!out_.write(files_url_of(d_) + ref.output_rel, bytes, error)) {
      diags_.error(d_.path, line, column, "io-error", error);
      return -1;
    }
    copied_.emplace_back(ref.path, ref.output_rel);
    return sizes_[ref.output_rel] = static_cast<long>(bytes.size());
  }

  // (source path, output path beside the page) of every file copied, in order.
  const std::vector<std::pair<std::string, std::string>>& copied() const { return copied_; }

 private:
  const FileSystem& fs_;
  const std::string& site_dir_;
  const Document& d_;
  OutputWriter& out_;
  Diagnostics& diags_;
  std::map<std::string, long> sizes_;
  std::vector<std::pair<std::string, std::string>> copied_;
};

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

// The 附件 list, copying each file; and for audio/video interpretations the media to embed.
void add_attachments(const SiteModel& m, const Document& d, FileCopier& copier, Value& page) {
  Value list = Value::list();
  Value media;
  for (const auto& a : d.attachments) {
    FileReference ref = resolve_document_file(m, d, a.file);
    if (!ref.problem.empty()) continue;  // reported by validation
    long size = copier.copy(ref, a.pos.line, a.pos.column);
    if (size < 0) continue;
    const std::string url = files_url_of(d) + percent_encode_path(ref.output_rel);
    const std::string ext = extension_of(ref.path);
    const std::string name = ref.output_rel.substr(ref.output_rel.rfind('/') + 1);
    list.push(Value::object()
                  .set("title", a.title.empty() ? name : a.title)
                  .set("url", url)
                  .set("ext", upper(ext))
                  .set("size", human_size(static_cast<size_t>(size))));
    if (media.is_null() && ((d.form == "video" && ext == "mp4") || (d.form == "audio" && ext == "mp3")))
      media = Value::object()
                  .set("url", url)
                  .set("is_video", d.form == "video")
                  .set("is_audio", d.form == "audio")
                  .set("mime", d.form == "video" ? "video/mp4" : "audio/mpeg");
  }
  page.set("attachments", std::move(list));
  if (d.type == DocType::interpretation && !media.is_null()) page.set("media", std::move(media));
}

// A 公文 opens with its addressees (主送机关), "各县、区司法局，……：" on a line of its own;
// the summary starts after it.
std::string_view without_salutation(std::string_view text) {
  const size_t eol = text.find('\n');
  if (eol == std::string_view::npos) return text;
  const std::string_view first = text.substr(0, eol);
  const std::string_view colon = "：";
  // Addressees name bodies: "各……", or lists of 单位/部门/科室. A line like "正文，见图："
  // stays part of the text.
  auto names = [&](std::string_view word) { return first.find(word) != std::string_view::npos; };
  const bool salutation = first.size() >= colon.size() &&
                          first.substr(first.size() - colon.size()) == colon &&
                          code_point_count(first) <= 60 &&
                          (first.substr(0, 3) == "各" || names("单位") || names("部门") || names("科室"));
  return salutation ? text.substr(eol + 1) : text;
}

}  // namespace

std::string output_path_of(const Document& d) { return url_of(d); }

bool is_disclosure_part(const Document& d, const SiteConfig& config) {
  if (d.type == DocType::annual_report) return true;  // 年报: it has no section of its own
  for (const auto& [role, id] : config.links)
    if (id == d.id && role != "contact") return true;
  return false;
}

std::string publisher_of(const Document& d, const SiteConfig& config) {
  return d.issuer.empty() ? config.organization : d.issuer;
}

Value document_value(const SiteModel& m, const SiteConfig& config, size_t index) {
  const Document& d = m.docs[index];
  Value topics = Value::list();
  for (const auto& t : d.topics) topics.push(Value::object().set("name", t));
  Value page = Value::object()
                   .set("title", d.title)
                   .set("id", d.id)
                   .set("type", doc_type_name(d.type))
                   .set("type_label", type_label(d.type))
                   .set("url", url_of(d))
                   .set("published", date_or_empty(d.published))
                   .set("published_time", pub_date_time(d))
                   .set("department", d.department)
                   .set("issuer", d.issuer)
                   .set("publisher", publisher_of(d, config))
                   .set("index_no", d.index_no)
                   .set("source", d.source)
                   .set("topics", std::move(topics))
                   .set("topics_text", join(d.topics, "；"))
                   .set("params", d.params);
  // 更新日期: shown when the document changed after its publication day.
  if (d.updated && d.published && *d.updated > *d.published) page.set("updated", d.updated->str());
  if (const DisclosureCategory* category = find_disclosure_category(d.disclosure_category))
    page.set("disclosure_category", Value::object().set("id", category->id).set("title", category->title));
  if (!d.leaders.empty()) {
    Value leaders = Value::list();
    for (const auto& l : d.leaders)
      leaders.push(Value::object().set("name", l.name).set("post", l.post).set("duties", l.duties));
    page.set("leaders", std::move(leaders));
  }
  if (const SiteColumn* column = config.column(d.column))
    page.set("column", Value::object().set("id", column->id).set("title", column->title).set("url", column_url(*column)));
  switch (d.type) {
    case DocType::policy: add_policy_fields(m, index, page); break;
    case DocType::interpretation: add_interpretation_fields(m, d, page); break;
    case DocType::consultation: add_consultation_fields(m, d, page); break;
    case DocType::service: add_service_fields(d, page); break;
    case DocType::progress: add_progress_fields(d, page); break;
    case DocType::annual_report: add_annual_report_fields(m, d, page); break;
    case DocType::annual_web_report: add_web_report_fields(m, config, d, page); break;
    case DocType::enforcement: add_enforcement_fields(config, d, page); break;
    case DocType::inspection_plan: add_inspection_plan_fields(m, index, page); break;
    case DocType::inspection_result: add_inspection_result_fields(m, d, page); break;
    case DocType::notice:
    case DocType::page: break;
  }
  return page;
}

uint64_t site_frame_key(const SiteFrame& frame) {
  ByteWriter w;
  for (const Value* v : {&frame.site, &frame.nav_items, &frame.links, &frame.feeds}) encode_value(w, *v);
  for (const std::string* s : {&frame.assets.css, &frame.assets.js, &frame.assets.search_js, &frame.generator}) w.str(*s);
  return content_hash(w.bytes());
}

namespace {

// A document as a page shows it, in its own page or in a link from another: its file's
// bytes and path (the id defaults to the file name), and whether `serve --drafts` shows
// it (which gives it a publication date). Everything else a page shows comes from the
// configuration, the theme and the date, which the memo's hasher already covers.
KeyHasher& add_document_stamp(KeyHasher& key, const SiteModel& m, size_t index) {
  const Document& d = m.docs[index];
  return key.add(d.path).add(d.source_hash).add(static_cast<uint64_t>(m.draft_preview[index]));
}

void add_published_stamp(KeyHasher& key, const SiteModel& m, const std::string& id) {
  auto it = m.by_id.find(id);
  if (it == m.by_id.end() || !m.published[it->second]) {
    key.add(uint64_t{0});
    return;
  }
  add_document_stamp(key, m, it->second);
}

// A key of everything document_value() reads of the model, added to `key` (which covers
// the configuration and the date): the document, and for each other document it links
// to, that one's stamp (a list's order and length are in the key too, as each entry is
// added in turn after a marker). Equal keys mean equal values.
uint64_t document_value_key(KeyHasher key, const SiteModel& m, size_t index) {
  const Document& d = m.docs[index];
  add_document_stamp(key, m, index);
  switch (d.type) {
    case DocType::policy:
      key.add("superseded_by");
      add_published_stamp(key, m, d.superseded_by);
      key.add("supersedes");
      for (size_t k : m.supersedes[index]) add_document_stamp(key, m, k);
      key.add("interpretations");
      for (size_t k : m.interpretations[index]) add_document_stamp(key, m, k);
      break;
    case DocType::interpretation:
      key.add("interprets");
      for (const auto& id : d.interprets) add_published_stamp(key, m, id);
      break;
    case DocType::consultation:
      key.add("result");
      add_published_stamp(key, m, d.result);
      break;
    case DocType::annual_report:
      // Its tables count every policy and every request record.
      key.add("policies");
      for (size_t k = 0; k < m.docs.size(); ++k)
        if (m.docs[k].type == DocType::policy) add_document_stamp(key, m, k).add(static_cast<uint64_t>(m.published[k]));
      key.add("requests");
      for (const RequestFile& file : m.requests)
        for (const InfoRequest& r : file.requests)
          key.add(file.path).add(r.id).add(r.received.str()).add(r.answered ? r.answered->str() : "").add(r.result)
              .add(static_cast<uint64_t>(r.applicant)).add(static_cast<uint64_t>(r.review + 1))
              .add(static_cast<uint64_t>(r.lawsuit + 1)).add(static_cast<uint64_t>(r.lawsuit_after_review + 1));
      break;
    case DocType::annual_web_report:
      // Its table counts every published document.
      key.add("documents");
      for (size_t k = 0; k < m.docs.size(); ++k) add_document_stamp(key, m, k).add(static_cast<uint64_t>(m.published[k]));
      break;
    case DocType::inspection_plan:
      key.add("results");
      for (size_t k : inspection_results_of(m, index)) add_document_stamp(key, m, k);
      break;
    case DocType::inspection_result:
      key.add("plan");
      if (const Value* plan = d.params.get("plan")) add_published_stamp(key, m, plan->as_string());
      break;
    case DocType::enforcement:
    case DocType::notice:
    case DocType::service:
    case DocType::progress:
    case DocType::page: break;
  }
  return key.key();
}

// The render key of a document page: what it was rendered from. `base` covers the build
// (binary, configuration, theme, date), the site frame and document_value_key(): the
// document and every document its "page" value shows (pairs, supersession, results).
// Links and copied files are added here: where each body link leads now, and
// each copied file's stamp.
uint64_t page_key(KeyHasher base, const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                  const Document& d, const std::vector<std::string>& links,
                  const std::vector<std::string>& sources) {
  for (const auto& url : links) {
    const LinkResolution r = resolve_link(m, d, url);
    base.add(url).add(static_cast<uint64_t>(r.kind)).add(r.problem).add(r.fragment);
    if (r.kind == LinkResolution::Kind::document) base.add(url_of(*r.target));
    if (r.kind == LinkResolution::Kind::file) base.add(r.file.path).add(r.file.output_rel);
  }
  for (const auto& source : sources) base.add(source).add(fs.stamp(join_path(site_dir, source)));
  return base.key();
}

}  // namespace

DocumentPagesResult write_document_pages(const FileSystem& fs, const std::string& site_dir,
                                         SiteModel& m, const SiteConfig& config,
                                         const SiteFrame& frame, const TemplateSet& templates,
                                         unsigned jobs, OutputWriter& out, Diagnostics& diags,
                                         const std::function<void(size_t, size_t)>& progress,
                                         RenderMemo* memo) {
  DocumentPagesResult result;
  result.summaries.resize(m.docs.size());
  result.texts.resize(m.docs.size());
  result.kept_text_hashes.resize(m.docs.size(), 0);
  std::vector<size_t> todo;
  for (size_t i = 0; i < m.docs.size(); ++i)
    if (m.published[i]) todo.push_back(i);

  std::vector<std::unique_ptr<PageRenderer>> renderers;
  for (unsigned w = 0; w < std::max(1u, jobs); ++w)
    renderers.push_back(std::make_unique<PageRenderer>(templates));
  std::vector<char> written(todo.size(), 0);
  // Each page's record for the next cache, handed to the memo after the loop: recording
  // under its lock from every thread made the threads wait for each other.
  std::vector<std::shared_ptr<const CachedPage>> records(memo ? todo.size() : 0);
  std::atomic<size_t> done{0};
  std::mutex progress_mutex;
  const uint64_t frame_key = site_frame_key(frame);

  parallel_for_workers(todo.size(), jobs, [&](size_t k, unsigned worker) {
    const size_t index = todo[k];
    const Document& d = m.docs[index];
    // Only this page reads this body, and nothing after it.
    struct ReleaseBody {
      std::string& body;
      ~ReleaseBody() { std::string().swap(body); }
    } release{m.docs[index].body};
    const std::string output_path = output_path_of(d);
    const std::string root = relative_root(output_path);
    auto report_progress = [&] {
      const size_t n = ++done;
      if (progress && (n % 100 == 0 || n == todo.size())) {
        std::lock_guard<std::mutex> lock(progress_mutex);
        progress(n, todo.size());
      }
    };

    KeyHasher base;
    if (memo) {
      // Keyed by what the page is made from, not by its "page" value: that value would be
      // built for every unchanged page only to be hashed.
      base.add(document_value_key(memo->hasher().add(frame_key), m, index));
      // Unchanged since the previous build: keep its files, reuse its summary and text.
      if (std::shared_ptr<const CachedPage> before = memo->previous_page(output_path)) {
        const uint64_t key = page_key(base, fs, site_dir, m, d, before->links, before->sources);
        bool kept = memo->unchanged(output_path, key);
        for (size_t f = 0; kept && f < before->outputs.size(); ++f) kept = out.keep(before->outputs[f]);
        if (kept) {
          result.summaries[index] = before->summary;
          result.kept_text_hashes[index] = before->text_hash;
          records[k] = std::move(before);
          written[k] = 1;
          report_progress();
          return;
        }
      }
    }

    if (!load_body(fs, site_dir, m.docs[index], diags)) return;
    CachedPage record;
    record.outputs.push_back(output_path);
    FileCopier copier(fs, site_dir, d, out, diags);
    std::string first_image;  // the Image page label (国办发〔2017〕47号 附件): absolute URL
    RenderedMarkdown body = render_markdown(d.body, [&](const MarkdownLink& link) -> std::optional<std::string> {
      const int line = d.body_first_line + link.line - 1;
      record.links.push_back(link.url);
      LinkResolution r = resolve_link(m, d, link.url);
      if (r.kind == LinkResolution::Kind::broken && r.broken_target) {
        diags.add({d.path, line, link.column, Severity::error, "broken-reference-target", r.problem, true});
        return std::nullopt;
      }
      if (r.kind == LinkResolution::Kind::broken) {
        diags.error(d.path, line, link.column, r.code, r.problem);
        return std::nullopt;
      }
      if (r.kind == LinkResolution::Kind::document) return root + url_of(*r.target) + r.fragment;
      if (r.kind == LinkResolution::Kind::file) {
        // An image or file beside the document: copied next to its page.
        if (std::string problem = file_type_problem(config.attachment_types, r.file.path); !problem.empty()) {
          diags.error(d.path, line, link.column, "broken-link", problem);
          return std::nullopt;
        }
        if (copier.copy(r.file, line, link.column) < 0) return std::nullopt;
        if (link.is_image && first_image.empty())
          first_image = config.base_url + files_url_of(d) + percent_encode_path(r.file.output_rel);
        return percent_encode_path(d.id + "/" + r.file.output_rel) + r.fragment;  // the page's files folder
      }
      if (link.is_image && first_image.empty() && link.url.rfind("https://", 0) == 0) first_image = link.url;
      return std::nullopt;
    });
    if (body.too_complex) {
      report_markdown_too_complex(*body.too_complex, d.path, d.body_first_line, diags);
      return;
    }
    const std::string summary = summarize(d.summary.empty() ? without_salutation(body.plain_text) : d.summary,
                                          static_cast<size_t>(config.summary_length));
    result.summaries[index] = summary;
    result.texts[index] = std::move(body.plain_text);

    PageFrame pf;
    pf.output_path = output_path;
    pf.url = url_of(d);
    pf.title = d.title;
    pf.column_name = type_label(d.type);
    pf.column_type = column_type_of(d.type);
    pf.keywords = join(d.topics, ",");
    pf.nav_current = std::string(section_of(d.type)) + "/";
    pf.description = summary;
    pf.breadcrumbs = {{type_label(d.type), *pf.nav_current}, {d.title, pf.url}};
    if (is_disclosure_part(d, config)) {
      // 公开指南, 公开制度, 依申请公开, 年报: parts of the 政府信息公开 column (61号文).
      pf.column_name = pf.column_type = "政府信息公开";
      pf.nav_current = "xxgk/";
      pf.breadcrumbs = {{"政府信息公开", "xxgk/"}, {d.title, pf.url}};
    }

    Value context = page_context(config, frame, pf);
    Value page = document_value(m, config, index);
    if (d.type == DocType::annual_report) {
      auto [before_tables, after_tables] = split_report_body(mark_signatures(body.html));
      page.set("body", std::move(before_tables)).set("body_after_tables", std::move(after_tables));
    } else {
      page.set("body", mark_signatures(body.html));
    }
    page.set("summary", summary);
    add_attachments(m, d, copier, page);
    if (m.draft_preview[index]) {  // serve --drafts: a 未审核 banner, and no search engine
      page.set("draft", true);
      context.set("noindex", true);
    }
    context.set("page", std::move(page));
    Value meta = *context.get("meta");
    meta.set("article_title", d.title)
        .set("pub_date", pub_date_time(d))
        .set("content_source", d.source.empty() ? config.organization : d.source)
        .set("author", publisher_of(d, config))
        .set("image", first_image)
        .set("url", config.base_url + pf.url)
        .set("keywords", join(d.topics, ","));
    context.set("meta", std::move(meta));

    std::string html, error;
    if (!renderers[worker]->render(doc_type_name(d.type), context, html, error)) {
      diags.error(d.path, 0, 0, "template", tr("template.render-failed", {error}));
      return;
    }
    if (!out.write(output_path, html, error)) {
      diags.error(d.path, 0, 0, "io-error", error);
      return;
    }
    if (memo) {
      for (const auto& [source, output_rel] : copier.copied()) {
        record.sources.push_back(source);
        record.outputs.push_back(files_url_of(d) + output_rel);
      }
      record.key = page_key(base, fs, site_dir, m, d, record.links, record.sources);
      record.summary = summary;
      record.text_hash = content_hash(search_record(d, result.texts[index]));
      memo->record_key(output_path, record.key);
      records[k] = std::make_shared<const CachedPage>(std::move(record));
    }
    written[k] = 1;
    report_progress();
  });
  for (char w : written) result.pages_written += w;
  for (const auto& record : records)
    if (record) memo->record_page(record->outputs.front(), record);
  return result;
}

}  // namespace govsite
