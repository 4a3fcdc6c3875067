// Golden tests: every fixture site under tests/sites/<name>/ is built with the real
// pipeline and file system, with the build date in its `now` file. Its diagnostics must be
// exactly those of expected_diagnostics.txt (none when the file is absent). A site with
// expected/ must build without errors and write exactly the files in expected/site/ and
// expected/reports/. The err-* sites hold one kind of mistake each (see their README.md).
// The diagnostics are compared in both languages: expected_diagnostics.txt in Chinese (what
// editors see) and expected_diagnostics.en.txt in English.
// GOVSITE_UPDATE_GOLDEN=1 rewrites the expected files from the current output.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/file_system.h"
#include "core/messages.h"
#include "test_files.h"
#include "pipeline/build_site.h"

namespace fs = std::filesystem;
using namespace govsite;

namespace {

const fs::path kSites = fs::path(GOVSITE_SOURCE_DIR) / "tests" / "sites";

void write_tree(const fs::path& dir, const std::map<std::string, std::string>& files) {
  fs::remove_all(dir);
  for (const auto& [rel, bytes] : files) {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel, std::ios::binary) << bytes;
  }
}

bool updating() { return std::getenv("GOVSITE_UPDATE_GOLDEN") != nullptr; }

void compare_tree(const fs::path& expected_dir, const std::map<std::string, std::string>& actual) {
  if (updating()) write_tree(expected_dir, actual);
  const auto expected = read_tree(expected_dir);
  for (const auto& [rel, bytes] : expected) {
    INFO("expected file " << (expected_dir / rel).string());
    auto it = actual.find(rel);
    REQUIRE(it != actual.end());
    CHECK(it->second == bytes);
  }
  for (const auto& [rel, bytes] : actual) {
    INFO("unexpected output file " << rel << " (run with GOVSITE_UPDATE_GOLDEN=1 if it is right)");
    CHECK(expected.count(rel) == 1);
  }
}

struct Built {
  MemoryWriter site, reports;
  Diagnostics diags;
};

void build(const fs::path& site, Built& b) {
  RealFileSystem real;
  BuildRequest request;
  request.site_dir = site.string();
  std::string now = read(site / "now");
  request.now = *Date::parse(now.substr(0, 10));
  request.jobs = 2;
  build_site(real, request, b.site, &b.reports, b.diags);
}

void compare_diagnostics(const Diagnostics& diags, const fs::path& expected_file) {
  std::string diagnostics;
  for (const auto& d : diags.sorted()) diagnostics += format_diagnostic(d, nullptr);
  if (updating()) {
    if (diagnostics.empty()) fs::remove(expected_file);
    else std::ofstream(expected_file, std::ios::binary) << diagnostics;
  }
  INFO(expected_file.string());
  CHECK(diagnostics == (fs::exists(expected_file) ? read(expected_file) : std::string()));
}

}  // namespace

TEST_CASE("golden: every fixture site builds to its expected output", "[golden]") {
  size_t sites = 0;
  for (const auto& entry : fs::directory_iterator(kSites)) {
    if (!fs::exists(entry.path() / "site.yaml")) continue;
    ++sites;
    SECTION(entry.path().filename().string()) {
      Built b;
      build(entry.path(), b);
      compare_diagnostics(b.diags, entry.path() / "expected_diagnostics.txt");
      {
        set_language(Language::en);
        Built en;
        build(entry.path(), en);
        // Still in English: sorted() writes the too-many-diagnostics summaries as it sorts.
        compare_diagnostics(en.diags, entry.path() / "expected_diagnostics.en.txt");
        set_language(Language::zh);
      }
      if (fs::exists(entry.path() / "expected") || (updating() && !b.diags.has_errors())) {
        REQUIRE_FALSE(b.diags.has_errors());
        compare_tree(entry.path() / "expected" / "site", b.site.files());
        compare_tree(entry.path() / "expected" / "reports", b.reports.files());
      } else {
        CHECK(b.diags.has_errors());
      }
      for (const auto& [rel, bytes] : b.site.files()) {
        INFO(rel);
        CHECK(bytes.find("CANARY") == std::string::npos);
      }
    }
  }
  CHECK(sites > 0);
}

TEST_CASE("golden: withheld and draft documents leave no trace in the site", "[golden][disclosure]") {
  Built b;
  build(kSites / "basic", b);
  REQUIRE_FALSE(b.diags.has_errors());
  for (const auto& [rel, bytes] : b.site.files()) {
    INFO(rel);
    CHECK(bytes.find("CANARY") == std::string::npos);
    CHECK(bytes.find("内部考核细则") == std::string::npos);
    CHECK(rel.find("secret") == std::string::npos);
  }
  // …but the internal ledger lists the withheld policy with its reason.
  const std::string& ledger = b.reports.files().at("ledger.csv");
  CHECK(ledger.find("secret,1234567890/2019-00003,,内部考核细则") != std::string::npos);
  CHECK(ledger.find("涉及内部管理事项") != std::string::npos);
}
