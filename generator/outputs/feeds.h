// RSS 2.0 feeds of the newest policies and interpretations (feed_size in site.yaml), so
// readers and other government portals can follow new documents.
#pragma once

#include <string>
#include <vector>

#include "config/site_config.h"
#include "model/site_model.h"

namespace govsite {

struct Feed {
  std::string path;   // feeds/policies.xml
  std::string title;  // 盘锦市司法局 - 政策文件
  DocType type;
};

// The feeds a site has: one per type with published documents among policy and interpretation.
std::vector<Feed> site_feeds(const SiteModel& m, const SiteConfig& config);

// The RSS document of `feed`; `summaries` are per document (as rendered).
std::string rss_feed(const SiteModel& m, const SiteConfig& config, const Feed& feed,
                     const std::vector<std::string>& summaries);

}  // namespace govsite
