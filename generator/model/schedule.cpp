#include "model/schedule.h"

#include <algorithm>
#include <tuple>

#include "core/messages.h"
#include "model/annual_report.h"
#include "model/annual_web_report.h"
#include "model/column_tiers.h"
#include "model/review_chain.h"

namespace govsite {

namespace {

Date day_after(const Date& d) { return Date::from_days(d.days_since_epoch() + 1); }

}  // namespace

std::vector<ScheduledChange> scheduled_changes(const SiteModel& m, const SiteConfig& config) {
  std::vector<ScheduledChange> out;
  auto add = [&](const Date& date, const char* kind, const std::string& file, const std::string& what) {
    if (date > m.now) out.push_back({date, kind, file, what});
  };
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    // A public, reviewed document waiting for its date; drafts and non-public ones never
    // appear by themselves.
    const bool publishable = !d.draft && d.disclosure == Disclosure::public_ && d.published &&
                             review_chain_problems(d).empty();
    if (!publishable) continue;
    const bool expired_by_then = [&](const Date& when) { return d.expires && *d.expires < when; }(*d.published);
    if (*d.published > m.now && !expired_by_then)
      add(*d.published, "publish", d.path, tr("next-change.publish", {d.title}));
    if (d.expires && day_after(*d.expires) > *d.published)
      add(day_after(*d.expires), "withdraw", d.path, tr("next-change.withdraw", {d.title, d.expires->str()}));
    if (d.type == DocType::policy && d.effective && *d.effective > *d.published)
      add(*d.effective, "take-effect", d.path, tr("next-change.take-effect", {d.title, d.effective->str()}));
    if (d.type == DocType::policy && d.validity == Validity::valid && d.valid_until)
      add(day_after(*d.valid_until), "lapse", d.path, tr("next-change.lapse", {d.title, d.valid_until->str()}));
    if (d.type == DocType::consultation) {
      if (d.opens && *d.opens > *d.published)
        add(*d.opens, "consultation-opens", d.path, tr("next-change.consultation-opens", {d.title}));
      if (d.closes)
        add(day_after(*d.closes), "consultation-closes", d.path, tr("next-change.consultation-closes", {d.title}));
    }
  }
  // A column or the home page turns stale (a site-health warning, an inspection item) the
  // day after its tier's allowance runs out.
  for (const ColumnUpdate& c : column_updates(m, config))
    if (c.stale_on)
      add(*c.stale_on, "column-stale", c.file,
          c.special ? tr("next-change.special-column-stale", {c.name, tier_label(c.tier), c.newest->str()})
                    : tr("next-change.column-stale", {c.name, tier_label(c.tier), c.newest->str()}));
  const ColumnUpdate home = home_page_update(m);
  if (home.stale_on) add(*home.stale_on, "home-stale", home.file, tr("next-change.home-stale", {home.newest->str()}));
  const Document* latest = nullptr;
  if (auto year = missing_annual_report_year(m, &latest))
    add(day_after(annual_report_deadline(*year)), "annual-report-overdue", latest->path,
        tr("next-change.annual-report-overdue", {std::to_string(*year), annual_report_deadline(*year).str()}));
  if (auto year = missing_web_report_year(m, &latest))
    add(day_after(web_report_deadline(*year)), "annual-web-report-overdue", latest->path,
        tr("next-change.annual-web-report-overdue", {std::to_string(*year), web_report_deadline(*year).str()}));
  std::sort(out.begin(), out.end(), [](const ScheduledChange& a, const ScheduledChange& b) {
    return std::make_tuple(a.date.days_since_epoch(), a.file, a.kind) <
           std::make_tuple(b.date.days_since_epoch(), b.file, b.kind);
  });
  return out;
}

}  // namespace govsite
