// bundle.json's source_commit in CI, where the container has no git or no repository.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace {

// bundle.json of a bundle made with `env` set.
std::string bundle_json_with(const SampleSite& s, const std::string& env) {
  const std::string bundle = (s.dir / "site.tar.gz").string();
  const std::string cmd = env + " " + GOVSITE_BINARY + " bundle --quiet --now 2019-12-31 " + s.site() + " --out " +
                          bundle + " >/dev/null 2>&1 && tar xzf " + bundle + " -O bundle.json > " +
                          (s.dir / "bundle.json").string();
  REQUIRE(std::system(cmd.c_str()) == 0);
  return read(s.dir / "bundle.json");
}

}  // namespace

TEST_CASE("cli: without a git repository, source_commit comes from the CI's variables", "[cli][bundle]") {
  SampleSite s;  // a temporary folder: no repository, so git has nothing to say
  const std::string sha = "0123456789abcdef0123456789abcdef01234567";
  const std::string none = "env -u GITHUB_SHA -u CI_COMMIT_SHA -u GOVSITE_SOURCE_COMMIT";
  CHECK(bundle_json_with(s, none).find("\"source_commit\":null") != std::string::npos);
  CHECK(bundle_json_with(s, none + " GITHUB_SHA=" + sha).find("\"source_commit\":\"" + sha + "\"") !=
        std::string::npos);
  CHECK(bundle_json_with(s, none + " CI_COMMIT_SHA=" + sha).find("\"source_commit\":\"" + sha + "\"") !=
        std::string::npos);
  CHECK(bundle_json_with(s, none + " GOVSITE_SOURCE_COMMIT=" + sha).find("\"source_commit\":\"" + sha + "\"") !=
        std::string::npos);
  // Anything but a commit hash is not taken.
  CHECK(bundle_json_with(s, none + " GITHUB_SHA='main;rm'").find("\"source_commit\":null") != std::string::npos);
}
