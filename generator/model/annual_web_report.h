// The 政府网站工作年度报表 of one year (国办函〔2018〕12号《国务院办公厅关于做好政府网站年度
// 报表发布工作的通知》): the standard table, row by row. What the site itself shows is
// counted from its documents (信息发布, 专栏专题, 解读信息发布, 办事服务, 征集调查); the site's
// facts come from site.yaml (网站名称, 标识码, ICP, 公安备案); what only ops know (访问量, 留言
// 办理, 安全防护, 移动新媒体 …) is the document's `figures`, by the row's key.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

// What a row's value may be.
enum class WebFigureKind { number, decimal, yes_no, text, site_type };
// Where a row's value comes from.
enum class WebRowSource { site, computed, figure };

struct WebReportRow {
  std::string key;  // the name a figure is typed under in `figures` (信息发布/总数, 安全防护/发现问题数量)
  std::string group;  // the heading it sits under (信息发布（单位：条）), "" for a row of its own
  std::string label;  // the row's text in the standard table
  WebFigureKind kind = WebFigureKind::number;
  WebRowSource source = WebRowSource::figure;
  std::string value;  // as shown; "" for a figure not filled in
};

// The counts of `year` from the site's documents (public, published that year). The three
// parts of 信息发布 are disjoint by type and add up to 总数 (README: which section counts as
// which row).
struct WebReportCounts {
  long overview = 0;  // 概况类: pages (机构概况) published or updated in the year
  long news = 0;      // 政务动态: notices and progress pages
  long catalog = 0;   // 信息公开目录: policies, interpretations, consultations, services, 执法公示, 年报
  long columns_kept = 0;     // 专栏专题 with a document by the year's end
  long columns_new = 0;      // … whose first document is of the year
  long interp_material = 0;  // 解读材料: interpretations in text or Q&A form
  long interp_product = 0;   // 解读产品: 图解, audio, video
  long services = 0;         // 政务服务事项: service guides online at the year's end
  long consultations = 0;    // 征集调查期数: consultations opened in the year
  long opinions = 0;         // their 收到意见数量 (feedback.received)
  long results = 0;          // 公布调查结果期数: those with feedback or a result published
  long total() const { return overview + news + catalog; }
};

WebReportCounts count_web_report(const SiteModel& m, const SiteConfig& config, int year);

// The whole table of `report` (an annual-web-report document): computed counts and site
// facts filled in, figures as typed ("" where not typed; a typed figure for a computed row
// is not shown, validate checks it).
std::vector<WebReportRow> web_report_rows(const SiteModel& m, const SiteConfig& config, const Document& report);

// The row a figure name stands for, or nullptr.
const WebReportRow* find_web_report_row(const std::vector<WebReportRow>& rows, const std::string& key);

// Whether `value` is what a row of `kind` may hold.
bool valid_web_figure(WebFigureKind kind, const std::string& value);

// Relations between the figures that must hold (办件量/总数 = 自然人 + 法人 …): each broken one.
std::vector<std::string> web_report_problems(const std::vector<WebReportRow>& rows);

// 国办函〔2018〕12号: the report of a year is on the home page by 31 January of the next.
// For a site that keeps these reports (it has an annual-web-report document of that year
// or an earlier one), the year before the build date's when its report is not out (public,
// not a draft, published by that 31 January); `latest` gets the document to point at
// (that year's draft, else the newest earlier report). Nullopt otherwise.
std::optional<int> missing_web_report_year(const SiteModel& m, const Document** latest = nullptr);
// 31 January of the year after `year`.
Date web_report_deadline(int year);

}  // namespace govsite
