#include "content/document_parser.h"

#include "vocabulary/disclosure_category.h"
#include "content/enforcement_fields.h"
#include "content/front_matter.h"
#include "vocabulary/personal_data.h"
#include "core/messages.h"
#include "core/utf8.h"
#include "vocabulary/document_id.h"
#include "yaml/yaml_fields.h"

namespace govsite {

namespace {

// Line and column (1-based, in characters) of byte offset `at` in `text`.
SourcePos position_of_byte(const std::string& text, size_t at) {
  SourcePos p{1, 1};
  size_t line_start = 0;
  for (size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++p.line;
      line_start = i + 1;
    }
  }
  p.column = column_of_byte(std::string_view(text).substr(line_start), at - line_start);
  return p;
}

void read_policy(YamlFields& f, Document& d) {
  d.doc_no = f.string("doc_no").value_or("");
  d.written = f.date("written");
  auto validity = f.one_of("validity", {"valid", "expired", "repealed"}).value_or("valid");
  d.validity = validity == "expired"    ? Validity::expired
               : validity == "repealed" ? Validity::repealed
                                        : Validity::valid;
  d.superseded_by = f.string("superseded_by").value_or("");
  d.normative = f.boolean("normative").value_or(false);
  d.effective = f.date("effective");
  d.valid_until = f.date("valid_until");
  if (d.effective && d.valid_until && *d.valid_until < *d.effective)
    f.error("valid_until", "bad-date",
            tr("bad-date.valid-until-before-effective", {d.valid_until->str(), d.effective->str()}));
  d.regulation = f.boolean("regulation").value_or(false);
  d.registration_no = f.string("registration_no").value_or("");
  if (auto filing = f.mapping("filing")) {
    d.filing_body = filing->string("body", true).value_or("");
    d.filing_date = filing->date("date", true);
  }
}

// A mapping of cell → number, each kept as written with its position: the annual report's
// computation (model/annual_report.h) knows the cells and checks them.
std::vector<ReportFigure> read_figures(YamlFields& f, const std::string& key) {
  std::vector<ReportFigure> out;
  auto figures = f.mapping(key);
  if (!figures) return out;
  for (const auto& [cell, pos] : figures->key_positions())
    if (auto value = figures->string(cell, true)) out.push_back({cell, *value, pos});
  return out;
}

void read_annual_report(YamlFields& f, Document& d) {
  d.report_year = static_cast<int>(f.integer("year", 2008, 9999).value_or(0));
  if (!f.has("year"))
    f.error("year", "missing-key", "missing required key \"year\" (the year the annual report covers)");
  d.report_activities = read_figures(f, "activities");
  d.report_figures = read_figures(f, "figures");
}

// 政府网站工作年度报表 (国办函〔2018〕12号): the build counts what the site shows; `figures`
// are the rows only ops know (访问量, 安全检测评估次数 …), checked by model/annual_web_report.h.
void read_annual_web_report(YamlFields& f, Document& d) {
  d.report_year = static_cast<int>(f.integer("year", 2008, 9999).value_or(0));
  if (!f.has("year")) f.error("year", "missing-key", tr("missing-key.web-report-year"));
  d.report_figures = read_figures(f, "figures");
}

void read_interpretation(YamlFields& f, Document& d) {
  d.interprets = f.string_list("interprets");
  // govsite new leaves it empty when the policy is not named yet: a reminder in a draft,
  // which is never published, and an error once it would be.
  if (d.interprets.empty()) {
    if (d.draft) f.warning("interprets", "missing-key", tr("missing-key.interprets"));
    else f.error("interprets", "missing-key", tr("missing-key.interprets"));
  }
  d.form = f.one_of("form", {"text", "qa", "chart", "audio", "video"}).value_or("text");
}

void read_consultation(YamlFields& f, Document& d) {
  d.opens = f.date("opens", true);
  d.closes = f.date("closes", true);
  if (d.opens && d.closes && *d.closes < *d.opens)
    f.error("closes", "bad-date", tr("bad-date.closes-before-opens", {d.closes->str(), d.opens->str()}));
  if (auto fb = f.mapping("feedback")) {
    Feedback feedback;
    feedback.received = fb->integer("received", 0, 100000000).value_or(0);
    feedback.adopted = fb->integer("adopted", 0, 100000000).value_or(0);
    feedback.summary = fb->string("summary").value_or("");
    if (feedback.adopted > feedback.received)
      fb->error("adopted", "bad-value",
                tr("bad-value.adopted-more", {std::to_string(feedback.adopted), std::to_string(feedback.received)}));
    d.feedback = feedback;
  }
  d.result = f.string("result").value_or("");
}

void read_service(YamlFields& f, Document& d) {
  for (const char* key : {"basis", "conditions", "materials", "steps", "time_limit", "fee", "location", "phone",
                          "agency", "hours", "complaint_phone"}) {
    auto items = f.string_list(key);
    if (!items.empty()) d.guide.push_back({key, items});
  }
}

void read_page(YamlFields& f, Document& d) {
  for (auto& l : f.mapping_list("leaders")) {
    Leader leader;
    leader.name = l->string("name", true).value_or("");
    leader.post = l->string("post", true).value_or("");
    leader.duties = l->string("duties").value_or("");
    d.leaders.push_back(leader);
  }
}

void read_progress(YamlFields& f, Document& d) {
  for (auto& t : f.mapping_list("tasks")) {
    ProgressTask task;
    task.name = t->string("name", true).value_or("");
    task.owner = t->string("owner").value_or("");
    task.target = t->string("target").value_or("");
    task.progress = t->integer("progress", 0, 100).value_or(0);
    task.status = t->string("status").value_or("");
    task.updated = t->date("updated");
    d.tasks.push_back(task);
  }
}

// Every personal number in the file, except those `public_numbers` declares public, each
// with the reason why (an office line, a hotline).
void find_document_personal_data(YamlFields& f, const std::string& text, Document& d) {
  for (auto& entry : f.mapping_list("public_numbers")) {
    const std::string number = entry->string("number", true).value_or("");
    const std::string reason = entry->string("reason").value_or("");
    if (number.empty()) continue;
    if (reason.empty()) {
      entry->error("number", "missing-key", tr("missing-key.public-number-reason"));
      continue;
    }
    d.public_numbers.push_back(personal_number_digits(number));
  }
  for (const auto& m : find_personal_data(text)) {
    bool is_declared = false;
    for (const auto& digits : d.public_numbers) is_declared = is_declared || digits == m.digits;
    if (!is_declared)
      d.personal_data.push_back(
          {position_of_byte(text, m.offset), personal_data_kind_name(m.kind), masked_personal_number(m)});
  }
}

// id: as written, else the file's name (`default_id`); reported where the editor can fix it.
void read_id(YamlFields& f, const std::string& default_id, Document& d, Diagnostics& diags) {
  const std::string& path = d.path;
  d.id = f.string("id").value_or(default_id);
  if (!is_valid_id(d.id)) {
    const std::string length = std::to_string(d.id.size()), most = std::to_string(kMaxIdLength);
    if (f.has("id"))
      f.error("id", "bad-id",
              is_reserved_id(d.id)         ? tr("bad-id.index")
              : d.id.size() > kMaxIdLength ? tr("bad-id.too-long", {length, most})
                                           : tr("bad-id.pattern", {d.id}));
    else if (d.id.size() > kMaxIdLength)
      diags.error(path, 1, 1, "bad-id", tr("bad-id.file-name-too-long", {length, most}));
    else diags.error(path, 1, 1, "bad-id", tr("bad-id.file-name", {d.id}));
  }
}

// disclosure (主动公开, 依申请公开, 不予公开) and the reason a document is not public.
void read_disclosure(YamlFields& f, Document& d) {
  auto disclosure = f.one_of("disclosure", {"public", "on-request", "withheld"});
  if (!f.has("disclosure")) f.error("disclosure", "missing-disclosure", tr("missing-disclosure"));
  d.disclosure = !disclosure                 ? Disclosure::unset
                 : *disclosure == "public"   ? Disclosure::public_
                 : *disclosure == "withheld" ? Disclosure::withheld
                                             : Disclosure::on_request;
  d.disclosure_reason = f.string("disclosure_reason").value_or("");
  if ((d.disclosure == Disclosure::on_request || d.disclosure == Disclosure::withheld) && d.disclosure_reason.empty())
    f.error("disclosure", "missing-disclosure-reason",
            tr("missing-disclosure-reason", {disclosure_name(d.disclosure)}));
}

// attachments (附件) and review (先审查、后公开: the stages, who, when).
void read_attachments_and_review(YamlFields& f, Document& d) {
  for (auto& a : f.mapping_list("attachments")) {
    AttachmentRef ref;
    ref.pos = a->pos("file");
    ref.file = a->string("file", true).value_or("");
    ref.title = a->string("title").value_or("");
    if (!ref.file.empty()) d.attachments.push_back(ref);
  }

  for (auto& stage : f.mapping_list("review")) {
    ReviewStage s;
    s.pos = stage->start();
    s.stage = stage->one_of("stage", {"initial", "second", "approved"}, true).value_or("");
    s.by = stage->string("by", true).value_or("");
    s.date = stage->date("date", true);
    d.review.push_back(s);
  }
}

// The fields of the document's type.
void read_type_fields(YamlFields& f, Document& d) {
  switch (d.type) {
    case DocType::page: read_page(f, d); break;
    case DocType::policy: read_policy(f, d); break;
    case DocType::interpretation: read_interpretation(f, d); break;
    case DocType::consultation: read_consultation(f, d); break;
    case DocType::service: read_service(f, d); break;
    case DocType::progress: read_progress(f, d); break;
    case DocType::enforcement: read_enforcement(f, d); break;
    case DocType::inspection_plan: read_inspection_plan(f, d); break;
    case DocType::inspection_result: read_inspection_result(f, d); break;
    case DocType::annual_report: read_annual_report(f, d); break;
    case DocType::annual_web_report: read_annual_web_report(f, d); break;
    case DocType::notice: break;
  }
}

}  // namespace

