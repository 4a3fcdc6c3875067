// nginx/site.conf of the bundle: dual-stack (IPv4 and IPv6) listeners, HTTP to HTTPS,
// gzip_static, long caching for fingerprinted assets, short for HTML, and the security
// headers (HSTS, nosniff, Referrer-Policy, a Content-Security-Policy the theme satisfies).
#pragma once

#include <string>

#include "config/site_config.h"

namespace govsite {

// `root` is the folder nginx serves (the installed release's site/).
std::string nginx_site_conf(const SiteConfig& config, const std::string& root);

// The folder releases are installed under by default: deploy.root, else /srv/www/<host>.
std::string default_releases_dir(const SiteConfig& config);

}  // namespace govsite
