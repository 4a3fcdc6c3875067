// site.yaml → SiteConfig: the site's identity (the footer fields every Chinese government
// site must show), its special columns, and the switches of the build rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "config/enforcement_config.h"
#include "core/diagnostics.h"
#include "core/time_zone.h"
#include "core/value.h"
#include "config/workday_calendar_config.h"

namespace govsite {

struct SiteColumn {
  std::string id;     // referenced by documents' `column`
  std::string title;  // 专栏名称
  std::string kind;   // news, notice or policy
  // How often 国办秘函〔2019〕19号 wants it updated: news (动态、要闻类, 2 weeks), notice
  // (通知公告、政策文件类, 6 months), periodic (人事、规划计划类, a year), static (never
  // judged stale, only empty). Defaults from kind: news → news, notice and policy → notice.
  std::string tier;
  int line = 0;  // where site.yaml defines it, for diagnostics
};

struct InteractionChannel {  // one 互动交流 channel: 局长信箱, 咨询投诉, the city's platform
  std::string title;
  std::string url;
};

struct DeployConfig {
  std::string server_name;  // defaults to base_url's host
  std::string tls_certificate;
  std::string tls_key;
  std::string root;       // where releases are installed; default /srv/www/<server_name>
  int keep_releases = 5;  // install.sh keeps this many
};

struct SiteConfig {
  std::string title;     // also the SiteName meta tag
  std::string base_url;  // https://host/path/ — always ends with '/'
  std::string language = "zh-CN";
  std::string theme = "default";
  std::string organization;  // 主办单位
  std::string copyright;     // 版权所有; defaults to organization
  std::string site_code;     // 网站标识码: 10 digits, or "bm" and 8 digits for ministries
  // 索引号 prefix: the body's 组织机构代码 (9) or 统一社会信用代码 (18), check character
  // verified; and the prefixes of numbers published before it (a 索引号 never changes).
  std::string index_prefix;
  std::vector<std::string> earlier_index_prefixes;
  // 发文字号's 机关代字 (盘司发 of 盘司发〔2026〕1号): the example govsite new and the bad-doc-no
  // message show; empty: taken from the site's policies (model/doc_no_agency.h).
  std::string doc_no_prefix;
  // Public documents published on or after this date must carry a 索引号 (an error);
  // older ones without one are warned about, so an existing site can migrate.
  std::optional<Date> index_required_from;
  std::vector<InteractionChannel> interaction;  // 互动交流, at least one (19号文 单项否决)
  // 条例第二十条 categories (disclosure_category ids) this body has no information for:
  // shown as 本机关无此类信息 on the 政府信息公开 page.
  std::vector<std::string> disclosure_none;
  int disclosure_none_line = 0;  // where site.yaml lists them, for diagnostics
  std::string application_url;   // 依申请公开: the city's online application platform
  std::string icp;               // ICP备案号
  std::string psb;               // 公网安备号
  std::string phone;
  std::string address;
  std::string conac_url;  // 党政机关网站标识: the site's record page at bszs.conac.cn
  // Roles of well-known pages → document ids: contact (联系我们), guide (公开指南),
  // rules (公开制度), apply (依申请公开), annual_report (年报). Templates link them from the
  // footer, home and the 政府信息公开 page.
  std::vector<std::pair<std::string, std::string>> links;
  std::vector<SiteColumn> columns;
  bool require_interpretation = false;
  // An interpretation is late after this many working days (工作日) after its policy.
  int interpretation_grace_workdays = 3;
  // Working days: the national calendar compiled into govsite plus site.yaml's
  // workday_calendar (local holidays, later years).
  WorkdayCalendar calendar = builtin_workday_calendar();
  // The update tier of each built-in section (policies, interpretations, consultations,
  // notices, services, progress, pages) that site.yaml sets; the rest keep their default.
  std::vector<std::pair<std::string, std::string>> section_tiers;
  int listing_page_size = 20;
  int summary_length = 120;         // characters in descriptions and listing summaries
  int feed_size = 20;               // items in each RSS feed
  size_t sitemap_max_urls = 50000;  // per sitemap file; more makes a sitemap index
  // File types (extensions, lower case) that attachments and images may have.
  std::vector<std::string> attachment_types = {"pdf", "doc", "docx", "xls", "xlsx", "wps",  "et",  "ofd", "zip",
                                               "png", "jpg", "jpeg", "gif", "svg",  "webp", "mp4", "mp3"};
  DeployConfig deploy;
  TimeZone timezone;              // whose "today" is the build date without --now
  EnforcementConfig enforcement;  // 行政执法公示
  Value params;                   // keys govsite does not know, for templates (site.params)

  std::string host() const;  // "sfj.panjin.gov.cn"
  // Whether `prefix` may start a 索引号: index_prefix or one of the earlier prefixes.
  bool is_index_prefix(const std::string& prefix) const;
  const SiteColumn* column(const std::string& id) const;
};

// Parses site.yaml text; `path` is used in diagnostics. Returns nullopt after reporting
// when the file cannot describe a site (syntax error, required key missing).
// `placeholders`: the severity of govsite init's 【请填写：…】 placeholders, an error for
// everything that builds; govsite new makes them warnings, so that drafts can be started in
// a site whose site.yaml is not filled in yet (a placeholder counts as a missing value).
std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& path, Diagnostics& diags,
                                            Severity placeholders = Severity::error);

}  // namespace govsite
