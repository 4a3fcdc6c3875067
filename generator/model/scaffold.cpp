#include "model/scaffold.h"

#include <cctype>
#include <cstdio>

#include "vocabulary/document_id.h"
#include "core/messages.h"
#include "model/annual_report.h"
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

}  // namespace

std::string id_from_title(const std::string& title) {
  std::string id;
  for (unsigned char c : title) {
    if (std::isalnum(c) && c < 0x80) id += static_cast<char>(std::tolower(c));
    else if (!id.empty() && id.back() != '-') id += '-';
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  // Digits alone ("2026" from 关于做好2026年……的通知) say nothing: ask for an id instead.
  bool letter = false;
  for (char c : id) letter = letter || (c >= 'a' && c <= 'z');
  return letter ? id : std::string();
}

Scaffold scaffold_document(const SiteModel& m, const SiteConfig& config, DocType type,
                           const std::string& title_in, const std::string& id_in, const Date& today, int year) {
  Scaffold s;
  if (year == 0) year = today.year - 1;
  const bool annual_report = type == DocType::annual_report;
  const std::string title =
      annual_report && title_in.empty() ? config.organization + std::to_string(year) + "年政府信息公开工作年度报告" : title_in;
  const std::string id = !id_in.empty() ? id_in : annual_report ? "xxgk-ndbg-" + std::to_string(year) : id_from_title(title);
  if (id.empty()) {
    s.error = tr("new.no-letters", {std::to_string(today.year)});
    return s;
  }
  if (!is_valid_id(id)) {
    s.error = tr("new.bad-id", {id});
    return s;
  }
  if (const Document* other = m.find(id)) {
    s.error = tr("new.duplicate-id", {id, other->path});
    return s;
  }
  const std::string section = section_of(type);
  const bool dated = type != DocType::page && type != DocType::service;
  s.path = "content/" + section + "/" + (dated ? std::to_string(today.year) + "/" : "") + id + ".md";

  const std::string date = today.str();
  std::string f = "---\n";
  f += "title: " + quoted(title) + "\n";
  f += std::string("type: ") + doc_type_name(type) + "\n";
  f += "id: " + id + "\n";
  switch (type) {
    case DocType::policy:
      f += "doc_no:                 # 发文字号，如 盘司发〔" + std::to_string(today.year) + "〕1号\n";
      f += "issuer: " + config.organization + "\n";
      f += "written: " + date + "   # 成文日期\n";
      f += "normative: false         # 规范性文件写 true，并同步发布政策解读\n";
      break;
    case DocType::interpretation: {
      const auto policies = newest_first(m, [](const Document& d) { return d.type == DocType::policy; });
      if (policies.empty()) {
        s.error = tr("new.no-policy");
        return s;
      }
      f += "interprets: " + m.docs[policies[0]].id + "   # 所解读文件的 id（这里是最新的政策文件，请核对）\n";
      f += "form: text               # text 文字、qa 问答、chart 图解、audio 音频、video 视频\n";
      break;
    }
    case DocType::consultation:
      f += "opens: " + date + "\n";
      f += "closes: " + Date::from_days(today.days_since_epoch() + 30).str() + "   # 征求意见期一般不少于30日\n";
      break;
    case DocType::service:
      f += "basis: []        # 办理依据\nconditions: []   # 申请条件\nmaterials: []    # 申请材料\n"
           "steps: []        # 办理流程\ntime_limit:      # 办理时限\nfee:             # 收费标准\n"
           "location:        # 办理地点\nphone:           # 咨询电话\n";
      break;
    case DocType::progress:
      f += "tasks: []   # 每项：{name, owner, target, progress: 0-100, status, updated}\n";
      break;
    case DocType::annual_report: {
      const AnnualReport r = compute_annual_report(m, year);
      f += "year: " + std::to_string(year) + "\n";
      f += "issuer: " + config.organization + "\n";
      f += "# 表二 第二十条（一）（规章、规范性文件）由已发布的政策文件计算；表三、表四由\n";
      f += "# data/requests/" + std::to_string(year) + ".yaml 的依申请公开记录计算" +
           (r.has_request_records ? "" : "（该文件尚不存在，请先登记）") + "。现在算得：\n";
      for (const auto& n : r.normative)
        f += std::string("#   ") + n.label + "：本年制发 " + std::to_string(n.issued) + "，本年废止 " +
             std::to_string(n.repealed) + "，现行有效 " + std::to_string(n.in_force) + "\n";
      f += "#   本年新收申请 " + std::to_string(r.requests[0].cells.back()) + "，上年结转 " +
           std::to_string(r.requests[1].cells.back()) + "\n";
      f += "activities:              # 第二十条（五）（六）（八）：本年处理决定数量、收费金额（万元）\n";
      f += "  行政许可: 0\n  行政处罚: 0\n  行政强制: 0\n  行政事业性收费: 0\n";
      f += "# figures:               # 手工填写的数字（可选），构建时与计算结果核对，如\n";
      f += "#   行政规范性文件/本年制发件数: 0\n";
      break;
    }
    case DocType::enforcement:
      f += "decision_no:         # 决定书文号\nkind: 行政处罚      # 行政许可、行政处罚、行政强制、行政检查、行政征收、行政给付、行政确认、行政奖励、行政裁决、其他\n"
           "party_type: organization   # person 自然人（姓名须脱敏：张某）、organization 法人及非法人组织、business 个体工商户\n"
           "party:               # 行政相对人名称\ncredit_code:         # 统一社会信用代码（自然人不填）\n"
           "facts:               # 违法事实或事由\nbasis:               # 依据\nresult_text:         # 处理结果\n"
           "decided: " + date + "   # 决定日期；须在7个工作日内公示（国办发〔2018〕118号）\n";
      break;
    case DocType::inspection_plan:
      f += "matter:    # 抽查事项\nbasis:     # 抽查依据\nsubject:   # 抽查主体\nscope:     # 抽查对象范围\nratio:     # 抽查比例和频次\n";
      break;
    case DocType::inspection_result:
      f += "plan:        # 所属抽查事项的 id\ntarget:      # 检查对象\ninspected: " + date +
           "   # 检查时间\noutcome:     # 检查结果\nhandling:    # 处理情况\n";
      break;
    case DocType::notice:
    case DocType::page:
      break;
  }
  f += "published: " + date + "\n";
  f += "index_no: " + IndexNumberAllocator(m.docs, config).next(today.year) + "   # 索引号（本年度下一个可用号，发布后不再改变）\n";
  f += "disclosure: public      # public 主动公开、on-request 依申请公开（写 disclosure_reason）、withheld 不予公开\n";
  f += "department:             # 负责科室\n";
  f += "topics: []              # 主题分类\n";
  f += "draft: true             # 审核完成后删除此行\n";
  f += "review: []\n";
  f += "# 先审查、后公开：由审核人填写三个环节后发布，例如\n";
  f += "#  - {stage: initial, by: 初审人, date: " + date + "}\n";
  f += "#  - {stage: second, by: 复审人, date: " + date + "}\n";
  f += "#  - {stage: approved, by: 批准人, date: " + date + "}\n";
  f += "---\n";
  if (annual_report) {
    // The format's text parts; its tables 二、三、四 are made by the build between 一 and 五.
    f += "本报告根据《中华人民共和国政府信息公开条例》第五十条编制。报告中所列数据统计期限自" + std::to_string(year) +
         "年1月1日起至" + std::to_string(year) + "年12月31日止。\n\n";
    f += "## 一、总体情况\n\n【请填写：主动公开、依申请公开、政府信息管理、平台建设、监督保障情况】\n\n";
    f += "## 五、存在的主要问题及改进情况\n\n【请填写：存在的主要问题及改进情况】\n\n";
    f += "## 六、其他需要报告的事项\n\n【请填写：其他需要报告的事项（如收取信息处理费情况），没有的写“无”】\n";
  } else {
    f += "正文从这里开始。\n";
  }
  s.text = std::move(f);
  return s;
}

}  // namespace govsite
