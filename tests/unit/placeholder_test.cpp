#include <catch2/catch.hpp>

#include "config/site_config.h"
#include "core/messages.h"
#include "core/placeholder.h"
#include "test_site_keys.h"

using namespace govsite;

TEST_CASE("placeholders: each one at its line and column, in characters", "[placeholder]") {
  Diagnostics diags;
  report_placeholders(
      "\xEF\xBB\xBF"
      "名称：【请填写：机构名称】\n\n"
      "地址：【请填写：地址】，电话：【请填写：电话】\n【请填写：没有结尾\n",
      "content/pages/lxfs.md", Severity::warning, diags);
  const auto all = diags.sorted();
  REQUIRE(all.size() == 4);
  CHECK(all[0].line == 1);
  CHECK(all[0].column == 4);  // the BOM is no character
  CHECK(all[0].message == "请把 govsite init 留下的占位内容 【请填写：机构名称】 改成实际内容");
  CHECK(all[0].code == "placeholder");
  CHECK(all[0].severity == Severity::warning);
  CHECK((all[1].line == 3 && all[1].column == 4));
  CHECK((all[2].line == 3 && all[2].column == 16));
  CHECK(all[2].message == "请把 govsite init 留下的占位内容 【请填写：电话】 改成实际内容");
  CHECK((all[3].line == 4 && all[3].column == 1));
  CHECK(all[3].message == "请把 govsite init 留下的占位内容 【请填写：没有结尾 改成实际内容");  // up to the line's end

  set_language(Language::en);  // as with --lang en
  Diagnostics english;
  report_placeholders("【请填写：电话】\n", "a.md", Severity::error, english);
  set_language(Language::zh);
  REQUIRE(english.sorted().size() == 1);
  CHECK(english.sorted()[0].message == "fill in the placeholder 【请填写：电话】 (left by govsite init)");

  Diagnostics none;
  report_placeholders("【请】 and 请填写 are text like any other\n", "a.md", Severity::error, none);
  CHECK(none.sorted().empty());
}

TEST_CASE("placeholders: in site.yaml, a placeholder is its only diagnostic", "[placeholder][config]") {
  Diagnostics diags;
  auto config = parse_site_config(
      "title: 盘锦市司法局\nbase_url: \"【请填写：网站地址】\"\norganization: 盘锦市司法局\n"
      "site_code: \"【请填写：网站标识码】\"\nicp: 辽ICP备2023000267号-1\npsb: 辽公网安备21112302000034号\n" GOVSITE_TEST_INSPECTION_KEYS,
      "site.yaml", diags);
  CHECK_FALSE(config);  // not a site yet
  const auto all = diags.sorted();
  REQUIRE(all.size() == 2);  // no missing-key or bad-value besides
  CHECK((all[0].code == "placeholder" && all[0].line == 2 && all[0].column == 12));
  CHECK((all[1].code == "placeholder" && all[1].line == 4 && all[1].column == 13));
}
