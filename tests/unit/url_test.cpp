#include <catch2/catch.hpp>

#include "core/url.h"

using namespace govsite;

TEST_CASE("url: Chinese file names are percent-encoded per byte, slashes kept", "[url]") {
  CHECK(percent_encode_path("附件/表 1.xlsx") == "%E9%99%84%E4%BB%B6/%E8%A1%A8%201.xlsx");
  CHECK(percent_encode_path("a-b_c.~d/e.pdf") == "a-b_c.~d/e.pdf");
  CHECK(percent_encode_path("a#b?c%d") == "a%23b%3Fc%25d");
}

TEST_CASE("url: decoding reverses encoding and keeps malformed escapes", "[url]") {
  CHECK(percent_decode("%E9%99%84%E4%BB%B6/%e8%a1%a8%201.xlsx") == "附件/表 1.xlsx");
  CHECK(percent_decode("100%") == "100%");
  CHECK(percent_decode("%zz%4") == "%zz%4");
}
