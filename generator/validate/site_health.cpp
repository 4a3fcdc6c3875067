#include "vocabulary/disclosure_category.h"
#include "core/messages.h"
#include "validate/rules.h"

#include "core/workday_calendar.h"
#include "model/column_tiers.h"

namespace govsite {

void check_site_health(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  // Deadlines in working days need the year's holiday notice; say so on the first build of
  // a year the calendar does not hold, rather than count Monday to Friday.
  if (!calendar_covers(config.calendar, m.now))
    diags.warning("site.yaml", 0, 0, "calendar-outdated",
                  calendar_outdated_message(config.calendar, tr("calendar-outdated.build-date", {m.now.str()}),
                                            m.now.year));
  for (const ColumnUpdate& c : column_updates(m, config)) {
    if (c.special && !c.newest) {
      diags.warning(c.file, c.line, c.column, "empty-column", tr("empty-column", {c.name, c.id}));
      continue;
    }
    if (!is_stale(c, m.now)) continue;
    const long age = m.now.days_since_epoch() - c.newest->days_since_epoch();
    diags.warning(c.file, c.line, c.column, "stale-column",
                  tr(c.special ? "stale-column.special" : "stale-column",
                     {c.name, c.url, c.newest->str(), std::to_string(age), tier_label(c.tier),
                      Date::from_days(c.stale_on->days_since_epoch() - 1).str()}));
  }
}

void check_disclosure_none(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (const auto& id : config.disclosure_none) {
    const DisclosureCategory* category = find_disclosure_category(id);
    if (!category) continue;  // reported with site.yaml
    size_t count = 0;
    for (size_t i = 0; i < m.docs.size(); ++i) count += m.published[i] && m.docs[i].disclosure_category == id;
    if (count > 0)
      diags.warning("site.yaml", config.disclosure_none_line, 0, "disclosure-none-contradicted",
                    tr("disclosure-none-contradicted", {category->item, category->title, std::to_string(count), id}));
  }
}

}  // namespace govsite
