// govsite bundle end to end: the built site packed with its nginx configuration and
// manifest, public/ left alone; a site whose site.yaml does not load ends with its errors,
// exit 1 and no archive, never a crash (the bundle packs the site its build loaded, so
// there is no second load that could fail differently). The temporary build folder goes
// away in every case.
#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

// `govsite bundle` of the sample site into s.dir/out.tar.gz, with a temporary folder of
// its own (TMPDIR=s.dir/tmp) so the test can see it emptied afterwards.
Run bundle(const SampleSite& s) {
  fs::create_directories(s.dir / "tmp");
  const std::string cmd = "TMPDIR=" + (s.dir / "tmp").string() + " " + GOVSITE_BINARY + " bundle --now 2019-12-31 " +
                          s.site() + " --out " + (s.dir / "out.tar.gz").string() + " 2>&1";
  Run r;
  std::FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

// The names in a .tar.gz, one per line.
std::string listing(const fs::path& archive) {
  const fs::path list = archive.string() + ".list";
  REQUIRE(std::system(("tar tzf " + archive.string() + " > " + list.string()).c_str()) == 0);
  return read(list);
}

}  // namespace

TEST_CASE("bundle: the built site, its nginx configuration and manifest in one archive, public/ untouched",
          "[cli][bundle]") {
  SampleSite s;
  Run r = bundle(s);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("govsite bundle：" + (s.dir / "out.tar.gz").string()) != std::string::npos);
  const std::string names = listing(s.dir / "out.tar.gz");
  for (const char* name : {"site/index.html\n", "nginx/site.conf\n", "bundle.json\n", "MANIFEST.sha256\n"})
    CHECK(names.find(name) != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "public"));
  CHECK_FALSE(fs::exists(s.dir / "out.tar.gz.partial"));
  CHECK(fs::exists(s.dir / "reports/build.json"));
  CHECK(fs::is_empty(s.dir / "tmp"));  // the private build folder is removed
}

TEST_CASE("bundle: a site.yaml that does not load gives its error and exit 1, and writes no archive", "[cli][bundle]") {
  SampleSite s;
  std::ofstream(s.dir / "site.yaml", std::ios::binary | std::ios::app) << "\nsite: [unclosed\n";
  Run r = bundle(s);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("site.yaml:") != std::string::npos);
  CHECK(r.output.find("部署包没有生成") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "out.tar.gz"));
  CHECK_FALSE(fs::exists(s.dir / "out.tar.gz.partial"));
  CHECK_FALSE(fs::exists(s.dir / "dist"));
  CHECK(fs::is_empty(s.dir / "tmp"));
}

TEST_CASE("bundle: a folder without site.yaml is an error with exit 1, not a crash", "[cli][bundle]") {
  SampleSite s;
  fs::remove(s.dir / "site.yaml");
  Run r = bundle(s);
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("site.yaml") != std::string::npos);
  CHECK(r.output.find("部署包没有生成") != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "out.tar.gz"));
}
