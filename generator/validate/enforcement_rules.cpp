#include "content/enforcement_fields.h"
#include "core/messages.h"
#include "core/workday_calendar.h"
#include "validate/rules.h"

namespace govsite {

namespace {

// 国办发〔2018〕118号 (行政执法公示制度): 行政许可 and 行政处罚 decisions are published
// within 7 working days of the decision.
constexpr int kPublicationWorkdays = 7;

bool has_publication_limit(EnforcementKind k) {
  return k == EnforcementKind::licensing || k == EnforcementKind::penalty;
}

void check_decision(const Document& d, const SiteConfig& config, Diagnostics& diags) {
  const Enforcement e = enforcement_of(d);
  if (!e.decided || !d.published) return;  // a missing 决定日期 was reported while parsing
  const SourcePos at_published = d.pos("published");
  if (*d.published < *e.decided) {
    diags.error(d.path, at_published.line, at_published.column, "bad-date",
                tr("bad-date.published-before-decided", {d.published->str(), e.decided->str()}));
    return;
  }
  if (!d.expires) {
    const SourcePos p = d.pos("kind");
    diags.error(d.path, p.line, p.column, "missing-publicity",
                tr("missing-publicity", {enforcement_kind_name(e.kind)}));
  }
  if (!has_publication_limit(e.kind)) return;
  const std::optional<Date> deadline = add_working_days(config.calendar, *e.decided, kPublicationWorkdays);
  if (!deadline) {
    diags.warning(d.path, at_published.line, at_published.column, "calendar-outdated",
                  calendar_outdated_message(config.calendar,
                                            tr("calendar-outdated.enforcement-deadline", {e.decided->str()}),
                                            first_missing_year(config.calendar, *e.decided)));
    return;
  }
  if (*d.published > *deadline) {
    const long days = working_days_between(config.calendar, *e.decided, *d.published).value_or(0);
    diags.error(d.path, at_published.line, at_published.column, "late-enforcement",
                tr("late-enforcement", {enforcement_kind_name(e.kind), e.decided->str(), deadline->str(),
                                        d.published->str(), std::to_string(days)}));
  }
}

}  // namespace

void check_enforcement(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    // Scheduled decisions too: a late date is wrong before the day comes.
    const bool going_out = m.published[i] ||
                           (!d.draft && d.disclosure == Disclosure::public_ && d.published && *d.published > m.now);
    if (d.type == DocType::enforcement && going_out) check_decision(d, config, diags);
  }
}

void check_power_references(const SiteModel& m, const EnforcementData& data, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    const Value* power = d.params.get("power");
    if (!m.published[i] || !power || power->kind() != Value::Kind::string || data.power(power->as_string())) continue;
    const SourcePos p = d.pos("power");
    diags.error(d.path, p.line, p.column, "unknown-reference",
                tr("unknown-reference.power", {power->as_string(), kPowersFile}));
  }
}

}  // namespace govsite
