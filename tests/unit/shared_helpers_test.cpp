// The helpers that several stages share, one of each: the HTML escaper, FNV-1a and the
// optional date's text.
#include <catch2/catch.hpp>

#include <kainjow/mustache.hpp>

#include "core/date.h"
#include "core/hashing.h"
#include "core/html_escape.h"

using namespace govsite;

TEST_CASE("html escape: the five characters, as mustache escapes them", "[helpers]") {
  CHECK(escape_html("") == "");
  CHECK(escape_html("公告") == "公告");
  CHECK(escape_html("<a href=\"x\">Tom & Jerry's</a>") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
  // Pages render the same whether a template or the report escaped the text.
  for (const char* text : {"a<b>&\"'c", "&amp;", "无需转义", "''\"\"<<>>&&"}) {
    INFO(text);
    CHECK(escape_html(text) == kainjow::mustache::html_escape<std::string>(text));
  }
}

TEST_CASE("fnv1a64: FNV-1a's published values, and a hash continued piece by piece", "[helpers]") {
  // From FNV's published offset basis, the published test vectors.
  constexpr uint64_t kBasis = 0xcbf29ce484222325ULL;
  CHECK(fnv1a64("", kBasis) == kBasis);
  CHECK(fnv1a64("a", kBasis) == 0xaf63dc4c8601ec8cULL);
  CHECK(fnv1a64("foobar", kBasis) == 0x85944171f73967e8ULL);
  // govsite's own start (see core/hashing.h): asset names depend on it, so it stays.
  CHECK(fnv1a64("") == kFnv1a64Start);
  CHECK(fnv1a64("bar", fnv1a64("foo")) == fnv1a64("foobar"));
  CHECK(fnv1a32("a") == 0xe40c292cu);
}

TEST_CASE("date_or_empty: YYYY-MM-DD, or nothing for no date", "[helpers]") {
  CHECK(date_or_empty(std::nullopt) == "");
  CHECK(date_or_empty(Date{2019, 8, 2}) == "2019-08-02");
}
