#include "publish/ipv6_readiness.h"

#include <cctype>

#include "core/file_system.h"
#include "core/url.h"
#include "core/messages.h"

namespace govsite {

namespace {

bool is_ipv4_literal(const std::string& host) {
  int dots = 0;
  for (char c : host) {
    if (c == '.') ++dots;
    else if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return dots == 3 && !host.empty();
}

}  // namespace

ReadinessReport check_ipv6_readiness(const std::map<std::string, std::string>& files, const std::string& own_host,
                                     const std::string& nginx_conf) {
  ReadinessReport r;
  for (const auto& [path, html] : files) {
    if (!ends_with(path, ".html")) continue;
    for (const char* attr : {" src=\"", " href=\""}) {
      const bool resource = attr[1] == 's';
      const std::string a(attr);
      for (size_t at = html.find(a); at != std::string::npos; at = html.find(a, at + 1)) {
        const size_t start = at + a.size();
        const size_t end = html.find('"', start);
        if (end == std::string::npos) break;
        const std::string url = html.substr(start, end - start);
        const std::string host(url_host(url));
        if (host.empty()) continue;
        if (is_ipv4_literal(host)) r.errors.push_back(tr("bundle.ipv4-literal", {path, host, url}));
        if (resource && url.compare(0, 7, "http://") == 0) r.errors.push_back(tr("bundle.plain-http", {path, url}));
        if (host == own_host) continue;
        (resource ? r.resource_hosts : r.linked_hosts).insert(host);
      }
    }
  }
  const std::string directive = "\n    listen ";
  for (size_t at = nginx_conf.find(directive); at != std::string::npos; at = nginx_conf.find(directive, at + 1)) {
    const size_t start = at + 5, end = nginx_conf.find(';', start);
    r.listen.push_back(nginx_conf.substr(start, end - start));
  }
  return r;
}

}  // namespace govsite
