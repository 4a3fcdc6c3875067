#include <catch2/catch.hpp>

#include "content/enforcement_fields.h"
#include "outputs/enforcement_pages.h"

using namespace govsite;

TEST_CASE("统一社会信用代码: the GB 32100-2015 check character", "[enforcement]") {
  CHECK(is_valid_credit_code("91350100M000100Y43"));  // the standard's own example
  CHECK(is_valid_credit_code("31211100E370453354"));
  CHECK_FALSE(is_valid_credit_code("91350100M000100Y44"));  // wrong check character
  CHECK_FALSE(is_valid_credit_code("91350100M000100Y4"));   // 17 characters
  CHECK_FALSE(is_valid_credit_code("91350100I000100Y43"));  // I is not among the 31 characters
  CHECK_FALSE(is_valid_credit_code("91350100m000100Y43"));  // lower case
}

TEST_CASE("a person's name counts as masked with 某, ＊, * or ×", "[enforcement]") {
  for (const char* name : {"张某", "欧阳某某", "王*", "李＊＊", "赵×"}) CHECK(is_masked_person_name(name));
  for (const char* name : {"张三", "欧阳修文", "王"}) CHECK_FALSE(is_masked_person_name(name));
}

TEST_CASE("kinds of enforcement read as Chinese names or ASCII ids", "[enforcement]") {
  CHECK(parse_enforcement_kind("行政处罚") == EnforcementKind::penalty);
  CHECK(parse_enforcement_kind("licensing") == EnforcementKind::licensing);
  CHECK_FALSE(parse_enforcement_kind("处罚").has_value());
}

TEST_CASE("罚款金额 in 元 becomes 万元 exactly", "[enforcement]") {
  CHECK(yuan_to_wan("5000") == "0.5");
  CHECK(yuan_to_wan("12500.5") == "1.25005");
  CHECK(yuan_to_wan("200") == "0.02");
  CHECK(yuan_to_wan("30000") == "3");
  CHECK(yuan_to_wan("0.01") == "0.000001");
  CHECK(yuan_to_wan("1000000") == "100");
}
