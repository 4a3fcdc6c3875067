// The deployment bundle (SPEC §6): one reproducible .tar.gz with site/ (and .gz copies of
// text files for gzip_static), nginx/site.conf, install.sh, MANIFEST.sha256 and
// bundle.json (generator, release, source commit, build date, counts, IPv6 readiness).
#pragma once

#include <ctime>
#include <map>
#include <string>

#include "config/site_config.h"
#include "core/date.h"
#include "publish/ipv6_readiness.h"

namespace govsite {

struct BundleRequest {
  const SiteConfig* config = nullptr;
  std::map<std::string, std::string> site_files;  // output path → bytes
  Date build_date;
  std::time_t mtime = 0;      // the time every archive entry carries
  std::string source_commit;  // empty when the site is not in git
  size_t pages = 0;
};

struct BundleResult {
  std::string release;  // YYYY-MM-DD-<hash>: the release folder install.sh creates
  size_t files = 0;
  ReadinessReport readiness;
};

// Writes the archive to `file`. Returns false with `error` set when it cannot.
bool write_bundle(const std::string& file, const BundleRequest& request, BundleResult& result, std::string& error);

}  // namespace govsite
