#include "model/annual_report.h"

#include "core/messages.h"

namespace govsite {

namespace {

constexpr const char* kAppealGroups[] = {"行政复议", "未经复议直接起诉", "复议后起诉"};
constexpr const char* kAppealOutcomeColumns[] = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};
constexpr const char* kNormativeColumns[] = {"本年制发件数", "本年废止件数", "现行有效件数"};

RequestRow row(const std::string& id, const std::string& group, const std::string& label) {
  RequestRow r;
  r.id = id;
  r.group = group;
  r.label = label;
  return r;
}

// The rows of table 三 in the format's order, all zero.
std::vector<RequestRow> request_rows() {
  std::vector<RequestRow> rows = {row("本年新收", "", "一、本年新收政府信息公开申请数量"),
                                  row("上年结转", "", "二、上年结转政府信息公开申请数量")};
  for (const auto& result : request_results()) rows.push_back(row(result.id, result.group, result.label));
  rows.push_back(row("办理结果总计", "", "（七）总计"));
  rows.push_back(row("结转下年度", "", "四、结转下年度继续办理"));
  return rows;
}

RequestRow* find_row(std::vector<RequestRow>& rows, const std::string& id) {
  for (auto& r : rows)
    if (r.id == id) return &r;
  return nullptr;
}

void count(RequestRow& r, size_t applicant) {
  ++r.cells[applicant];
  ++r.cells[kRequestColumns - 1];
}

// Calls f(name, figure) for every figure, in table order.
template <typename Report, typename F>
void each_figure(Report& r, F f) {
  for (auto& n : r.normative) {
    f(std::string(n.label) + "/" + kNormativeColumns[0], n.issued);
    f(std::string(n.label) + "/" + kNormativeColumns[1], n.repealed);
    f(std::string(n.label) + "/" + kNormativeColumns[2], n.in_force);
  }
  for (auto& row : r.requests)
    for (size_t k = 0; k < kRequestColumns; ++k) f(row.id + "/" + request_column(k), row.cells[k]);
  for (size_t k = 0; k < kAppealColumns; ++k) f(appeal_column(k), r.appeals[k]);
}

long sum(const std::array<long, kRequestColumns>& cells) {
  long total = 0;
  for (size_t k = 0; k + 1 < kRequestColumns; ++k) total += cells[k];
  return total;
}

}  // namespace

const char* request_column(size_t k) { return k + 1 < kRequestColumns ? kApplicantKinds[k] : "总计"; }

std::string appeal_column(size_t k) { return std::string(kAppealGroups[k / 5]) + "/" + kAppealOutcomeColumns[k % 5]; }

AnnualReport compute_annual_report(const SiteModel& m, int year) {
  AnnualReport r;
  r.year = year;
  const Date year_end{year, 12, 31};
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.type != DocType::policy || !m.published[i] || !(d.normative || d.regulation) || d.published->year > year)
      continue;
    NormativeRow& n = r.normative[d.regulation ? 0 : 1];
    n.issued += d.published->year == year;
    const std::optional<Date> end = invalid_from(m, d);
    if (end) {
      n.repealed += end->year == year;
      n.in_force += *end > year_end;
    } else if (d.validity == Validity::valid) {
      ++n.in_force;
    } else {
      r.undated.push_back(d.path);
    }
  }

  r.requests = request_rows();
  for (const RequestFile& file : m.requests) {
    if (file.year != year) continue;
    r.has_request_records = true;
    for (const InfoRequest& q : file.requests) {
      count(*find_row(r.requests, q.received.year == year ? "本年新收" : "上年结转"), q.applicant);
      if (q.answered && q.answered->year == year) {
        count(*find_row(r.requests, q.result), q.applicant);
        count(*find_row(r.requests, "办理结果总计"), q.applicant);
      } else if (!q.answered || q.answered->year > year) {
        count(*find_row(r.requests, "结转下年度"), q.applicant);
      }
      const int outcomes[] = {q.review, q.lawsuit, q.lawsuit_after_review};
      for (size_t g = 0; g < 3; ++g)
        if (outcomes[g] >= 0) {
          ++r.appeals[g * 5 + static_cast<size_t>(outcomes[g])];
          ++r.appeals[g * 5 + 4];
        }
    }
  }
  return r;
}

Date annual_report_deadline(int year) { return Date{year + 1, 1, 31}; }

std::optional<int> missing_annual_report_year(const SiteModel& m, const Document** latest) {
  const int year = m.now.year - 1;
  const Document* newest = nullptr;
  bool out = false;
  for (const Document& d : m.docs) {
    if (d.type != DocType::annual_report || d.draft || d.disclosure != Disclosure::public_ || !d.published) continue;
    if (d.report_year < year && (!newest || d.report_year > newest->report_year)) newest = &d;
    out = out || (d.report_year == year && *d.published <= annual_report_deadline(year));
  }
  if (latest) *latest = newest;
  if (!newest || out) return std::nullopt;
  return year;
}

std::vector<std::pair<std::string, long>> report_figures(const AnnualReport& r) {
  std::vector<std::pair<std::string, long>> out;
  each_figure(r, [&](const std::string& name, long value) { out.emplace_back(name, value); });
  return out;
}

AnnualReport with_figures(AnnualReport r, const std::vector<std::pair<std::string, long>>& figures) {
  each_figure(r, [&](const std::string& name, long& value) {
    for (const auto& [typed, figure] : figures)
      if (typed == name) value = figure;
  });
  return r;
}

std::vector<std::string> consistency_problems(const AnnualReport& r) {
  std::vector<std::string> out;
  auto rows = r.requests;
  const RequestRow* received = find_row(rows, "本年新收");
  const RequestRow* carried = find_row(rows, "上年结转");
  const RequestRow* total = find_row(rows, "办理结果总计");
  const RequestRow* next = find_row(rows, "结转下年度");
  for (const RequestRow& row : r.requests)
    if (sum(row.cells) != row.cells[kRequestColumns - 1])
      out.push_back(tr("annual-report-mismatch.row-total",
                       {row.label, std::to_string(row.cells[kRequestColumns - 1]), std::to_string(sum(row.cells))}));
  for (size_t k = 0; k < kRequestColumns; ++k) {
    long results = 0;
    for (const auto& result : request_results()) results += find_row(rows, result.id)->cells[k];
    if (results != total->cells[k])
      out.push_back(tr("annual-report-mismatch.results-total",
                       {request_column(k), std::to_string(total->cells[k]), std::to_string(results)}));
    const long in = received->cells[k] + carried->cells[k];
    const long done = total->cells[k] + next->cells[k];
    if (in != done)
      out.push_back(tr("annual-report-mismatch.in-out", {request_column(k), std::to_string(in), std::to_string(done)}));
  }
  for (size_t g = 0; g < 3; ++g) {
    long parts = 0;
    for (size_t k = 0; k < 4; ++k) parts += r.appeals[g * 5 + k];
    if (parts != r.appeals[g * 5 + 4])
      out.push_back(tr("annual-report-mismatch.appeal-total",
                       {appeal_column(g * 5 + 4), std::to_string(r.appeals[g * 5 + 4]), std::to_string(parts)}));
  }
  return out;
}

}  // namespace govsite
