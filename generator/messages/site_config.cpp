// The messages about site.yaml: config/site_config.cpp and organization_code.cpp, the
// time zone and the workday calendar. Its enforcement section is in site_data.cpp.
#include "messages/tables.h"

namespace govsite {

namespace {

const MessageEntry kMessages[] = {
    // config/site_config.cpp, config/organization_code.cpp: site.yaml
    {"bad-value.site-code",
     "“site_code”（网站标识码）应为10位数字，部委网站为“bm”加8位数字，请用引号括起来；这里写的是“{1}”",
     "\"site_code\": the 网站标识码 has 10 digits, or bm and 8 digits for a ministry (write it in quotes), got \"{1}\""},
    {"legacy-index-prefix",
     "“index_prefix”写的是网站标识码，但索引号应以本机关的组织机构代码或统一社会信用代码开头（已发布文档的索引号用的是网站标识码，"
     "请把它写在“earlier_index_prefixes”下）",
     "\"index_prefix\" is the 网站标识码; a 索引号 starts with the body's 组织机构代码 or 统一社会信用代码 (list the "
     "网站标识码 under earlier_index_prefixes for the numbers already published)"},
    {"bad-index-prefix", "索引号前缀“index_prefix”写的是“{1}”（应为本机关的组织机构代码或统一社会信用代码）：{2}",
     "\"index_prefix\" \"{1}\" (the 索引号 prefix: the body's 组织机构代码 or 统一社会信用代码): {2}"},
    {"bad-index-prefix.organization-code", "组织机构代码是8位数字或大写字母加1位校验码（GB 11714）",
     "a 组织机构代码 is 8 digits or capital letters and a check character (GB 11714)"},
    {"bad-index-prefix.organization-code-check",
     "组织机构代码的校验码（最后一位）不对：按 GB 11714，{2} 的校验码应为 {1}，这里是 {3}",
     "the check character of the 组织机构代码 is wrong: GB 11714 gives {1} for {2}, not {3}"},
    {"bad-index-prefix.credit-code", "统一社会信用代码是18位数字或大写字母，不含 I、O、S、V、Z（GB 32100-2015）",
     "a 统一社会信用代码 is 18 digits or capital letters, without I, O, S, V or Z (GB 32100-2015)"},
    {"bad-index-prefix.credit-code-check",
     "统一社会信用代码的校验码（最后一位）不对：按 GB 32100-2015，{2} 的校验码应为 {1}，这里是 {3}",
     "the check character of the 统一社会信用代码 is wrong: GB 32100-2015 gives {1} for {2}, not {3}"},
    {"bad-index-prefix.length",
     "应为本机关9位的组织机构代码（GB 11714）或18位的统一社会信用代码（GB 32100-2015），这里写了 {1} 位",
     "expected the body's 9-character 组织机构代码 (GB 11714) or 18-character 统一社会信用代码 (GB 32100-2015), got "
     "{1} characters"},
    {"bad-value.earlier-index-prefix", "“earlier_index_prefixes”中的“{1}”不是索引号前缀（索引号中“/”前面的部分）",
     "earlier_index_prefixes: \"{1}\" is not a 索引号 prefix (the part before \"/\")"},
    {"bad-value.doc-no-prefix",
     "“doc_no_prefix”写的是“{1}”：这里只写发文字号的机关代字，如发文字号“某司发〔2026〕1号”中的“某司发”，"
     "不写年份、序号和空格",
     "doc_no_prefix \"{1}\" must be the 机关代字 of the 发文字号 alone (某司发 of 某司发〔2026〕1号): no year, "
     "number or spaces"},
    {"missing-interaction",
     "缺少“interaction”：政府网站必须提供网上咨询建言渠道（互动交流：局长信箱、咨询投诉、市级平台等），否则普查时直接判为不合格"
     "（国办秘函〔2019〕19号 单项否决：未提供网上有效咨询建言渠道）。请加上 interaction: [{title: 局长信箱, url: https://…}]",
     "missing \"interaction\": a government site must offer an online channel for questions and suggestions (互动交流: "
     "局长信箱, 咨询投诉, the city's platform); without one it fails the inspection outright (国办秘函〔2019〕19号 "
     "单项否决: 未提供网上有效咨询建言渠道). Add interaction: [{title: 局长信箱, url: https://…}]"},
    {"missing-interaction.empty",
     "“interaction”下没有列出任何渠道：政府网站至少要有一个（国办秘函〔2019〕19号 单项否决：未提供网上有效咨询建言渠道）",
     "\"interaction\" lists no channel: a government site needs at least one (国办秘函〔2019〕19号 单项否决: "
     "未提供网上有效咨询建言渠道)"},
    {"bad-value.interaction-url", "“interaction”中的“{1}”不是以 https:// 或 http:// 开头的网址",
     "interaction: \"{1}\" is not an https:// or http:// address"},
    {"bad-value.conac-url",
     "“conac_url”（党政机关网站标识）应链接到本网站在 https://bszs.conac.cn/… 的登记信息，这里写的是“{1}”",
     "\"conac_url\": the 党政机关网站标识 links to the site's record at https://bszs.conac.cn/…, got \"{1}\""},
    {"bad-value.disclosure-none", "“disclosure_none”中的“{1}”不是《条例》第二十条规定的类别，应为以下之一：{2}",
     "disclosure_none: \"{1}\" is not a category of 条例第二十条 (one of {2})"},
    {"bad-value.application-url", "“application_url”应为网上依申请公开平台的 https:// 网址",
     "\"application_url\": expected the https:// address of the online application platform"},
    {"bad-value.links-role", "“links”中的“{1}”无法识别，只能是 contact、guide、rules、apply 或 annual_report",
     "links: unknown role \"{1}\" (known: contact, guide, rules, apply, annual_report)"},
    {"bad-value.theme", "“theme”应为 themes 文件夹下一个文件夹的名称",
     "\"theme\": a theme is a folder name under themes/"},
    {"bad-value.base-url", "“base_url”应为完整的网址，如 https://sfj.example.gov.cn/，这里写的是“{1}”",
     "\"base_url\": expected an absolute URL like https://sfj.example.gov.cn/, got \"{1}\""},
    {"bad-id.column", "栏目 id“{1}”不符合要求：只能用小写英文字母、数字和连字符“-”，并以字母或数字开头",
     "column id \"{1}\" must match [a-z0-9][a-z0-9-]*"},
    {"duplicate-id.column", "栏目 id“{1}”用了两次，请改掉其中一个", "column id \"{1}\" is used twice"},
    {"deprecated-key", "“interpretation_grace_days”已改名为“interpretation_grace_workdays”，按工作日计算，请改用新名称",
     "\"interpretation_grace_days\" is now \"interpretation_grace_workdays\" and counts working days (工作日); rename it"},
    {"bad-value.section-tiers",
     "“section_tiers”中的“{1}”无法识别，只能是 policies、interpretations、consultations、notices、services、progress "
     "或 pages",
     "section_tiers: unknown section \"{1}\" (known: policies, interpretations, consultations, notices, services, "
     "progress, pages)"},
    {"bad-value.attachment-type", "“attachment_types”不能包含“{1}”：这类文件会被当作网站的网页或脚本打开，不能作为附件",
     "attachment_types: \"{1}\" files would be served as part of the site; not allowed"},
    {"bad-value.server-name",
     "“deploy.server_name”写的“{1}”不是主机名（用点隔开的字母、数字和“-”；中文域名请写成以 xn-- 开头的形式）",
     "deploy.server_name: \"{1}\" is no host name (letters, digits and '-' between dots; a Chinese name in "
     "punycode, xn--…)"},
    {"bad-value.base-url-host",
     "“base_url”中的主机名“{1}”不是合法的主机名（用点隔开的字母、数字和“-”；中文域名请写成以 xn-- 开头的形式）：请设置"
     "“deploy.server_name”",
     "\"base_url\": its host \"{1}\" is no host name (letters, digits and '-' between dots; a Chinese name in "
     "punycode, xn--…); set deploy.server_name"},
    {"bad-value.deploy-root", "“deploy.root”（存放各次发布的文件夹）应为绝对路径，以“/”开头",
     "deploy.root: the releases folder must be an absolute path"},
    {"bad-value.nginx-unsafe", "“deploy.{1}”中不能有空格、引号或 ; { } $ \\ #（它会写进 nginx 配置）",
     "deploy.{1}: no spaces, quotes or ; { } $ \\ # (it goes into the nginx configuration)"},

    // config/site_timezone.cpp
    {"unknown-timezone",
     "“timezone”写的时区“{1}”无法识别：请写 Asia/Shanghai（北京时间，默认值）、Asia/Urumqi、UTC、UTC+8 这样的形式，"
     "或系统时区数据库中的时区",
     "timezone: unknown time zone \"{1}\"; write Asia/Shanghai (北京时间, the default), Asia/Urumqi, UTC, a form "
     "like UTC+8, or a zone of the system's zoneinfo database"},

    // config/workday_calendar_config.cpp: site.yaml's workday_calendar ({1} of the first
    // three: "2020.holidays")
    {"bad-value.calendar-day",
     "“workday_calendar”的“{1}”中的“{2}”应为日期（如“2020-01-24”）或日期范围（如“2020-01-24..2020-01-30”）",
     "workday_calendar {1}: expected a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD, got \"{2}\""},
    {"bad-value.calendar-year", "“workday_calendar”的“{1}”中的“{2}”不在 {3} 年内",
     "workday_calendar {1}: \"{2}\" is not in {3}"},
    {"bad-value.calendar-weekday", "“workday_calendar”的“{1}”中的 {2} 是周一至周五：“workdays”只列调休上班的周六、周日",
     "workday_calendar {1}: {2} is a Monday to Friday; workdays lists the Saturdays and Sundays that become working "
     "days (调休上班)"},
    {"bad-value.calendar-not-year", "“workday_calendar”下的“{1}”不是年份（应写成 2020 这样的四位年份）",
     "workday_calendar: \"{1}\" is not a year"},
    {"bad-value.calendar-key", "“workday_calendar”的“{1}”下的“{2}”无法识别，只能是 notice、holidays 或 workdays",
     "workday_calendar {1}: unknown key \"{2}\" (known: notice, holidays, workdays)"},
};

}  // namespace

const std::vector<MessageEntry>& site_config_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
