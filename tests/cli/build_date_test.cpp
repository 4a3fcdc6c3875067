// The build date without --now: today in site.yaml's time zone, never the host's.
#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace {

// The binary with environment variables set: `env` is "NAME=value NAME=value ".
Run run_with_env(const std::string& env, const std::string& args) {
  Run r;
  std::FILE* p = popen((env + GOVSITE_BINARY + " " + args + " 2>&1").c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

TEST_CASE("cli: at 16:10 UTC the build date is already tomorrow in Beijing, whatever TZ says", "[cli][timezone]") {
  SampleSite s;
  // 2020-02-05 16:10 UTC = 2020-02-06 00:10 in Beijing: the 行政处罚 公示 that expired on
  // 2020-02-05 must be withdrawn by this build.
  const std::string env = "TZ=UTC SOURCE_DATE_EPOCH=1580919000 ";
  Run next = run_with_env(env, "next-change --json " + s.site());
  INFO(next.output);
  CHECK(next.output.find("\"now\":\"2020-02-06\"") != std::string::npos);

  REQUIRE(run_with_env(env, "build --quiet " + s.site()).exit_code == 0);
  CHECK(read(s.dir / "reports/build.json").find("\"build_date\":\"2020-02-06\"") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.dir / "public/notices/xzzf-2019-gs-031.html"));

  // A site that says it lives in UTC gets UTC's day.
  std::ofstream(s.dir / "site.yaml", std::ios::app) << "timezone: UTC\n";
  CHECK(run_with_env(env, "next-change --json " + s.site()).output.find("\"now\":\"2020-02-05\"") != std::string::npos);
  // --now wins over both.
  CHECK(run_with_env(env, "next-change --json --now 2019-12-31 " + s.site()).output.find("\"now\":\"2019-12-31\"") !=
        std::string::npos);
}

TEST_CASE("cli: an unknown time zone is a site.yaml error with its line", "[cli][timezone]") {
  SampleSite s;
  std::string yaml = read(s.dir / "site.yaml");
  const std::string line = std::to_string(std::count(yaml.begin(), yaml.end(), '\n') + 1);
  std::ofstream(s.dir / "site.yaml", std::ios::app) << "timezone: Beijing\n";
  Run r = run("check " + s.site());
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("site.yaml:" + line + ":1: error: “timezone”写的时区“Beijing”无法识别") != std::string::npos);
}
