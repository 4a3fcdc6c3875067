// Every diagnostic code is shown on a golden fixture: the fixture sites under tests/sites/
// are built with the real pipeline (as golden_test.cpp does), and each code of the code's own
// list (tests/diagnostic_codes.h, the list the docs are tested against) must be reported by
// at least one of them, so that its Chinese and English messages are in a golden file that a
// reviewer reads. A new code fails this test until a fixture shows it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/file_system.h"
#include "diagnostic_codes.h"
#include "pipeline/build_site.h"

namespace fs = std::filesystem;
using namespace govsite;

namespace {

const fs::path kSites = fs::path(GOVSITE_SOURCE_DIR) / "tests" / "sites";

// Codes that no fixture can show, because they need a condition at run time that a folder of
// files cannot hold. Each is tested elsewhere, named here.
const std::map<std::string, std::string> kNotOnAFixture = {
    // The golden harness finds a fixture by its site.yaml: a folder without one is no fixture.
    // tests/cli/cli_test.cpp "cli: a missing site.yaml is explained".
    {"no-config", "needs a site folder without site.yaml"},
    // A file system that fails to read or write (golden builds write to memory, and as root
    // every file is readable). tests/cli/cli_test.cpp "cli: an output folder that cannot be
    // written is an I/O error (exit 3)".
    {"io-error", "needs a failing read or write"},
    // More than 10 MB of text: a fixture of that size would weigh on the repository.
    // tests/cli/hostile_input_test.cpp "hostile: a 20 MB document is refused with its size".
    {"too-large", "needs a document of more than 10 MB"},
    // The build cache is only written by `govsite build` into an output folder (not by the
    // pipeline the goldens run), and fails only when that folder cannot be written.
    // No test reaches it through the binary yet; its formats are tested in
    // tests/unit/diagnostic_formats_test.cpp.
    {"build-cache", "needs an output folder whose cache cannot be written"},
    // A document edited between the two reads of one build (front matter, then body): a race.
    // No test reaches it through the binary (it would need a file system that changes a file
    // between two reads).
    {"changed-during-build", "needs a file that changes while the site builds"},
};

Date now_of(const fs::path& site) {
  std::ifstream in(site / "now");
  std::string text;
  in >> text;
  return *Date::parse(text.substr(0, 10));
}

}  // namespace

TEST_CASE("golden: every diagnostic code is reported by a fixture site", "[golden][codes]") {
  std::map<std::string, std::string> shown;  // code → the first fixture that reports it
  for (const auto& entry : fs::directory_iterator(kSites)) {
    if (!fs::exists(entry.path() / "site.yaml")) continue;
    RealFileSystem real;
    BuildRequest request;
    request.site_dir = entry.path().string();
    request.now = now_of(entry.path());
    request.jobs = 2;
    MemoryWriter site, reports;
    Diagnostics diags;
    build_site(real, request, site, &reports, diags);
    for (const auto& d : diags.sorted()) shown.emplace(d.code, entry.path().filename().string());
  }
  const std::set<std::string> codes = diagnostic_codes::diagnostic_codes();
  for (const auto& code : codes) {
    if (kNotOnAFixture.count(code)) continue;
    INFO("no fixture under tests/sites/ reports \"" << code
                                                    << "\": add one (see an err-* fixture) and regenerate the goldens");
    CHECK(shown.count(code) == 1);
  }
  for (const auto& [code, why] : kNotOnAFixture) {
    INFO("\"" << code << "\" is listed as impossible on a fixture (" << why << ") but is not a code any more");
    CHECK(codes.count(code) == 1);
    const auto it = shown.find(code);
    INFO("\"" << code << "\" is listed as impossible on a fixture (" << why << ") but "
              << (it == shown.end() ? "" : it->second) << " reports it");
    CHECK(it == shown.end());
  }
}
