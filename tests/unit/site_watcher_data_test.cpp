#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "serve/site_watcher.h"

namespace fs = std::filesystem;

TEST_CASE("serve notices an edit of the 行政执法 data files", "[serve][enforcement]") {
  char tmpl[] = "/tmp/govsite-watch-XXXXXX";
  const fs::path dir = mkdtemp(tmpl);
  fs::create_directories(dir / "content");
  fs::create_directories(dir / "data");
  std::ofstream(dir / "site.yaml") << "title: x\n";
  const uint64_t before = govsite::site_fingerprint(dir.string());
  std::ofstream(dir / "data/powers.yaml") << "powers: []\n";
  CHECK(govsite::site_fingerprint(dir.string()) != before);
  fs::remove_all(dir);
}
