#include "outputs/reports.h"

#include <unordered_map>

#include "core/json_writer.h"

namespace govsite {

namespace {

// RFC 4180 field, appended to `out`: quoted when it holds a comma, quote or line break. A
// leading = + - @ is prefixed with ' so a spreadsheet never evaluates an editor's text as
// a formula.
void append_csv_field(std::string& out, const std::string& s) {
  const bool formula = !s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@');
  const bool quoted = s.find_first_of(",\"\r\n") != std::string::npos;
  if (quoted) out += '"';
  if (formula) out += '\'';
  if (!quoted) {
    out += s;
    return;
  }
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

std::string date_str(const std::optional<Date>& d) { return d ? d->str() : std::string(); }

}  // namespace

std::string csv_table(const std::vector<std::string>& header,
                      const std::vector<std::vector<std::string>>& rows) {
  // Sized once: the ledger of a 10,000-document site is megabytes, and growing it by
  // doubling copied it several times over.
  size_t size = 3 + 2 * (rows.size() + 1);
  for (const auto& field : header) size += field.size() + 1;
  for (const auto& row : rows)
    for (const auto& field : row) size += field.size() + 1;
  std::string out;
  out.reserve(size + size / 16);  // and some room for quotes
  out += "\xEF\xBB\xBF";
  auto append_row = [&](const std::vector<std::string>& row) {
    for (size_t k = 0; k < row.size(); ++k) {
      if (k) out += ',';
      append_csv_field(out, row[k]);
    }
    out += "\r\n";
  };
  append_row(header);
  for (const auto& row : rows) append_row(row);
  return out;
}

std::string ledger_csv(const SiteModel& m) {
  // Every interpretation naming a policy, published or not (the ledger is internal).
  std::unordered_map<std::string, std::string> interpretations_of;
  for (const Document& jd : m.docs)
    for (const auto& id : jd.interprets) {
      std::string& list = interpretations_of[id];
      list += (list.empty() ? "" : " ") + jd.id;
    }
  std::vector<std::vector<std::string>> rows;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.type != DocType::policy) continue;
    const std::string& interpretations = interpretations_of[d.id];
    std::vector<std::string> row = {d.id, d.index_no, d.doc_no, d.title, d.issuer,
                                    date_str(d.written), date_str(d.published),
                                    disclosure_name(d.disclosure), d.disclosure_reason,
                                    validity_name(d.validity), d.superseded_by};
    for (const char* stage : {"initial", "second", "approved"}) {
      const ReviewStage* found = nullptr;
      for (const auto& s : d.review)
        if (s.stage == stage) found = &s;
      row.push_back(found ? found->by : "");
      row.push_back(found ? date_str(found->date) : "");
    }
    row.push_back(interpretations);
    row.push_back(m.published[i] ? "published" : m.left_out[i]);
    row.push_back(d.path);
    rows.push_back(std::move(row));
  }
  return csv_table({"id", "索引号", "发文字号", "标题", "发文机关", "成文日期", "发布日期", "公开属性",
                    "不公开理由", "有效性", "被替代为", "初审人", "初审日期", "复审人", "复审日期",
                    "批准人", "批准日期", "政策解读", "发布状态", "文件"},
                   rows);
}

std::string build_report_json(const SiteModel& m, const BuildCounts& counts,
                              const Diagnostics& diags) {
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

void write_reports(const SiteModel& m, const BuildCounts& counts, OutputWriter& out,
                   Diagnostics& diags) {
  std::string error;
  if (!out.write("ledger.csv", ledger_csv(m), error)) diags.error("reports/ledger.csv", 0, 0, "io-error", error);
  if (!out.write("build.json", build_report_json(m, counts, diags), error))
    diags.error("reports/build.json", 0, 0, "io-error", error);
}

}  // namespace govsite
