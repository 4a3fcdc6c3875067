#include "validate/rules.h"

#include "core/messages.h"

namespace govsite {

namespace {

// The same day `months` months earlier (the month's last day when it has fewer days).
Date months_before(const Date& d, int months) {
  const int index = d.year * 12 + (d.month - 1) - months;
  Date out{index / 12, index % 12 + 1, d.day};
  while (!Date::parse(out.str())) --out.day;
  return out;
}

}  // namespace

void check_normative_lifecycle(const SiteModel& m, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.type != DocType::policy || !m.published[i] || !d.valid_until || validity_on(d, m.now) != Validity::valid)
      continue;
    // 国办发〔2018〕37号: a 规范性文件 is evaluated (清理评估) before its term ends, so that
    // it is renewed, amended or left to lapse on purpose; six months leave time for that.
    if (months_before(*d.valid_until, 6) <= m.now) {
      const SourcePos at = d.pos("valid_until");
      diags.warning(d.path, at.line, at.column, "valid-until-soon",
                    tr("valid-until-soon", {d.title, d.valid_until->str()}));
    }
  }
}

}  // namespace govsite
