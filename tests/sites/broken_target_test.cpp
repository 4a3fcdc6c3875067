// Root cause first on the err-broken-target fixture: each broken policy's own error comes
// before every diagnostic it causes elsewhere, each reference to a broken policy is one
// broken-reference-target naming the policy's file and line, and nothing says the policy
// is missing or unpublished.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/file_system.h"
#include "core/messages.h"
#include "pipeline/build_site.h"
#include "test_files.h"

using namespace govsite;

TEST_CASE("broken target: the policy's own error first, one follow-on per reference", "[golden][broken-target]") {
  const auto site = std::filesystem::path(GOVSITE_SOURCE_DIR) / "tests" / "sites" / "err-broken-target";
  for (Language l : {Language::zh, Language::en}) {
    set_language(l);
    RealFileSystem real;
    BuildRequest request;
    request.site_dir = site.string();
    request.now = Date{2019, 9, 1};
    MemoryWriter out, reports;
    Diagnostics diags;
    build_site(real, request, out, &reports, diags);
    set_language(Language::zh);
    const auto all = diags.sorted();
    REQUIRE(all.size() >= 6);
    // The two roots, then (after a warning of site.yaml) only follow-ons.
    CHECK(all[0].path == "content/policies/dated.md");
    CHECK(all[0].code == "bad-date");
    CHECK(all[1].path == "content/policies/plan-2019.md");
    CHECK(all[1].code == "yaml-fullwidth-colon");
    size_t follow_ons = 0;
    bool after_follow_on = false;
    for (const auto& d : all) {
      INFO(d.path << ": " << d.message);
      CHECK(d.code != "unknown-reference");
      CHECK(d.code != "unpublished-reference");
      CHECK(d.message.find("no document has the id") == std::string::npos);
      CHECK(d.message.find("没有哪篇文档") == std::string::npos);
      CHECK(d.message.find("尚未发布") == std::string::npos);
      if (d.code == "broken-reference-target") {
        ++follow_ons;
        CHECK(d.follow_on);
        CHECK(d.severity == Severity::error);
        CHECK((d.message.find("content/policies/plan-2019.md") != std::string::npos ||
               d.message.find("content/policies/dated.md") != std::string::npos));
      }
      CHECK((!after_follow_on || d.follow_on));  // nothing of the roots after the first follow-on
      after_follow_on = after_follow_on || d.follow_on;
    }
    CHECK(follow_ons == 4);  // interprets, two body links, superseded_by
  }
}