bool readable_text(const std::string& text, const std::string& path, Diagnostics& diags) {
  if (text.size() > kMaxDocumentBytes) {
    diags.error(path, 0, 0, "too-large",
                tr("too-large",
                   {std::to_string(text.size() / (1024 * 1024)), std::to_string(kMaxDocumentBytes / (1024 * 1024))}));
    return false;
  }
  if (size_t nul = text.find('\0'); nul != std::string::npos) {
    SourcePos p = position_of_byte(text, nul);
    diags.error(path, p.line, p.column, "nul-byte", tr("nul-byte", {std::to_string(nul)}));
    return false;
  }
  size_t bad = find_invalid_utf8(text);
  if (bad != std::string::npos) {
    SourcePos p = position_of_byte(text, bad);
    diags.error(path, p.line, p.column, "not-utf8", tr("not-utf8", {std::to_string(bad)}));
    return false;
  }
  return true;
}

std::optional<Document> parse_document(const std::string& text, const std::string& path, const std::string& default_id,
                                       Diagnostics& diags) {
  if (!readable_text(text, path, diags)) return std::nullopt;
  FrontMatterSplit split = split_front_matter(text);
  if (!split.ok) {
    diags.error(path, split.error_line, split.error_line ? 1 : 0, "no-front-matter", split.error);
    return std::nullopt;
  }
  auto f = YamlFields::parse(split.yaml, path, split.yaml_first_line, diags);
  if (!f) return std::nullopt;

  Document d;
  d.path = path;
  d.body = std::move(split.body);
  d.body_first_line = split.body_first_line;
  const auto positions = f->key_positions();
  d.key_pos.reserve(positions.size());
  for (const auto& [key, pos] : positions) d.key_pos.set(key, pos);

  auto type = f->string("type", true);
  if (!type) return std::nullopt;
  auto doc_type = parse_doc_type(*type);
  if (!doc_type) {
    f->error("type", "unknown-type", tr("unknown-type", {*type}));
    return std::nullopt;
  }
  d.type = *doc_type;
  d.title = f->string("title", true).value_or("");

  read_id(*f, default_id, d, diags);
  read_disclosure(*f, d);

  d.draft = f->boolean("draft").value_or(false);
  d.published = f->date_time("published", d.published_minute);
  d.updated = f->date("updated");
  if (d.published && d.updated && *d.updated < *d.published)
    f->error("updated", "bad-date", tr("bad-date.updated-before-published", {d.updated->str(), d.published->str()}));
  d.expires = f->date("expires");
  d.index_no = f->string("index_no").value_or("");
  d.department = f->string("department").value_or("");
  d.topics = f->string_list("topics");
  d.column = f->string("column").value_or("");
  d.source = f->string("source").value_or("");
  d.summary = f->string("summary").value_or("");
  d.issuer = f->string("issuer").value_or("");

  read_attachments_and_review(*f, d);
  read_type_fields(*f, d);

  d.disclosure_category = f->string("disclosure_category").value_or(default_disclosure_category(d.type));
  if (!find_disclosure_category(d.disclosure_category))
    f->error("disclosure_category", "bad-value",
             tr("bad-value.disclosure-category", {d.disclosure_category, disclosure_category_ids()}));

  // 权力事项 (data/powers.yaml) a document of any type may name; enforcement reads it above.
  if (!d.params.get("power"))
    if (auto power = f->string("power")) d.params.set("power", *power);

  find_document_personal_data(*f, text, d);
  for (auto& [key, value] : f->unread_fields()) {
    d.unknown_keys.emplace_back(key, f->closest_read_key(key));
    d.params.set(key, std::move(value));
  }
  return d;
}

}  // namespace govsite
