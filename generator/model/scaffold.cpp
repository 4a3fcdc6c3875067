#include "model/scaffold.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "vocabulary/doc_no.h"
#include "vocabulary/document_id.h"
#include "core/messages.h"
#include "core/similar_names.h"
#include "core/utf8.h"
#include "model/annual_report.h"
#include "model/annual_web_report.h"
#include "model/doc_no_agency.h"
#include "model/index_number.h"

namespace govsite {

namespace {

// YAML scalar in double quotes, so any title is safe.
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Han ideographs (the unified blocks and their extensions, the compatibility block).
bool is_han(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF);
}

// "<type>-<year>-<NNN>", one more than the highest number of that type and year any
// document or .md file has: never a number used before, even by a deleted document, whose
// address may still be linked to.
std::string numbered_id(const SiteModel& m, const std::vector<std::string>& file_ids, DocType type, int year) {
  const std::string prefix = std::string(doc_type_name(type)) + "-" + std::to_string(year) + "-";
  int highest = 0;
  auto consider = [&](const std::string& id) {
    if (id.size() <= prefix.size() || id.compare(0, prefix.size(), prefix) != 0 || id.size() > prefix.size() + 6)
      return;
    const std::string digits = id.substr(prefix.size());
    if (digits.find_first_not_of("0123456789") == std::string::npos) highest = std::max(highest, std::stoi(digits));
  };
  for (const Document& d : m.docs) consider(d.id);
  for (const std::string& id : file_ids) consider(id);
  char number[16];
  std::snprintf(number, sizeof number, "%03d", highest + 1);
  return prefix + number;
}

// Why `id` cannot be what an interpretation explains, with the policies it may have been
// meant to name; empty when it is a policy of the site (a draft too: a policy and its
// interpretation are usually drafted together).
std::string interprets_problem(const SiteModel& m, const std::string& id) {
  const Document* target = m.find(id);
  if (target && target->type == DocType::policy) return "";
  if (target) return tr("new.interprets-not-policy", {id, section_label(target->type), doc_type_name(target->type)});
  std::vector<std::string> policies;
  for (const Document& d : m.docs)
    if (d.type == DocType::policy) policies.push_back(d.id);
  std::sort(policies.begin(), policies.end());
  const std::vector<std::string> close = similar_names(id, policies);
  if (close.empty()) return tr("new.interprets-unknown", {id, tr("new.interprets-how")});
  std::string names;
  for (const std::string& c : close) names += (names.empty() ? "" : tr("new.id-separator")) + tr("new.quoted-id", {c});
  return tr("new.interprets-unknown", {id, tr("new.interprets-similar", {names})});
}

// The message for an id that cannot be one; empty when it can.
std::string id_problem_message(const std::string& id) {
  switch (id_problem(id)) {
    case IdProblem::none: return "";
    case IdProblem::reserved: return tr("new.reserved-id", {id});
    case IdProblem::too_long: return tr("new.id-too-long", {std::to_string(id.size()), std::to_string(kMaxIdLength)});
    case IdProblem::pattern: return tr("new.bad-id", {id});
  }
  return "";
}

}  // namespace

