// What changes in the output on a later day with no edit at all: a scheduled document
// appears, an expiring one is withdrawn, a consultation opens or closes, a column or the
// home page becomes stale in its tier (model/column_tiers.h). `govsite next-change` prints the earliest, so CI can
// rebuild exactly then.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

struct ScheduledChange {
  Date date;                // the first build date on which the output differs
  std::string kind;         // publish, withdraw, take-effect, lapse, annual-report-overdue, annual-web-report-overdue,
                            // consultation-opens, consultation-closes, column-stale, home-stale
  std::string file;         // the document (or site.yaml for a column)
  std::string description;  // for people
};

// Every change strictly after m.now, sorted by date, then file.
std::vector<ScheduledChange> scheduled_changes(const SiteModel& m, const SiteConfig& config);

}  // namespace govsite
