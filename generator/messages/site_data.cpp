// The messages about the data beside the documents: 行政执法公示 decisions, 依申请公开
// records, site.yaml's enforcement section, data/powers.yaml (权责清单) and data/staff.yaml.
#include "messages/tables.h"

namespace govsite {

namespace {

const MessageEntry kMessages[] = {
    // content/enforcement_fields.cpp: 行政执法公示 decisions
    {"bad-value.enforcement-kind", "“kind”填写的执法类别“{1}”无法识别，只能是：{2}",
     "\"kind\": unknown kind of enforcement \"{1}\"; expected one of {2}"},
    {"unmasked-name.party", "“party”：当事人是自然人的，公示前必须隐去姓名（写成张某、李某某或王*），现在写的是全名",
     "\"party\": a person's name must be masked before it is published (张某, 李某某 or 王*), got an unmasked name"},
    {"personal-data.person-credit-code",
     "“credit_code”：自然人（party_type: person）没有统一社会信用代码可公示，请删除身份证号码",
     "\"credit_code\": a person (party_type: person) has no 统一社会信用代码 to publish; remove the ID number"},
    {"missing-key.credit-code", "缺少必填项“credit_code”（单位的 18 位统一社会信用代码）",
     "missing required key \"credit_code\" (the organization's 18-character 统一社会信用代码)"},
    {"bad-credit-code.party",
     "“credit_code”：“{1}”不是有效的统一社会信用代码（18 位，最后一位校验码按 GB 32100-2015 计算），请核对",
     "\"credit_code\": \"{1}\" is not a valid 统一社会信用代码 (18 characters, GB 32100-2015 check character)"},
    {"bad-value.fine", "“fine”填写罚款金额（元），只能是数字，最多两位小数（如 5000 或 1250.50），现在写的是“{1}”",
     "\"fine\": the fine in 元, digits with at most two decimals (e.g. 5000 or 1250.50), got \"{1}\""},
    // content/request_records.cpp: 依申请公开 records
    {"bad-value.appeal-outcome", "“{1}”：“{2}”不是规定的结果，只能是：{3}",
     "\"{1}\": \"{2}\" is not an outcome (one of {3})"},
    {"bad-value.applicant-kind", "“applicant”：“{1}”不是规定的申请人类别，只能是：{2}",
     "\"applicant\": \"{1}\" is not an applicant kind (one of {2})"},
    {"bad-value.request-result", "“result”：“{1}”不是 2021 年版年度报告格式的办理结果，只能是：{2}",
     "\"result\": \"{1}\" is not a result of the 2021 format (one of {2})"},
    {"missing-key.request-result", "申请 {1} 已答复，但没有填写办理结果“result”",
     "request {1} was answered but has no \"result\" (办理结果)"},
    {"missing-key.request-answered", "申请 {1} 填写了办理结果“result”，但没有填写答复日期“answered”",
     "request {1} has a \"result\" but no \"answered\" date"},
    {"bad-date.answered-before-received", "答复日期“answered”（{1}）早于收到日期“received”（{2}），请核对",
     "\"answered\" ({1}) is before \"received\" ({2})"},
    {"request-wrong-year", "申请 {1} 是 {2} 收到的，晚于本文件的年份（{3}）：应登记在 data/requests/{4}.yaml 里",
     "request {1} was received on {2}, after the year of this file ({3}): it belongs in data/requests/{4}.yaml"},
    {"request-file-name",
     "未读取：依申请公开登记文件要按年份命名，如 data/requests/2019.yaml（文件名写成 data/requests/<年份>.yaml）",
     "not read: request records are named after their year, data/requests/<year>.yaml"},
    // config/enforcement_config.cpp: site.yaml's enforcement section
    {"bad-value.publicity-days-kind",
     "site.yaml 的 enforcement.publicity_days 里的“{1}”不是执法类别：请写行政许可、行政处罚……或 licensing、penalty……",
     "enforcement.publicity_days: unknown kind \"{1}\" (行政许可, 行政处罚, … or licensing, penalty, …)"},
    {"bad-credit-code.authority",
     "enforcement.authority_credit_code：“{1}”不是有效的统一社会信用代码（18 位，最后一位校验码按 GB 32100-2015 计算），请核对",
     "enforcement.authority_credit_code: \"{1}\" is not a valid 统一社会信用代码 (18 characters, GB 32100-2015 check "
     "character)"},
    {"bad-value.flowchart",
     "enforcement.flowchart 应当是网站文件夹里、content/ 以外的一张图片（png、jpg、svg、gif、webp），例如 "
     "data/zhifa-liucheng.svg；现在写的是“{1}”",
     "enforcement.flowchart: an image (png, jpg, svg, gif, webp) inside the site folder, outside content/, e.g. "
     "data/zhifa-liucheng.svg; got \"{1}\""},
    {"bad-value.enforcement-key",
     "enforcement 下不认识“{1}”这一项，只能写：publicity_days、authority_credit_code、flowchart",
     "enforcement: unknown key \"{1}\" (known: publicity_days, authority_credit_code, flowchart)"},
    // config/enforcement_data.cpp: data/powers.yaml (权责清单) and data/staff.yaml (执法人员)
    {"personal-data.enforcement-data", "文件里有{1}（{2}），会被公开：公示信息须脱敏，请删除",
     "a {1} ({2}) would be published: personal data may not be published (公示信息须脱敏); remove it"},
    {"bad-id.power", "编号“{1}”只能由小写字母、数字和连字符组成，并以字母或数字开头",
     "id \"{1}\" must match [a-z0-9][a-z0-9-]* (lower-case letters, digits, hyphens)"},
    {"duplicate-id.power", "权力事项编号“{1}”在 {2} 里用了两次，请改成不同的编号",
     "the 权力事项 id \"{1}\" is used twice in {2}"},
    {"bad-value.power-type",
     "“type”填写的权力类型“{1}”无法识别，只能是：许可、处罚、强制、征收、给付、检查、确认、奖励、裁决或其他",
     "\"type\": unknown 权力类型 \"{1}\" (许可, 处罚, 强制, 征收, 给付, 检查, 确认, 奖励, 裁决 or 其他)"},
    {"bad-value.power-key",
     "权力事项里不认识“{1}”这一项，只能写：id、type、name、basis、duties、accountability、office",
     "a 权力事项: unknown key \"{1}\" (known: id, type, name, basis, duties, accountability, office)"},
    {"missing-key.powers", "{1} 缺少必填项“powers”（权力事项清单）",
     "missing required key \"powers\" (the list of 权力事项) in {1}"},
    {"bad-value.staff-key", "执法人员里不认识“{1}”这一项，只能写：name、certificate、unit",
     "an 执法人员: unknown key \"{1}\" (known: name, certificate, unit)"},
    {"missing-key.staff", "{1} 缺少必填项“staff”（执法人员名单）",
     "missing required key \"staff\" (the list of 执法人员) in {1}"},
};

}  // namespace

const std::vector<MessageEntry>& site_data_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
