// The 政府信息公开工作年度报告 (条例第五十条) of one year in the format of 国办公开办函〔2021〕30号,
// computed from the site: table 二's 第二十条（一） rows from the policies, tables 三 and 四
// from the request records (data/requests/). Table 二's other rows (行政许可, 行政处罚,
// 行政强制, 行政事业性收费) are the editor's `activities`.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "model/site_model.h"

namespace govsite {

// Table 三's columns: the applicant kinds, then 总计.
constexpr size_t kRequestColumns = 7;
// Table 四's columns: 行政复议, 未经复议直接起诉, 复议后起诉, each 维持/纠正/其他/未审结/总计.
constexpr size_t kAppealColumns = 15;

struct NormativeRow {  // 规章 or 行政规范性文件
  const char* label;
  long issued = 0, repealed = 0, in_force = 0;  // 本年制发, 本年废止, 现行有效
};

struct RequestRow {
  std::string id;     // 本年新收, 上年结转, a request_results() id, 办理结果总计, 结转下年度
  std::string group;  // the heading row it sits under ("" for none)
  std::string label;  // the row's text in the 2021 format
  std::array<long, kRequestColumns> cells{};
};

struct AnnualReport {
  int year = 0;
  std::array<NormativeRow, 2> normative{{{"规章"}, {"行政规范性文件"}}};
  std::vector<RequestRow> requests;  // table 三, in the format's order
  std::array<long, kAppealColumns> appeals{};
  bool has_request_records = false;  // data/requests/<year>.yaml exists
  // Policies that are no longer valid without a date saying since when (not counted as
  // 本年废止 in any year): paths.
  std::vector<std::string> undated;
};

AnnualReport compute_annual_report(const SiteModel& m, int year);

// Every figure of the computed tables by the name an editor types it under in `figures`:
// 行政规范性文件/本年制发件数, 本年新收/自然人, 不予公开/国家秘密/总计, 行政复议/结果维持 ….
std::vector<std::pair<std::string, long>> report_figures(const AnnualReport& r);

// 勾稽关系 of the 2021 format, on `r`'s figures: each broken one, naming its row.
std::vector<std::string> consistency_problems(const AnnualReport& r);

// The annual report with these figures replacing the computed ones (the names of
// report_figures()): the table as the editor typed it, for the 勾稽关系.
AnnualReport with_figures(AnnualReport r, const std::vector<std::pair<std::string, long>>& figures);

// 条例第四十九、五十条: the report of a year is published by 31 January of the next. For a
// site that keeps its annual reports (one of an earlier year exists), the year before the
// build date's when its report is not out (public, not a draft, published by that 31
// January); `latest` gets the newest report it has. Nullopt otherwise.
std::optional<int> missing_annual_report_year(const SiteModel& m, const Document** latest = nullptr);
// 31 January of the year after `year`.
Date annual_report_deadline(int year);

// The column names of tables 三 and 四.
const char* request_column(size_t k);
std::string appeal_column(size_t k);

}  // namespace govsite
