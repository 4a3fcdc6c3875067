// Folders the end-to-end tests write sites into: a temporary folder of a test's own
// (TempFolder), and in one a small site of the test's own (TempSite), both removed with
// everything in them when the test ends, also when a REQUIRE stops it halfway.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "test_site_keys.h"

// /tmp/govsite-<name>-XXXXXX, made empty, for the test alone.
struct TempFolder {
  std::filesystem::path dir;
  explicit TempFolder(const std::string& name) {
    std::string tmpl = "/tmp/govsite-" + name + "-XXXXXX";
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("cannot make " + tmpl);
    dir = tmpl;
  }
  ~TempFolder() {
    std::error_code ignored;  // a destructor must not throw
    std::filesystem::remove_all(dir, ignored);
    // A build with --out here writes its build cache beside the folder, not in it.
    std::filesystem::remove(dir.parent_path() / ("." + dir.filename().string() + ".govsite-cache"), ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
};

// A site.yaml with every key a site needs and nothing else: it loads without a diagnostic.
#define GOVSITE_TEST_SITE_YAML                                            \
  "title: 测试\nbase_url: https://x.gov.cn/\norganization: 测试局\n" \
  "site_code: \"1234567890\"\nicp: 测ICP备1号\npsb: 测公网安备1号\n" GOVSITE_TEST_INSPECTION_KEYS

// A TempFolder holding GOVSITE_TEST_SITE_YAML followed by `extra_config` (more keys of
// site.yaml), and an empty content/ that write() fills.
struct TempSite : TempFolder {
  explicit TempSite(const std::string& name, const std::string& extra_config = "") : TempFolder(name) {
    std::filesystem::create_directories(dir / "content");
    std::ofstream(dir / "site.yaml") << GOVSITE_TEST_SITE_YAML << extra_config;
  }
  // Writes `text` to content/`rel`, making the folders on the way.
  void write(const std::string& rel, const std::string& text) const {
    std::filesystem::create_directories((dir / "content" / rel).parent_path());
    std::ofstream(dir / "content" / rel, std::ios::binary) << text;
  }
};
