#include "validate/rules.h"

#include "core/messages.h"
#include "core/workday_calendar.h"

namespace govsite {

void check_interpretation_duty(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;
    const Document& d = m.docs[i];
    if (d.type == DocType::policy && d.normative && validity_on(d, m.now) == Validity::valid &&
        m.interpretations[i].empty()) {
      SourcePos p = d.pos("normative");
      Diagnostic diag{d.path,
                      p.line,
                      p.column,
                      config.require_interpretation ? Severity::error : Severity::warning,
                      "missing-interpretation",
                      tr("missing-interpretation", {d.id})};
      diags.add(diag);
    }
    if (d.type == DocType::interpretation) {
      for (const auto& id : d.interprets) {
        const Document* policy = m.find_published(id);
        if (!policy || !policy->published) continue;
        // 同步发布: the grace is counted in working days (工作日), which the State Council's
        // holiday notices define, so a policy out before the Spring Festival leaves the
        // interpretation the whole holiday.
        const int grace = config.interpretation_grace_workdays;
        const std::optional<Date> deadline = add_working_days(config.calendar, *policy->published, grace);
        SourcePos p = d.pos("published");
        if (!deadline) {
          if (*d.published > *policy->published)
            diags.warning(d.path, p.line, p.column, "calendar-outdated",
                          calendar_outdated_message(config.calendar,
                                                    tr("calendar-outdated.interpretation-deadline",
                                                       {std::to_string(grace), id, policy->published->str()}),
                                                    first_missing_year(config.calendar, *policy->published)));
          continue;
        }
        if (*d.published > *deadline) {
          const long late = working_days_between(config.calendar, *policy->published, *d.published).value_or(0);
          diags.warning(d.path, p.line, p.column, "late-interpretation",
                        tr("late-interpretation", {std::to_string(late), id, policy->published->str(),
                                                   std::to_string(grace), deadline->str()}));
        }
      }
    }
    if (d.type == DocType::consultation && d.opens && d.closes) {
      long days = d.closes->days_since_epoch() - d.opens->days_since_epoch();
      if (days < 30) {
        SourcePos p = d.pos("closes");
        diags.warning(d.path, p.line, p.column, "short-consultation", tr("short-consultation", {std::to_string(days)}));
      }
    }
  }
}

}  // namespace govsite
