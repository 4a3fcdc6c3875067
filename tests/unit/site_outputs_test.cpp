#include <catch2/catch.hpp>

#include <tinyxml2.h>

#include "outputs/listings.h"
#include "core/hashing.h"
#include "outputs/search_index.h"
#include "outputs/sitemap_xml.h"

using namespace govsite;

TEST_CASE("search: CJK bigrams, single characters and lower-cased ASCII words", "[search]") {
  CHECK(search_tokens("政务公开，IPv6改造") == std::vector<std::string>{"政务", "务公", "公开", "ipv6", "改造"});
  CHECK(search_tokens("《法》 2019年") == std::vector<std::string>{"法", "2019", "年"});
  CHECK(search_tokens("").empty());
  CHECK(search_tokens("——、。").empty());
}

TEST_CASE("search: full-width letters and digits are the words of their ASCII forms, as in search.js", "[search]") {
  CHECK(search_tokens("ＩＰｖ６改造") == std::vector<std::string>{"ipv6", "改造"});
  CHECK(search_tokens("盘司发〔２０１９〕１２号") == search_tokens("盘司发〔2019〕12号"));
  CHECK(search_tokens("：［＿］").empty());  // full-width punctuation still separates
}

TEST_CASE("search: FNV-1a 32 matches the reference values the browser code uses", "[search]") {
  CHECK(fnv1a32("") == 2166136261u);
  CHECK(fnv1a32("a") == 0xe40c292cu);
}

TEST_CASE("listings: topic and issuer folders keep Chinese names and drop URL-unsafe characters", "[listings]") {
  CHECK(term_slug("政务公开") == "政务公开");
  CHECK(term_slug("法治/政府 建设?") == "法治-政府-建设");
  CHECK(term_slug("..").rfind("t-", 0) == 0);
}

TEST_CASE("listings: a very long topic or issuer gets a short folder ending in a hash of the name", "[listings]") {
  std::string long_name;
  for (int i = 0; i < 90; ++i) long_name += "局";  // 270 bytes: more than a folder name may have
  const std::string slug = term_slug(long_name);
  CHECK(slug.size() <= kMaxTermSlugBytes);
  CHECK(slug.rfind("局局局", 0) == 0);
  CHECK(slug.size() == 3 * 37 + 9);     // whole characters, then "-" and 8 hex digits
  CHECK(slug == term_slug(long_name));  // stable
  CHECK(slug != term_slug(long_name + "办"));
}

namespace {

size_t count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("sitemap: one urlset when small, an index of parts past the limit", "[sitemap]") {
  std::vector<PageEntry> pages;
  for (int i = 0; i < 25; ++i) pages.push_back({"p/" + std::to_string(i) + "/", Date{2019, 8, 1 + i}});
  SitemapLimits big;
  auto one = sitemap_files(pages, "https://x.gov.cn/", big);
  REQUIRE(one.size() == 1);
  CHECK(count(one["sitemap.xml"], "<url>") == 25);
  CHECK(one["sitemap.xml"].find("<loc>https://x.gov.cn/p/0/</loc><lastmod>2019-08-01</lastmod>") != std::string::npos);

  SitemapLimits small;
  small.max_urls = 10;
  auto parts = sitemap_files(pages, "https://x.gov.cn/", small);
  REQUIRE(parts.size() == 4);  // the index and three parts of 10, 10 and 5
  CHECK(count(parts["sitemap.xml"], "<sitemap>") == 3);
  CHECK(parts["sitemap.xml"].find("<loc>https://x.gov.cn/sitemap-3.xml</loc><lastmod>2019-08-25</lastmod>") !=
        std::string::npos);
  CHECK(count(parts["sitemap-1.xml"], "<url>") == 10);
  CHECK(count(parts["sitemap-3.xml"], "<url>") == 5);
  for (const auto& [name, xml] : parts) {
    tinyxml2::XMLDocument doc;
    INFO(name);
    CHECK(doc.Parse(xml.c_str()) == tinyxml2::XML_SUCCESS);
  }

  SitemapLimits bytes;
  bytes.max_bytes = 600;  // a few entries per file
  auto by_size = sitemap_files(pages, "https://x.gov.cn/", bytes);
  CHECK(by_size.size() > 4);
  for (const auto& [name, xml] : by_size) CHECK(xml.size() <= 600);
}

TEST_CASE("sitemap: special characters in URLs are escaped", "[sitemap]") {
  auto files = sitemap_files({{"a&b/", std::nullopt}}, "https://x.gov.cn/", SitemapLimits{});
  CHECK(files["sitemap.xml"].find("<loc>https://x.gov.cn/a&amp;b/</loc></url>") != std::string::npos);
}