std::string id_from_title(const std::string& title) {
  for (size_t i = 0; i < title.size();)
    if (is_han(next_code_point(title, i))) return "";
  std::string id;
  for (unsigned char c : title) {
    if (std::isalnum(c) && c < 0x80) id += static_cast<char>(std::tolower(c));
    else if (!id.empty() && id.back() != '-') id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  if (id.size() > kMaxIdLength) {
    id.resize(kMaxIdLength);
    while (!id.empty() && id.back() == '-') id.pop_back();
  }
  // Digits alone say nothing: such a title gets a numbered id too.
  bool letter = false;
  for (char c : id) letter = letter || (c >= 'a' && c <= 'z');
  return letter ? id : std::string();
}

namespace {

// An annual report's fields, with the figures the build computes now shown as comments
// (the editor checks them against the office's own count).
std::string annual_report_fields(const SiteModel& m, const SiteConfig& config, int year) {
  std::string f;
  const AnnualReport report = compute_annual_report(m, year);
  f += "year: " + std::to_string(year) + "\n";
  f += config.organization.empty() ? "issuer:                 # 发布机关（本单位全称）\n"
                                   : "issuer: " + config.organization + "\n";
  f += "# 表二 第二十条（一）（规章、规范性文件）由已发布的政策文件计算；表三、表四由\n";
  f += "# data/requests/" + std::to_string(year) + ".yaml 的依申请公开记录计算" +
       (report.has_request_records ? "" : "（该文件尚不存在，请先登记）") + "。现在算得：\n";
  for (const auto& n : report.normative)
    f += std::string("#   ") + n.label + "：本年制发 " + std::to_string(n.issued) + "，本年废止 " +
         std::to_string(n.repealed) + "，现行有效 " + std::to_string(n.in_force) + "\n";
  f += "#   本年新收申请 " + std::to_string(report.requests[0].cells.back()) + "，上年结转 " +
       std::to_string(report.requests[1].cells.back()) + "\n";
  f += "activities:              # 第二十条（五）（六）（八）：本年处理决定数量、收费金额（万元）\n";
  f += "  行政许可: 0\n  行政处罚: 0\n  行政强制: 0\n  行政事业性收费: 0\n";
  f += "# figures:               # 手工填写的数字（可选），构建时与计算结果核对，如\n";
  f += "#   行政规范性文件/本年制发件数: 0\n";
  return f;
}

// A 政府网站工作年度报表's fields: the counted rows shown as comments, the ops' figures to
// fill in.
std::string web_report_fields(const SiteModel& m, const SiteConfig& config, int year) {
  std::string f;
  // The rows the site shows are counted by the build; the rest are ops' figures.
  const WebReportCounts c = count_web_report(m, config, year);
  f += "year: " + std::to_string(year) + "\n";
  f += "issuer: " + config.organization + "\n";
  f += "# 网站名称、标识码、ICP备案号、公安机关备案号取自 site.yaml；信息发布、专栏专题、解读信息发布、\n";
  f += "# 办事服务事项、征集调查由构建按网站 " + std::to_string(year) + " 年发布的内容计算。现在算得：\n";
  f += "#   信息发布 " + std::to_string(c.total()) + " 条（概况类 " + std::to_string(c.overview) + "，政务动态 " +
       std::to_string(c.news) + "，信息公开目录 " + std::to_string(c.catalog) + "），专栏专题 " +
       std::to_string(c.columns_kept) + " 个（新开设 " + std::to_string(c.columns_new) + "），政策解读 " +
       std::to_string(c.interp_material + c.interp_product) + " 条\n";
  f += "# 下面是只有网站运维和统计才知道的数据，请逐项填写（整数不带单位；是/否项填“是”或“否”）：\n";
  f += "figures:\n";
  for (const WebReportRow& row : web_report_rows(m, config, Document{}))
    if (row.source == WebRowSource::figure)
      f += row.kind == WebFigureKind::text  // a name or a note: written when there is one
               ? "  # " + row.key + ":\n"
               : "  " + row.key + ": " +
                     (row.kind == WebFigureKind::site_type ? "部门网站      # 政府门户网站、部门网站或专项网站"
                      : row.kind == WebFigureKind::yes_no ? "否"
                                                          : "0") +
                     "\n";
  return f;
}

// The fields of the document's type, each with what to write in the editor's words.
std::string type_fields(const SiteModel& m, const SiteConfig& config, const ScaffoldRequest& r, DocType type,
                        int year) {
  const Date& today = r.today;
  const std::string date = today.str();
  std::string f;
  switch (type) {
    case DocType::policy:
      if (const std::string agency = doc_no_agency_of_site(m, config); !agency.empty())
        f += "doc_no:                 # 发文字号，如 " + doc_no_example(agency, today.year, 1) + "\n";
      else
        f += "doc_no:                 # 发文字号，写成“机关代字〔年份〕序号号”，如 " +
             doc_no_example("", today.year, 1) + "\n";
      f += config.organization.empty() ? "issuer:                 # 发文机关（本单位全称）\n"
                                       : "issuer: " + config.organization + "\n";
      f += "written: " + date + "   # 成文日期\n";
      f += "normative: false         # 规范性文件写 true，并同步发布政策解读\n";
      break;
    case DocType::interpretation:
      if (!r.interprets.empty()) f += "interprets: " + r.interprets + "\n";
      else f += "interprets:             # 请填写所解读的政策文件的 id：那篇文件开头“id:”后面的内容\n";
      f += "form: text               # text 文字、qa 问答、chart 图解、audio 音频、video 视频\n";
      break;
    case DocType::consultation:
      f += "opens: " + date + "\n";
      f += "closes: " + Date::from_days(today.days_since_epoch() + 30).str() + "   # 征求意见期一般不少于30日\n";
      break;
    case DocType::service:
      f += "basis: []        # 办理依据\nconditions: []   # 申请条件\nmaterials: []    # 申请材料\n"
           "steps: []        # 办理流程\ntime_limit:      # 办理时限\nfee:             # 收费标准\n"
           "location:        # 办理地点\nphone:           # 咨询电话\n";
      break;
    case DocType::progress: f += "tasks: []   # 每项：{name, owner, target, progress: 0-100, status, updated}\n"; break;
    case DocType::annual_report: f += annual_report_fields(m, config, year); break;
    case DocType::annual_web_report: f += web_report_fields(m, config, year); break;
    case DocType::enforcement:
      f +=
          "decision_no:         # 决定书文号\nkind: 行政处罚      # 行政许可、行政处罚、行政强制、行政检查、行政征收、行政给付、行政确认、行政奖励、行政裁决、其他\n"
          "party_type: organization   # person 自然人（姓名须脱敏：张某）、organization 法人及非法人组织、business 个体工商户\n"
          "party:               # 行政相对人名称\ncredit_code:         # 统一社会信用代码（自然人不填）\n"
          "facts:               # 违法事实或事由\nbasis:               # 依据\nresult_text:         # 处理结果\n"
          "decided: " +
          date + "   # 决定日期；须在7个工作日内公示（国办发〔2018〕118号）\n";
      break;
    case DocType::inspection_plan:
      f +=
          "matter:    # 抽查事项\nbasis:     # 抽查依据\nsubject:   # 抽查主体\nscope:     # 抽查对象范围\nratio:     # 抽查比例和频次\n";
      break;
    case DocType::inspection_result:
      f += "plan:        # 所属抽查事项的 id\ntarget:      # 检查对象\ninspected: " + date +
           "   # 检查时间\noutcome:     # 检查结果\nhandling:    # 处理情况\n";
      break;
    case DocType::notice:
    case DocType::page: break;
  }
  return f;
}

// The fields every document has: publication, 索引号, disclosure, review.
std::string common_fields(const SiteModel& m, const SiteConfig& config, const ScaffoldRequest& r) {
  const Date& today = r.today;
  const std::string date = today.str();
  std::string f;
  f += "published: " + date + "\n";
  if (!config.index_prefix.empty())
    f += "index_no: " + IndexNumberAllocator(m.docs, config).next(today.year) +
         "   # 索引号（本年度下一个可用号，发布后不再改变）\n";
  else  // a site just made by govsite init: no 索引号 can be made before index_prefix is filled in
    f += "# index_no:             # 索引号：site.yaml 的 index_prefix 填写后，运行 govsite assign-index 自动编号\n";
  f += "disclosure: public      # public 主动公开、on-request 依申请公开（写 disclosure_reason）、withheld 不予公开\n";
  f += "department:             # 负责科室\n";
  f += "topics: []              # 主题分类\n";
  if (r.folder) {
    f += "# 附件：把文件放在本文件（index.md）所在的文件夹里，再去掉下面两行行首的“# ”，写上文件名和标题\n";
    f += "# attachments:\n";
    f += "#   - {file: 附件1-登记表.docx, title: 附件1：登记表}\n";
  }
  f += "draft: true             # 审核完成后删除此行\n";
  f += "review: []\n";
  f += "# 先审查、后公开：由审核人填写三个环节后发布，例如\n";
  f += "#  - {stage: initial, by: 初审人, date: " + date + "}\n";
  f += "#  - {stage: second, by: 复审人, date: " + date + "}\n";
  f += "#  - {stage: approved, by: 批准人, date: " + date + "}\n";
  return f;
}

// The body: the text parts of a report's format, else where the text starts.
std::string body_text(DocType type, int year) {
  std::string f;
  if (type == DocType::annual_web_report) {
    f += "本报表根据《国务院办公厅关于做好政府网站年度报表发布工作的通知》（国办函〔2018〕12号）编制，统计期限自" +
         std::to_string(year) + "年1月1日起至" + std::to_string(year) + "年12月31日止。\n";
  } else if (type == DocType::annual_report) {
    // The format's text parts; its tables 二、三、四 are made by the build between 一 and 五.
    f += "本报告根据《中华人民共和国政府信息公开条例》第五十条编制。报告中所列数据统计期限自" + std::to_string(year) +
         "年1月1日起至" + std::to_string(year) + "年12月31日止。\n\n";
    f += "## 一、总体情况\n\n【请填写：主动公开、依申请公开、政府信息管理、平台建设、监督保障情况】\n\n";
    f += "## 五、存在的主要问题及改进情况\n\n【请填写：存在的主要问题及改进情况】\n\n";
    f += "## 六、其他需要报告的事项\n\n【请填写：其他需要报告的事项（如收取信息处理费情况），没有的写“无”】\n";
  } else {
    f += "正文从这里开始。\n";
  }
  return f;
}

}  // namespace

Scaffold scaffold_document(const SiteModel& m, const SiteConfig& config, const ScaffoldRequest& r) {
  Scaffold s;
  const DocType type = r.type;
  const Date& today = r.today;
  const int year = r.year != 0 ? r.year : today.year - 1;
  const bool annual_report = type == DocType::annual_report;
  const bool web_report = type == DocType::annual_web_report;
  const std::string title = annual_report && r.title.empty()
                                ? config.organization + std::to_string(year) + "年政府信息公开工作年度报告"
                            : web_report && r.title.empty()
                                ? config.title + "政府网站工作年度报表（" + std::to_string(year) + "年度）"
                                : r.title;
  std::string id = !r.id.empty()   ? r.id
                   : annual_report ? "xxgk-ndbg-" + std::to_string(year)
                   : web_report    ? "wzndbb-" + std::to_string(year)
                                   : id_from_title(title);
  if (id.empty()) {
    id = numbered_id(m, r.file_ids, type, today.year);
    s.numbered = true;
  }
  if (std::string problem = id_problem_message(id); !problem.empty()) {
    s.error = problem;
    return s;
  }
  if (const Document* other = m.find(id)) {
    s.error = tr("new.duplicate-id", {id, other->path});
    return s;
  }
  if (!r.interprets.empty()) {
    if (std::string problem = interprets_problem(m, r.interprets); !problem.empty()) {
      s.error = problem;
      return s;
    }
  }
  s.id = id;
  const std::string section = section_of(type);
  const bool dated = type != DocType::page && type != DocType::service;
  s.path = "content/" + section + "/" + (dated ? std::to_string(today.year) + "/" : "") + id +
           (r.folder ? "/index.md" : ".md");

  std::string f = "---\n";
  f += "title: " + quoted(title) + "\n";
  f += std::string("type: ") + doc_type_name(type) + "\n";
  f += "id: " + id + "\n";
  f += type_fields(m, config, r, type, year);
  f += common_fields(m, config, r);
  f += "---\n";
  f += body_text(type, year);
  s.text = std::move(f);
  return s;
}

}  // namespace govsite
