#include "model/annual_web_report.h"

#include <algorithm>
#include <cstdlib>

#include "core/messages.h"

namespace govsite {

namespace {

struct RowSpec {
  const char* key;
  const char* group;
  const char* label;
  WebFigureKind kind;
  WebRowSource source;
};

using K = WebFigureKind;
using S = WebRowSource;

// The standard table's rows, in its order.
constexpr RowSpec kRows[] = {
    {"网站名称", "", "网站名称", K::text, S::site},
    {"首页网址", "", "首页网址", K::text, S::site},
    {"主办单位", "", "主办单位", K::text, S::site},
    {"网站类型", "", "网站类型", K::site_type, S::figure},
    {"政府网站标识码", "", "政府网站标识码", K::text, S::site},
    {"ICP备案号", "", "ICP备案号", K::text, S::site},
    {"公安机关备案号", "", "公安机关备案号", K::text, S::site},
    {"独立用户访问总量", "", "独立用户访问总量（单位：个）", K::number, S::figure},
    {"网站总访问量", "", "网站总访问量（单位：次）", K::number, S::figure},
    {"信息发布/总数", "信息发布（单位：条）", "总数", K::number, S::computed},
    {"信息发布/概况类信息更新量", "信息发布（单位：条）", "概况类信息更新量", K::number, S::computed},
    {"信息发布/政务动态信息更新量", "信息发布（单位：条）", "政务动态信息更新量", K::number, S::computed},
    {"信息发布/信息公开目录信息更新量", "信息发布（单位：条）", "信息公开目录信息更新量", K::number, S::computed},
    {"专栏专题/维护数量", "专栏专题（单位：个）", "维护数量", K::number, S::computed},
    {"专栏专题/新开设数量", "专栏专题（单位：个）", "新开设数量", K::number, S::computed},
    {"解读信息发布/总数", "解读回应", "解读信息发布（单位：条）：总数", K::number, S::computed},
    {"解读信息发布/解读材料数量", "解读回应", "解读信息发布（单位：条）：解读材料数量", K::number, S::computed},
    {"解读信息发布/解读产品数量", "解读回应", "解读信息发布（单位：条）：解读产品数量", K::number, S::computed},
    {"解读信息发布/媒体评论文章数量", "解读回应", "解读信息发布（单位：条）：媒体评论文章数量", K::number, S::figure},
    {"回应公众关注热点或重大舆情数量", "解读回应", "回应公众关注热点或重大舆情数量（单位：次）", K::number, S::figure},
    {"办事服务/是否发布服务事项目录", "办事服务", "是否发布服务事项目录", K::yes_no, S::computed},
    {"办事服务/注册用户数", "办事服务", "注册用户数（单位：个）", K::number, S::figure},
    {"办事服务/政务服务事项数量", "办事服务", "政务服务事项数量（单位：项）", K::number, S::computed},
    {"办事服务/可全程在线办理政务服务事项数量", "办事服务", "可全程在线办理政务服务事项数量（单位：项）", K::number,
     S::figure},
    {"办件量/总数", "办事服务", "办件量（单位：件）：总数", K::number, S::figure},
    {"办件量/自然人办件量", "办事服务", "办件量（单位：件）：自然人办件量", K::number, S::figure},
    {"办件量/法人办件量", "办事服务", "办件量（单位：件）：法人办件量", K::number, S::figure},
    {"互动交流/是否使用统一平台", "互动交流", "是否使用统一平台", K::yes_no, S::figure},
    {"留言办理/收到留言数量", "互动交流", "留言办理（单位：条）：收到留言数量", K::number, S::figure},
    {"留言办理/办结留言数量", "互动交流", "留言办理（单位：条）：办结留言数量", K::number, S::figure},
    {"留言办理/平均办理时间", "互动交流", "留言办理：平均办理时间（单位：天）", K::decimal, S::figure},
    {"留言办理/公开答复数量", "互动交流", "留言办理（单位：条）：公开答复数量", K::number, S::figure},
    {"征集调查/征集调查期数", "互动交流", "征集调查（单位：期）：征集调查期数", K::number, S::computed},
    {"征集调查/收到意见数量", "互动交流", "征集调查：收到意见数量（单位：条）", K::number, S::computed},
    {"征集调查/公布调查结果期数", "互动交流", "征集调查（单位：期）：公布调查结果期数", K::number, S::computed},
    {"在线访谈/访谈期数", "互动交流", "在线访谈（单位：期）：访谈期数", K::number, S::figure},
    {"在线访谈/网民留言数量", "互动交流", "在线访谈：网民留言数量（单位：条）", K::number, S::figure},
    {"在线访谈/答复网民提问数量", "互动交流", "在线访谈：答复网民提问数量（单位：条）", K::number, S::figure},
    {"互动交流/是否提供智能问答功能", "互动交流", "是否提供智能问答功能", K::yes_no, S::figure},
    {"安全防护/安全检测评估次数", "安全防护", "安全检测评估次数（单位：次）", K::number, S::figure},
    {"安全防护/发现问题数量", "安全防护", "发现问题数量（单位：个）", K::number, S::figure},
    {"安全防护/问题整改数量", "安全防护", "问题整改数量（单位：个）", K::number, S::figure},
    {"安全防护/是否建立安全监测预警机制", "安全防护", "是否建立安全监测预警机制", K::yes_no, S::figure},
    {"安全防护/是否开展应急演练", "安全防护", "是否开展应急演练", K::yes_no, S::figure},
    {"安全防护/是否明确网站安全责任人", "安全防护", "是否明确网站安全责任人", K::yes_no, S::figure},
    {"移动新媒体/是否有移动新媒体", "移动新媒体", "是否有移动新媒体", K::yes_no, S::figure},
    {"微博/名称", "移动新媒体", "微博：名称", K::text, S::figure},
    {"微博/信息发布量", "移动新媒体", "微博：信息发布量（单位：条）", K::number, S::figure},
    {"微博/关注量", "移动新媒体", "微博：关注量（单位：个）", K::number, S::figure},
    {"微信/名称", "移动新媒体", "微信：名称", K::text, S::figure},
    {"微信/信息发布量", "移动新媒体", "微信：信息发布量（单位：条）", K::number, S::figure},
    {"微信/订阅数", "移动新媒体", "微信：订阅数（单位：个）", K::number, S::figure},
    {"移动新媒体/其他", "移动新媒体", "其他", K::text, S::figure},
    {"创新发展", "", "创新发展", K::text, S::figure},
};

bool in_year(const std::optional<Date>& d, int year) { return d && d->year == year; }

long number(const std::vector<WebReportRow>& rows, const std::string& key, bool& known) {
  const WebReportRow* row = find_web_report_row(rows, key);
  known = known && row && !row->value.empty();
  return known ? std::atol(row->value.c_str()) : 0;
}

}  // namespace

WebReportCounts count_web_report(const SiteModel& m, const SiteConfig& config, int year) {
  WebReportCounts c;
  const Date year_end{year, 12, 31};
  std::vector<std::optional<Date>> first_in_column(config.columns.size());
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    // Online in its year: published now, or withdrawn since at its expiry (what the year
    // published stays counted when it expires later).
    if (!m.published[i] && m.left_out_code[i] != "expired") continue;
    for (size_t k = 0; k < config.columns.size(); ++k)
      if (d.column == config.columns[k].id && (!first_in_column[k] || *d.published < *first_in_column[k]))
        first_in_column[k] = d.published;
    if (d.type == DocType::service && *d.published <= year_end && !(d.expires && *d.expires < year_end)) ++c.services;
    if (d.type == DocType::consultation && in_year(d.opens ? d.opens : d.published, year)) {
      ++c.consultations;
      if (d.feedback) c.opinions += d.feedback->received;
      c.results += d.feedback.has_value() || !d.result.empty();
    }
    const bool of_year = in_year(d.published, year);
    switch (d.type) {
      case DocType::page: c.overview += of_year || in_year(d.updated, year); break;
      case DocType::notice:
      case DocType::progress: c.news += of_year; break;
      case DocType::interpretation:
        c.catalog += of_year;
        (d.form == "text" || d.form == "qa" ? c.interp_material : c.interp_product) += of_year;
        break;
      case DocType::policy:
      case DocType::consultation:
      case DocType::service:
      case DocType::enforcement:
      case DocType::inspection_plan:
      case DocType::inspection_result:
      case DocType::annual_report: c.catalog += of_year; break;
      case DocType::annual_web_report: break;  // the report does not count itself
    }
  }
  for (const auto& first : first_in_column) {
    c.columns_kept += first && *first <= year_end;
    c.columns_new += first && first->year == year;
  }
  return c;
}

