#include "outputs/reports.h"

#include <unordered_map>

#include "core/json_writer.h"
#include "model/request_deadlines.h"

namespace govsite {

CsvWriter::CsvWriter(const std::vector<std::string>& header, size_t expected_bytes) {
  out_.reserve(expected_bytes);
  out_ = "\xEF\xBB\xBF";
  for (const auto& name : header) field(name);
  end_row();
}

CsvWriter& CsvWriter::field(std::string_view s) {
  if (row_started_) out_ += ',';
  row_started_ = true;
  const bool formula = !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@');
  const bool quoted = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quoted) out_ += '"';
  if (formula) out_ += '\'';
  if (!quoted) {
    out_ += s;
    return *this;
  }
  for (char c : s) {
    if (c == '"') out_ += '"';
    out_ += c;
  }
  out_ += '"';
  return *this;
}

void CsvWriter::end_row() {
  out_ += "\r\n";
  row_started_ = false;
}

std::string ledger_csv(const SiteModel& m) {
  // Every interpretation naming a policy, published or not (the ledger is internal).
  std::unordered_map<std::string_view, std::string> interpretations_of;
  for (const Document& jd : m.docs)
    for (const auto& id : jd.interprets) {
      std::string& list = interpretations_of[id];
      list += (list.empty() ? "" : " ") + jd.id;
    }
  size_t policies = 0;
  for (const Document& d : m.docs) policies += d.type == DocType::policy;
  CsvWriter csv({"id",       "索引号",     "发文字号",   "标题",     "发文机关", "成文日期", "发布日期",
                 "公开属性", "不公开理由", "有效性",     "被替代为", "初审人",   "初审日期", "复审人",
                 "复审日期", "批准人",     "批准日期",   "政策解读", "发布状态", "文件",     "是否规范性文件",
                 "施行日期", "有效期至",   "统一登记号", "备案机关", "备案日期"},
                policies * 400);
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.type != DocType::policy) continue;
    csv.field(d.id)
        .field(d.index_no)
        .field(d.doc_no)
        .field(d.title)
        .field(d.issuer)
        .field(date_or_empty(d.written))
        .field(date_or_empty(d.published))
        .field(disclosure_name(d.disclosure))
        .field(d.disclosure_reason)
        .field(validity_name(validity_on(d, m.now)))
        .field(d.superseded_by);
    for (const char* stage : {"initial", "second", "approved"}) {
      const ReviewStage* found = nullptr;
      for (const auto& s : d.review)
        if (s.stage == stage) found = &s;
      csv.field(found ? found->by : "").field(found ? date_or_empty(found->date) : "");
    }
    const auto interpretations = interpretations_of.find(d.id);
    csv.field(interpretations == interpretations_of.end() ? std::string_view() : interpretations->second)
        .field(m.published[i] ? std::string_view("published") : std::string_view(m.left_out[i]))
        .field(d.path)
        .field(d.normative ? "是" : "否")
        .field(date_or_empty(d.effective))
        .field(date_or_empty(d.valid_until))
        .field(d.registration_no)
        .field(d.filing_body)
        .field(date_or_empty(d.filing_date));
    csv.end_row();
  }
  return csv.take();
}

std::string build_report_json(const SiteModel& m, const BuildCounts& counts, const Diagnostics& diags) {
  JsonWriter w;
  w.begin_object();
  w.key("generator").string(std::string("govsite ") + GOVSITE_VERSION);
  w.key("build_date").string(m.now.str());
  w.key("counts").begin_object();
  w.key("documents").number(static_cast<int64_t>(counts.documents));
  w.key("published").number(static_cast<int64_t>(counts.published));
  w.key("left_out").number(static_cast<int64_t>(counts.documents - counts.published));
  w.key("pages").number(static_cast<int64_t>(counts.pages_written));
  w.key("errors").number(static_cast<int64_t>(diags.error_count()));
  w.key("warnings").number(static_cast<int64_t>(diags.warning_count()));
  w.end_object();
  w.key("left_out").begin_array();
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (m.published[i]) continue;
    w.begin_object();
    w.key("file").string(m.docs[i].path);
    w.key("id").string(m.docs[i].id);
    w.key("reason_code").string(m.left_out_code[i]);  // for scripts: the same in every language
    w.key("reason").string(m.left_out[i]);
    w.end_object();
  }
  w.end_array();
  w.key("diagnostics").begin_array();
  for (const auto& d : diags.sorted()) write_diagnostic_json(w, d);
  w.end_array();
  w.end_object();
  return w.str() + "\n";
}

std::string requests_overdue_csv(const SiteModel& m, const WorkdayCalendar& calendar) {
  CsvWriter csv({"编号", "文件", "行", "收到日期", "申请人类型", "答复期限", "答复日期", "超期工作日", "延期答复"},
                1024);
  for (const RequestDeadline& late : late_requests(m, calendar)) {
    if (!late.due) continue;  // the calendar does not reach it: a calendar-outdated warning
    const InfoRequest& r = *late.request;
    csv.field(r.id)
        .field(late.file->path)
        .field(std::to_string(r.pos.line))
        .field(r.received.str())
        .field(kApplicantKinds[r.applicant])
        .field(late.due->str())
        .field(date_or_empty(r.answered))
        .field(std::to_string(late.late_working_days))
        .field(r.extended ? "是" : "否");
    csv.end_row();
  }
  return csv.take();
}

void write_reports(const SiteModel& m, const SiteConfig* config, const BuildCounts& counts, OutputWriter& out,
                   Diagnostics& diags) {
  std::string error;
  if (config && !m.requests.empty() &&
      !out.write("requests_overdue.csv", requests_overdue_csv(m, config->calendar), error))
    diags.error("reports/requests_overdue.csv", 0, 0, "io-error", error);
  if (!out.write("ledger.csv", ledger_csv(m), error)) diags.error("reports/ledger.csv", 0, 0, "io-error", error);
  if (!out.write("build.json", build_report_json(m, counts, diags), error))
    diags.error("reports/build.json", 0, 0, "io-error", error);
}

}  // namespace govsite
