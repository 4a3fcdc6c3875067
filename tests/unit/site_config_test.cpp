#include <catch2/catch.hpp>

#include "config/site_config.h"

using namespace govsite;

namespace {
const char* kMinimal =
    "title: 盘锦市司法局\n"
    "base_url: https://sfj.panjin.gov.cn\n"
    "organization: 盘锦市司法局\n"
    "site_code: \"2111000046\"\n"
    "icp: 辽ICP备2023000267号-1\n"
    "psb: 辽公网安备21112302000034号\n";
}

TEST_CASE("site.yaml: the required keys alone build a config with defaults", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config(kMinimal, "site.yaml", diags);
  REQUIRE(c);
  CHECK_FALSE(diags.has_errors());
  CHECK(c->base_url == "https://sfj.panjin.gov.cn/");
  CHECK(c->host() == "sfj.panjin.gov.cn");
  CHECK(c->copyright == "盘锦市司法局");  // defaults to organization
  CHECK(c->language == "zh-CN");
  CHECK(c->theme == "default");
  CHECK(c->interpretation_grace_workdays == 3);
  CHECK_FALSE(c->require_interpretation);
  CHECK(c->deploy.server_name == "sfj.panjin.gov.cn");
}

TEST_CASE("site.yaml: columns, switches and unknown keys", "[config]") {
  Diagnostics diags;
  std::string text = std::string(kMinimal) +
                     "columns:\n  - {id: zwgk-zdgz, title: 政务公开重点工作, kind: policy}\n"
                     "require_interpretation: true\ninterpretation_grace_days: 5\nweibo: 盘锦司法\n";
  auto c = parse_site_config(text, "site.yaml", diags);
  REQUIRE(c);
  REQUIRE(c->columns.size() == 1);
  CHECK(c->column("zwgk-zdgz")->title == "政务公开重点工作");
  CHECK(c->require_interpretation);
  CHECK(c->interpretation_grace_workdays == 5);
  REQUIRE(c->params.get("weibo"));
  CHECK(c->params.get("weibo")->as_string() == "盘锦司法");
}

TEST_CASE("site.yaml: every missing or malformed key is reported with its line", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config(
      "title: x\nbase_url: ftp://example\norganization: y\nsite_code: 12345\nrequire_interpretation: yes\n",
      "site.yaml", diags);
  CHECK_FALSE(c);
  auto all = diags.sorted();
  auto has = [&](int line, const std::string& text) {
    for (const auto& d : all)
      if (d.line == line && d.message.find(text) != std::string::npos) return true;
    return false;
  };
  CHECK(has(2, "base_url"));
  CHECK(has(4, "10 digits"));
  CHECK(has(5, "true or false"));
  CHECK(has(1, "\"icp\""));  // missing keys point at the top of the file
  CHECK(has(1, "\"psb\""));
}

TEST_CASE("site.yaml: a YAML syntax error names the line", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config("title: x\ncolumns: [a, b\n", "site.yaml", diags);
  CHECK_FALSE(c);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].code == "yaml-syntax");
  CHECK(all[0].line >= 2);
}
