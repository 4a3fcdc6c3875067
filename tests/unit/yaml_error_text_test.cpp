// yaml-cpp's reasons reach the editor in the catalog's language.
#include <catch2/catch.hpp>

#include <yaml-cpp/exceptions.h>

#include "core/diagnostics.h"
#include "core/messages.h"
#include "yaml/yaml_error_text.h"
#include "yaml/yaml_fields.h"

using namespace govsite;

TEST_CASE("yaml error text: every reason yaml-cpp gives while parsing has Chinese words, English keeps yaml-cpp's",
          "[yaml]") {
  for (const char* reason : {YAML::ErrorMsg::END_OF_MAP, YAML::ErrorMsg::END_OF_MAP_FLOW, YAML::ErrorMsg::END_OF_SEQ,
                             YAML::ErrorMsg::END_OF_SEQ_FLOW, YAML::ErrorMsg::UNKNOWN_ANCHOR,
                             YAML::ErrorMsg::EOF_IN_SCALAR, YAML::ErrorMsg::MAP_VALUE}) {
    set_language(Language::zh);
    const std::string zh = yaml_error_text(reason);
    INFO(reason << " -> " << zh);
    CHECK(zh != reason);
    CHECK(zh.find("yaml-syntax.") == std::string::npos);  // a key without an entry
    set_language(Language::en);
    CHECK(yaml_error_text(reason) == reason);
  }
  set_language(Language::zh);
  CHECK(yaml_error_text(std::string(YAML::ErrorMsg::INVALID_ESCAPE) + "q").find("反斜杠") != std::string::npos);
  CHECK(yaml_error_text("a reason yaml-cpp may add one day") == "a reason yaml-cpp may add one day");
}

TEST_CASE("yaml error text: a broken front matter is explained in Chinese, at yaml-cpp's position", "[yaml]") {
  set_language(Language::zh);
  Diagnostics diags;
  // A value that starts with '*' is an alias to yaml-cpp.
  auto doc = YamlFields::parse("title: 通知\nnote: *重要\n", "content/a.md", 2, diags);
  CHECK(doc == nullptr);
  const auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  const Diagnostic& d = all[0];
  CHECK(d.code == "yaml-syntax");
  CHECK(d.message.find("以“*”开头的值在YAML里另有用途，请给整个值加上引号") != std::string::npos);
  CHECK(d.message.find("anchor") == std::string::npos);
}
