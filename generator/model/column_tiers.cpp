#include "model/column_tiers.h"

namespace govsite {

namespace {

Date add_months(const Date& d, int months) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int m0 = d.month - 1 + months;
  Date out{d.year + m0 / 12, m0 % 12 + 1, d.day};
  const bool leap = (out.year % 4 == 0 && out.year % 100 != 0) || out.year % 400 == 0;
  const int last = out.month == 2 && leap ? 29 : days[out.month - 1];
  if (out.day > last) out.day = last;  // 31 August + 6 months: 28 or 29 February
  return out;
}

// The tier a built-in section has unless site.yaml says otherwise.
const char* default_section_tier(DocType t) {
  switch (t) {
    case DocType::policy:
    case DocType::interpretation:
    case DocType::notice:
    case DocType::enforcement: return "notice";
    case DocType::consultation:
    case DocType::progress:
    case DocType::inspection_result:
    case DocType::annual_report:
    case DocType::annual_web_report: return "periodic";
    case DocType::service:
    case DocType::page:
    case DocType::inspection_plan: return "static";
  }
  return "static";
}

void finish(ColumnUpdate& c) {
  if (c.newest) c.stale_on = tier_last_fresh_day(c.tier, *c.newest);
  if (c.stale_on) c.stale_on = Date::from_days(c.stale_on->days_since_epoch() + 1);
}

void point_at_newest(const SiteModel& m, size_t newest, ColumnUpdate& c) {
  const Document& d = m.docs[newest];
  const SourcePos p = d.pos("published");
  c.file = d.path;
  c.line = p.line;
  c.column = p.column;
}

}  // namespace

std::optional<Date> tier_last_fresh_day(const std::string& tier, const Date& newest) {
  if (tier == "news") return Date::from_days(newest.days_since_epoch() + 14);
  if (tier == "notice") return add_months(newest, 6);
  if (tier == "periodic") return add_months(newest, 12);
  return std::nullopt;
}

std::string tier_label(const std::string& tier) {
  if (tier == "news") return "动态、要闻类（2周内更新）";
  if (tier == "notice") return "通知公告、政策文件类（6个月内更新）";
  if (tier == "periodic") return "人事、规划计划等应更新类（1年内更新）";
  return "不要求定期更新";
}

bool is_stale(const ColumnUpdate& c, const Date& now) { return c.stale_on && now >= *c.stale_on; }

std::vector<ColumnUpdate> column_updates(const SiteModel& m, const SiteConfig& config) {
  std::vector<ColumnUpdate> out;
  for (DocType type : {DocType::policy, DocType::interpretation, DocType::consultation, DocType::notice,
                       DocType::service, DocType::progress, DocType::page}) {
    const std::vector<size_t> docs = newest_first(m, [type](const Document& d) { return d.type == type; });
    if (docs.empty()) continue;  // no listing, so no column
    ColumnUpdate c;
    c.name = section_label(type);
    c.url = std::string(section_of(type)) + "/";
    c.tier = default_section_tier(type);
    for (const auto& [section, tier] : config.section_tiers)
      if (section == section_of(type)) c.tier = tier;
    c.documents = docs.size();
    c.newest = m.docs[docs.front()].published;
    point_at_newest(m, docs.front(), c);
    finish(c);
    out.push_back(std::move(c));
  }
  for (const SiteColumn& sc : config.columns) {
    const std::vector<size_t> docs = newest_first(m, [&](const Document& d) { return d.column == sc.id; });
    ColumnUpdate c;
    c.name = sc.title;
    c.id = sc.id;
    c.url = column_url(sc);
    c.tier = sc.tier;
    c.special = true;
    c.documents = docs.size();
    if (!docs.empty()) c.newest = m.docs[docs.front()].published;
    c.file = "site.yaml";
    c.line = sc.line;
    finish(c);
    out.push_back(std::move(c));
  }
  return out;
}

ColumnUpdate home_page_update(const SiteModel& m) {
  ColumnUpdate c;
  c.name = "首页";
  c.url = "";
  c.tier = "news";
  const std::vector<size_t> docs = newest_first(m, [](const Document& d) {
    return !d.column.empty() || d.type == DocType::policy || d.type == DocType::interpretation ||
           d.type == DocType::consultation || d.type == DocType::notice || d.type == DocType::progress;
  });
  c.documents = docs.size();
  if (!docs.empty()) {
    c.newest = m.docs[docs.front()].published;
    point_at_newest(m, docs.front(), c);
  }
  finish(c);
  return c;
}

}  // namespace govsite
