#include "validate/rules.h"

namespace govsite {

void check_interpretation_duty(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;
    const Document& d = m.docs[i];
    if (d.type == DocType::policy && d.normative && d.validity == Validity::valid &&
        m.interpretations[i].empty()) {
      SourcePos p = d.pos("normative");
      Diagnostic diag{d.path, p.line, p.column,
                      config.require_interpretation ? Severity::error : Severity::warning,
                      "missing-interpretation",
                      "normative policy \"" + d.id +
                          "\" has no published interpretation (政策解读); add one with "
                          "\"interprets: " + d.id + "\""};
      diags.add(diag);
    }
    if (d.type == DocType::interpretation) {
      for (const auto& id : d.interprets) {
        const Document* policy = m.find_published(id);
        if (!policy || !policy->published) continue;
        long late = d.published->days_since_epoch() - policy->published->days_since_epoch();
        if (late > config.interpretation_grace_days) {
          SourcePos p = d.pos("published");
          diags.warning(d.path, p.line, p.column, "late-interpretation",
                        "published " + std::to_string(late) + " days after its policy \"" + id +
                            "\" (" + policy->published->str() + "); policy and interpretation should go out together (同步发布, grace " +
                            std::to_string(config.interpretation_grace_days) + " days)");
        }
      }
    }
    if (d.type == DocType::consultation && d.opens && d.closes) {
      long days = d.closes->days_since_epoch() - d.opens->days_since_epoch();
      if (days < 30) {
        SourcePos p = d.pos("closes");
        diags.warning(d.path, p.line, p.column, "short-consultation",
                      "the consultation is open for " + std::to_string(days) +
                          " days; public comment periods are normally at least 30 days");
      }
    }
  }
}

}  // namespace govsite
