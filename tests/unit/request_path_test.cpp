#include <catch2/catch.hpp>

#include "serve/request_path.h"

using namespace govsite;

TEST_CASE("request path: normalised below the site, control characters refused", "[serve]") {
  std::string rel;
  CHECK(preview_file_path("/", rel));
  CHECK(rel.empty());
  CHECK(preview_file_path("//evil.example/../notices/", rel));
  CHECK(rel == "notices");
  CHECK(preview_file_path("/附件/表 1.xlsx", rel));
  CHECK(rel == "附件/表 1.xlsx");
  CHECK_FALSE(preview_file_path("/../etc/passwd", rel));
  CHECK_FALSE(preview_file_path("notices/", rel));
  CHECK_FALSE(preview_file_path("", rel));
  CHECK_FALSE(preview_file_path(std::string("/sitemap.xml\0.html", 18), rel));
  for (const char* bad : {"/a\nb", "/a\rb", "/a\tb", "/a\x1b", "/a\x7f"}) CHECK_FALSE(preview_file_path(bad, rel));
}

TEST_CASE("request path: a folder's Location never names another host", "[serve]") {
  CHECK(folder_location("") == "/");
  CHECK(folder_location("notices") == "/notices/");
  CHECK(folder_location("\\evil.example") == "/%5Cevil.example/");
  CHECK(folder_location("附件") == "/%E9%99%84%E4%BB%B6/");
  std::string rel;
  for (const char* path : {"//evil.example/x", "/\\evil.example/x", "/./evil.example", "///a//b", "/\\/\\x"}) {
    INFO(path);
    REQUIRE(preview_file_path(path, rel));
    const std::string location = folder_location(rel);
    CHECK(location[0] == '/');
    CHECK((location.size() == 1 || (location[1] != '/' && location[1] != '\\')));
  }
}
