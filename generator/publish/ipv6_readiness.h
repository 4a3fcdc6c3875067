// IPv6 readiness (IPv6改造) of a built site, for ops and the inspection: pages must not
// point at IPv4 literal addresses or load resources over plain http; the external hosts
// the pages load from or link to are listed so ops can check their AAAA records; and the
// nginx listen directives are listed to show both address families.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

namespace govsite {

struct ReadinessReport {
  std::vector<std::string> errors;       // "policies/x.html: …"
  std::set<std::string> resource_hosts;  // hosts pages load images, scripts, styles … from
  std::set<std::string> linked_hosts;    // hosts pages link to
  std::vector<std::string> listen;       // nginx listen directives
  bool ready() const { return errors.empty(); }
};

// `files`: output path → bytes (HTML pages are scanned); `own_host` is the site's host.
ReadinessReport check_ipv6_readiness(const std::map<std::string, std::string>& files, const std::string& own_host,
                                     const std::string& nginx_conf);

}  // namespace govsite
