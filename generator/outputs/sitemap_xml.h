// sitemap.xml per the sitemaps.org 0.9 protocol (absolute URLs from base_url, lastmod on
// each), split into parts listed by a sitemap index when one file would pass the URL
// limit (50,000) or the size limit (10 MB, as Baidu asks), and robots.txt pointing at it.
// The only unit besides feeds that includes tinyxml2.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "outputs/page_writer.h"

namespace govsite {

struct SitemapLimits {
  size_t max_urls = 50000;
  size_t max_bytes = 10 * 1024 * 1024;
};

// File name → contents: "sitemap.xml" alone, or "sitemap.xml" as the index plus
// "sitemap-1.xml", "sitemap-2.xml", …
std::map<std::string, std::string> sitemap_files(const std::vector<PageEntry>& pages, const std::string& base_url,
                                                 const SitemapLimits& limits);

std::string robots_txt(const std::string& base_url);

}  // namespace govsite
