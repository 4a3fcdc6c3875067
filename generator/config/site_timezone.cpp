#include "config/site_timezone.h"

#include "core/messages.h"

namespace govsite {

TimeZone read_site_timezone(YamlFields& fields) {
  const auto name = fields.string("timezone");
  if (!name) return TimeZone{};
  if (auto zone = find_time_zone(*name)) return *zone;
  fields.error("timezone", "unknown-timezone", tr("unknown-timezone", {*name}));
  return TimeZone{};
}

TimeZone site_timezone_of(const std::string& site_yaml) {
  Diagnostics ignored;  // the build parses site.yaml again and reports its problems
  auto fields = YamlFields::parse(site_yaml, "site.yaml", 1, ignored);
  return fields ? read_site_timezone(*fields) : TimeZone{};
}

}  // namespace govsite
