// site.yaml → SiteConfig: the site's identity (the footer fields every Chinese government
// site must show), its special columns, and the switches of the build rules.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/enforcement_config.h"
#include "core/diagnostics.h"
#include "core/value.h"
#include "core/workday_calendar.h"

namespace govsite {

struct SiteColumn {
  std::string id;     // referenced by documents' `column`
  std::string title;  // 专栏名称
  std::string kind;   // news, notice or policy
  // How often 国办秘函〔2019〕19号 wants it updated: news (动态、要闻类, 2 weeks), notice
  // (通知公告、政策文件类, 6 months), periodic (人事、规划计划类, a year), static (never
  // judged stale, only empty). Defaults from kind: news → news, notice and policy → notice.
  std::string tier;
  int line = 0;       // where site.yaml defines it, for diagnostics
};

struct DeployConfig {
  std::string server_name;  // defaults to base_url's host
  std::string tls_certificate;
  std::string tls_key;
  std::string root;         // where releases are installed; default /srv/www/<server_name>
  int keep_releases = 5;    // install.sh keeps this many
};

struct SiteConfig {
  std::string title;         // also the SiteName meta tag
  std::string base_url;      // https://host/path/ — always ends with '/'
  std::string language = "zh-CN";
  std::string theme = "default";
  std::string organization;  // 主办单位
  std::string copyright;     // 版权所有; defaults to organization
  std::string site_code;     // 网站标识码, 10 digits
  std::string icp;           // ICP备案号
  std::string psb;           // 公网安备号
  std::string phone;
  std::string address;
  std::string error_report_url;  // 我为政府网站找错 (the national error-report service)
  std::string conac_url;         // 党政机关网站标识 verification link, when the site has one
  // Roles of well-known pages → document ids: contact (联系我们), guide (公开指南),
  // rules (公开制度), annual_report (年报). Templates link them from the footer and home.
  std::vector<std::pair<std::string, std::string>> links;
  std::vector<SiteColumn> columns;
  bool require_interpretation = false;
  // An interpretation is late after this many working days (工作日) after its policy.
  int interpretation_grace_workdays = 3;
  // Working days: the national calendar compiled into govsite plus site.yaml's
  // workday_calendar (local holidays, later years).
  WorkdayCalendar calendar;
  // The update tier of each built-in section (policies, interpretations, consultations,
  // notices, services, progress, pages) that site.yaml sets; the rest keep their default.
  std::vector<std::pair<std::string, std::string>> section_tiers;
  int listing_page_size = 20;
  int summary_length = 120;  // characters in descriptions and listing summaries
  int feed_size = 20;        // items in each RSS feed
  size_t sitemap_max_urls = 50000;  // per sitemap file; more makes a sitemap index
  // File types (extensions, lower case) that attachments and images may have.
  std::vector<std::string> attachment_types = {"pdf", "doc", "docx", "xls", "xlsx", "wps", "et",
                                               "ofd", "zip", "png", "jpg", "jpeg", "gif", "svg",
                                               "webp", "mp4", "mp3"};
  DeployConfig deploy;
  EnforcementConfig enforcement;  // 行政执法公示
  Value params;              // keys govsite does not know, for templates (site.params)

  std::string host() const;  // "sfj.panjin.gov.cn"
  const SiteColumn* column(const std::string& id) const;
};

// Parses site.yaml text; `path` is used in diagnostics. Returns nullopt after reporting
// when the file cannot describe a site (syntax error, required key missing).
std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& path,
                                            Diagnostics& diags);

}  // namespace govsite
