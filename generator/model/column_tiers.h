// How fresh each column of the site is, against the tiers of 国办秘函〔2019〕19号
// 《政府网站与政务新媒体检查指标》: 动态、要闻类 columns must be updated within 2 weeks,
// 通知公告、政策文件类 within 6 months, 人事、规划计划类 and other columns that should be
// updated "not for a long time" (govsite reads it as a year), and the home page within 2
// weeks. The periods are calendar weeks and months, as the rule states them. A column is the
// listing of a built-in section (政策文件, 政策解读, 征求意见, 通知公告, …) that has
// documents, or a special column of site.yaml (empty ones included: 空白栏目).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config/site_config.h"
#include "core/date.h"
#include "model/site_model.h"

namespace govsite {

struct ColumnUpdate {
  std::string name;              // 栏目名称
  std::string id;                // a special column's id (empty for sections)
  std::string url;               // its listing, relative to the site root
  std::string tier;              // news, notice, periodic, static (see SiteColumn::tier)
  bool special = false;          // a special column of site.yaml (else a built-in section or the home page)
  size_t documents = 0;          // published documents in it
  std::optional<Date> newest;    // the last update: its newest published document
  std::optional<Date> stale_on;  // the first day it counts as not updated (none for static)
  // Where a diagnostic points: site.yaml's column line, or the newest document's `published`.
  std::string file;
  int line = 0;
  int column = 0;
};

// Every built-in section with documents, then every special column of site.yaml.
std::vector<ColumnUpdate> column_updates(const SiteModel& m, const SiteConfig& config);
// The home page (首页), updated whenever a document it shows is: the newest policy,
// interpretation, consultation, notice, progress report or document of a special column.
ColumnUpdate home_page_update(const SiteModel& m);

bool is_stale(const ColumnUpdate& c, const Date& now);
// The last day a column of `tier` last updated on `newest` still counts as updated; nullopt
// for static.
std::optional<Date> tier_last_fresh_day(const std::string& tier, const Date& newest);
// "动态、要闻类（2周）" …
std::string tier_label(const std::string& tier);

}  // namespace govsite
