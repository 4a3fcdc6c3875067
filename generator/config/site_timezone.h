// site.yaml's `timezone`: the zone whose "today" is the build date when no --now is given.
#pragma once

#include <string>

#include "core/time_zone.h"
#include "yaml/yaml_fields.h"

namespace govsite {

// Reads `timezone` (default Asia/Shanghai); an unknown zone is reported at its line and
// the default is returned.
TimeZone read_site_timezone(YamlFields& fields);

// The zone of a site.yaml's text, read before the build so the build date can be set: the
// default when the text or the zone is unusable (the build then reports why).
TimeZone site_timezone_of(const std::string& site_yaml);

}  // namespace govsite
