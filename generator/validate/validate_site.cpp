#include "validate/rules.h"

namespace govsite {

void validate_site(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  check_identity(m, config, diags);
  check_index_numbers(m, config, diags);
  check_publication(m, diags);
  check_references(m, config, diags);
  check_interpretation_duty(m, config, diags);
  check_normative_lifecycle(m, diags);
  check_request_records(m, config, diags);
  check_annual_reports(m, diags);
  check_annual_web_reports(m, config, diags);
  check_enforcement(m, config, diags);
  check_attachments(m, config, diags);
  check_site_health(m, config, diags);
  check_personal_data(m, diags);
  check_disclosure_none(m, config, diags);
}

}  // namespace govsite
