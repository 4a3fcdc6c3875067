// 网站不更新 and 栏目不更新 of 国办秘函〔2019〕19号: the home page, every column against its
// tier, and the counts that make them single-veto items.
#include "validate/inspection.h"

#include "model/column_tiers.h"

namespace govsite {

namespace {

long days_between(const Date& a, const Date& b) { return b.days_since_epoch() - a.days_since_epoch(); }

// One row per column: 栏目, 地址, 类别, 文档数, 最近更新, 应更新日期, 状态.
std::vector<std::string> column_row(const ColumnUpdate& c, const Date& now) {
  std::string state;
  if (!c.newest) state = "空白栏目";
  else if (!c.stale_on) state = "不要求定期更新";
  else if (is_stale(c, now)) state = "未更新，已超期 " + std::to_string(days_between(*c.stale_on, now) + 1) + " 天";
  else state = "正常，还有 " + std::to_string(days_between(now, *c.stale_on) - 1) + " 天";
  const std::string last_fresh = c.stale_on ? Date::from_days(c.stale_on->days_since_epoch() - 1).str() : "—";
  return {c.name,
          c.url.empty() ? "./" : c.url,
          tier_label(c.tier),
          std::to_string(c.documents),
          c.newest ? c.newest->str() : "—",
          last_fresh,
          state};
}

const std::vector<std::string> kColumnHeader = {"栏目",     "地址",           "更新要求", "文档数",
                                                "最近更新", "最晚应更新日期", "状态"};

InspectionItem count_item(const char* id, const char* title, long threshold, const char* rule) {
  InspectionItem item;
  item.id = id;
  item.title = title;
  item.veto = true;
  item.threshold = threshold;
  item.unit = "个";
  item.rule = rule;
  item.source = std::string(kInspectionSource) + " 单项否决指标·栏目不更新";
  item.columns = kColumnHeader;
  return item;
}

// 首页更新 (单项否决·网站不更新): the newest document the home page shows, against 2 weeks.
InspectionItem home_page_item(const SiteModel& m, const Date& now) {
  const ColumnUpdate home = home_page_update(m);
  InspectionItem h;
  h.id = "home-updated";
  h.title = "首页更新";
  h.veto = true;
  h.unit = "天";
  h.threshold = 14;
  h.rule = "监测2周，首页无信息更新的，即单项否决（未注明发布时间的视为不更新）";
  h.source = std::string(kInspectionSource) + " 单项否决指标·网站不更新";
  if (home.newest) {
    h.value = days_between(*home.newest, now);
    h.failing = is_stale(home, now);
    h.measure = "首页最近一次更新 " + home.newest->str() + "，距检查日 " + std::to_string(h.value) + " 天；最晚应于 " +
                Date::from_days(home.stale_on->days_since_epoch() - 1).str() + " 前再次更新";
    h.file = home.file;
    h.line = home.line;
    h.column = home.column;
    h.margin = h.failing ? "已超过2周 " + std::to_string(h.value - h.threshold) + " 天"
                         : "还有 " + std::to_string(h.threshold - h.value) + " 天";
  } else {
    h.failing = true;
    h.measure = "首页没有显示任何已发布的文档";
    h.margin = "须发布内容";
    h.file = "content";
  }
  return h;
}

}  // namespace

void inspect_columns(const SiteModel& m, const SiteConfig& config, InspectionReport& r) {
  const Date& now = m.now;

  r.items.push_back(home_page_item(m, now));

  const std::vector<ColumnUpdate> columns = column_updates(m, config);
  InspectionItem stale = count_item(
      "columns-stale", "动态、要闻类和通知公告、政策文件类栏目更新", 5,
      "监测时间点前2周内的动态、要闻类栏目，以及前6个月内的通知公告、政策文件类栏目，累计超过（含）5个未更新的，即单项否决");
  InspectionItem overdue = count_item(
      "columns-overdue", "应更新栏目更新", 10,
      "应更新但长期未更新的栏目数量超过（含）10个的，即单项否决（govsite 按各栏目的更新要求计：2周、6个月、人事和规划计划等类1年）");
  InspectionItem empty = count_item("columns-empty", "空白栏目", 5,
                                    "空白栏目（有栏目无内容）数量超过（含）5个的，即单项否决");
  for (const ColumnUpdate& c : columns) {
    const bool is_stale_now = is_stale(c, now);
    if (c.tier == "news" || c.tier == "notice") {
      stale.rows.push_back(column_row(c, now));
      stale.row_failing.push_back(is_stale_now);
      stale.value += is_stale_now;
    }
    overdue.rows.push_back(column_row(c, now));
    overdue.row_failing.push_back(is_stale_now);
    overdue.value += is_stale_now;
    if (c.special && !c.newest) {
      empty.rows.push_back(column_row(c, now));
      empty.row_failing.push_back(true);
      ++empty.value;
      if (empty.file.empty()) {
        empty.file = c.file;
        empty.line = c.line;
      }
    }
    if (is_stale_now && stale.file.empty() && (c.tier == "news" || c.tier == "notice")) {
      stale.file = c.file;
      stale.line = c.line;
      stale.column = c.column;
    }
    if (is_stale_now && overdue.file.empty()) {
      overdue.file = c.file;
      overdue.line = c.line;
      overdue.column = c.column;
    }
  }
  stale.measure = std::to_string(stale.rows.size()) + " 个动态、要闻类和通知公告、政策文件类栏目中，" +
                  std::to_string(stale.value) + " 个未在要求期限内更新";
  overdue.measure = std::to_string(overdue.rows.size()) + " 个栏目中，" + std::to_string(overdue.value) +
                    " 个未在其更新要求期限内更新";
  empty.measure = std::to_string(empty.value) + " 个空白栏目（专题专栏中没有已发布文档的栏目）";
  stale.applies = !stale.rows.empty();
  for (InspectionItem* item : {&stale, &overdue, &empty}) {
    item->failing = item->value >= item->threshold;
    item->margin = inspection_margin(item->value, item->threshold, item->unit);
    if (item->file.empty()) item->file = "site.yaml";
    r.items.push_back(std::move(*item));
  }
}

}  // namespace govsite
