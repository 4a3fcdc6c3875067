// 行政执法公示 in front matter: the keys of `enforcement` (行政执法决定), `inspection-plan`
// (双随机抽查事项) and `inspection-result` (抽查结果) documents. They are read and checked
// while parsing, then kept, normalised, in the document's `params` (so the parsed-document
// cache and templates carry them with no new fields); enforcement_of() and friends give
// the typed view the model, rules and outputs use.
#pragma once

#include <optional>
#include <string>

#include "content/document.h"
#include "vocabulary/enforcement_kind.h"
#include "yaml/yaml_fields.h"

namespace govsite {

struct Enforcement {
  std::string decision_no;  // 决定书文号
  EnforcementKind kind = EnforcementKind::other;
  std::string party;  // 行政相对人名称 (a person's masked: 张某)
  bool party_is_person = false;
  std::string credit_code;      // 统一社会信用代码 (organisations only)
  std::string facts;            // 违法事实 / 事由
  std::string basis;            // 依据
  std::string result_text;      // 结果: the penalty or decision
  std::string fine;             // 罚款金额 in 元, as written (digits, optional decimals); "" when none
  std::optional<Date> decided;  // 决定日期
  std::string authority;        // 执法机关; "" means the site's organization
  std::string power;            // the 权责清单 item it exercises, or ""
  std::string violation_type;   // 违法行为类型 (行政处罚)
  std::string category;  // 处罚类别 (警告, 罚款, …) or 许可类别 (普通, 特许, 认可, 核准, 登记)
  std::optional<Date> valid_until;  // 许可有效期至 (行政许可)
};

struct InspectionPlan {
  std::string matter, basis, subject, scope, ratio;  // 抽查事项, 依据, 主体, 对象范围, 比例和频次
};

struct InspectionResult {
  std::string plan;               // the id of its inspection-plan
  std::string target;             // 检查对象
  std::optional<Date> inspected;  // 检查时间
  std::string outcome, handling;  // 检查结果, 处理情况
};

// Parsing (content/document_parser.cpp): read, check and store in d.params.
void read_enforcement(YamlFields& f, Document& d);
void read_inspection_plan(YamlFields& f, Document& d);
void read_inspection_result(YamlFields& f, Document& d);

// The typed view of what read_*() stored.
Enforcement enforcement_of(const Document& d);
InspectionPlan inspection_plan_of(const Document& d);
InspectionResult inspection_result_of(const Document& d);

// A person's name as a public notice may show it: masked with 某, ＊, * or ×.
bool is_masked_person_name(const std::string& name);

}  // namespace govsite