std::vector<WebReportRow> web_report_rows(const SiteModel& m, const SiteConfig& config, const Document& report) {
  const WebReportCounts c = count_web_report(m, config, report.report_year);
  auto typed = [&](const std::string& key) -> std::string {
    for (const ReportFigure& f : report.report_figures)
      if (f.cell == key) return f.value;
    return "";
  };
  const std::string media = typed("解读信息发布/媒体评论文章数量");
  const std::pair<const char*, std::string> computed[] = {
      {"网站名称", config.title},
      {"首页网址", config.base_url},
      {"主办单位", config.organization},
      {"政府网站标识码", config.site_code},
      {"ICP备案号", config.icp},
      {"公安机关备案号", config.psb},
      {"信息发布/总数", std::to_string(c.total())},
      {"信息发布/概况类信息更新量", std::to_string(c.overview)},
      {"信息发布/政务动态信息更新量", std::to_string(c.news)},
      {"信息发布/信息公开目录信息更新量", std::to_string(c.catalog)},
      {"专栏专题/维护数量", std::to_string(c.columns_kept)},
      {"专栏专题/新开设数量", std::to_string(c.columns_new)},
      {"解读信息发布/总数", std::to_string(c.interp_material + c.interp_product + std::atol(media.c_str()))},
      {"解读信息发布/解读材料数量", std::to_string(c.interp_material)},
      {"解读信息发布/解读产品数量", std::to_string(c.interp_product)},
      {"办事服务/是否发布服务事项目录", c.services > 0 ? "是" : "否"},
      {"办事服务/政务服务事项数量", std::to_string(c.services)},
      {"征集调查/征集调查期数", std::to_string(c.consultations)},
      {"征集调查/收到意见数量", std::to_string(c.opinions)},
      {"征集调查/公布调查结果期数", std::to_string(c.results)},
  };
  std::vector<WebReportRow> rows;
  for (const RowSpec& spec : kRows) {
    WebReportRow row{spec.key, spec.group, spec.label, spec.kind, spec.source, ""};
    if (spec.source == WebRowSource::figure) {
      row.value = typed(spec.key);
    } else {
      for (const auto& [key, value] : computed)
        if (row.key == key) row.value = value;
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

const WebReportRow* find_web_report_row(const std::vector<WebReportRow>& rows, const std::string& key) {
  for (const WebReportRow& row : rows)
    if (row.key == key) return &row;
  return nullptr;
}

bool valid_web_figure(WebFigureKind kind, const std::string& value) {
  switch (kind) {
    case WebFigureKind::number:
      return !value.empty() && value.size() <= 15 && value.find_first_not_of("0123456789") == std::string::npos;
    case WebFigureKind::decimal: {
      if (value.empty() || value.size() > 15 || value.find_first_not_of("0123456789.") != std::string::npos)
        return false;
      char* end = nullptr;
      std::strtod(value.c_str(), &end);
      return *end == '\0';
    }
    case WebFigureKind::yes_no: return value == "是" || value == "否";
    case WebFigureKind::site_type: return value == "政府门户网站" || value == "部门网站" || value == "专项网站";
    case WebFigureKind::text: return true;  // "" is a row not filled in
  }
  return false;
}

std::vector<std::string> web_report_problems(const std::vector<WebReportRow>& rows) {
  std::vector<std::string> out;
  // {whole, part, part}: the whole is the sum of the parts; {whole, part}: at least the part.
  struct Relation {
    const char* whole;
    const char* first;
    const char* second;
  };
  const Relation relations[] = {{"办件量/总数", "办件量/自然人办件量", "办件量/法人办件量"},
                                {"留言办理/收到留言数量", "留言办理/办结留言数量", nullptr},
                                {"留言办理/收到留言数量", "留言办理/公开答复数量", nullptr},
                                {"安全防护/发现问题数量", "安全防护/问题整改数量", nullptr},
                                {"办事服务/政务服务事项数量", "办事服务/可全程在线办理政务服务事项数量", nullptr}};
  for (const Relation& r : relations) {
    bool known = true;
    const long whole = number(rows, r.whole, known);
    const long first = number(rows, r.first, known);
    const long second = r.second ? number(rows, r.second, known) : 0;
    if (!known) continue;
    if (r.second && whole != first + second)
      out.push_back(tr("annual-web-report-mismatch.sum",
                       {r.whole, std::to_string(whole), r.first, r.second, std::to_string(first + second)}));
    if (!r.second && first > whole)
      out.push_back(
          tr("annual-web-report-mismatch.part", {r.first, std::to_string(first), r.whole, std::to_string(whole)}));
  }
  return out;
}

Date web_report_deadline(int year) { return Date{year + 1, 1, 31}; }

std::optional<int> missing_web_report_year(const SiteModel& m, const Document** latest) {
  const int year = m.now.year - 1;
  const Document* point = nullptr;
  bool out = false;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    // A site began keeping these reports with its first one: later years' reports do not
    // make it owe an earlier year's.
    if (d.type != DocType::annual_web_report || d.report_year > year) continue;
    if (!point || d.report_year > point->report_year) point = &d;  // that year's (a draft), else the newest
    out = out || (d.report_year == year && m.published[i] && *d.published <= web_report_deadline(year));
  }
  if (latest) *latest = point;
  if (!point || out) return std::nullopt;
  return year;
}

}  // namespace govsite
