// The "page" value of a document's template context: the fields every document shows
// (title, dates, 发布机构, 索引号, topics …) and those of its type (a policy's validity and
// interpretations, a consultation's state, a service guide's sections, an annual report's
// tables). Kept apart from the render loop (document_pages.cpp) because the value is what
// the templates see: one place to read when a template asks for a field.
#include "outputs/document_value.h"

#include <cstdio>

#include "model/annual_report.h"
#include "model/annual_web_report.h"
#include "model/enforcement_model.h"
#include "outputs/enforcement_pages.h"
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
  if (!d.filing_body.empty())
    page.set("filing", Value::object().set("body", d.filing_body).set("date", date_or_empty(d.filing_date)));
  if (const Document* newer = m.find_published(d.superseded_by)) page.set("superseded_by", link_to(*newer));
  Value older = Value::list();
  for (size_t k : m.supersedes[index]) older.push(link_to(m.docs[k]));
  page.set("supersedes", std::move(older));
  Value interpretations = Value::list();
  for (size_t k : m.interpretations[index]) {
    const Document& jd = m.docs[k];
    interpretations.push(
        link_to(jd).set("form_label", form_label(jd.form)).set("published", date_or_empty(jd.published)));
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
    Value v = Value::object()
                  .set("label", row.label)
                  .set("cells", figure_cells(row.cells.data(), row.cells.data() + row.cells.size()));
    // Section 三 of the table (本年度办理结果) and each of its groups open with a heading row.
    if (row.id == "予以公开") v.set("section", "三、本年度办理结果");
    if (row.group != group && !row.group.empty()) v.set("group", row.group);
    v.set("indent", !row.group.empty());
    group = row.group;
    rows.push(std::move(v));
  }
  Value appeals = Value::list();
  for (size_t g = 0; g < 3; ++g)
    appeals.push(Value::object().set("cells", figure_cells(&r.appeals[g * 5], &r.appeals[g * 5 + 5])));
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

}  // namespace

std::string pub_date_time(const Document& d) {
  if (!d.published) return "";
  char time[16];
  std::snprintf(time, sizeof time, " %02d:%02d", d.published_minute / 60 % 24, d.published_minute % 60);
  return d.published->str() + time;
}

std::string join_topics(const Document& d, const std::string& separator) {
  std::string out;
  for (const auto& topic : d.topics) out += (out.empty() ? "" : separator) + topic;
  return out;
}

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
                   .set("topics_text", join_topics(d, "；"))
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
    page.set("column",
             Value::object().set("id", column->id).set("title", column->title).set("url", column_url(*column)));
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

}  // namespace govsite
