// A fresh copy of the repository's sample site (content, themes, site.yaml) in a temporary
// folder, removed afterwards: the end-to-end tests build and edit it freely.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <string>

struct SampleSite {
  std::filesystem::path dir;
  SampleSite() {
    namespace fs = std::filesystem;
    char tmpl[] = "/tmp/govsite-e2e-XXXXXX";
    dir = mkdtemp(tmpl);
    const fs::path src(GOVSITE_SOURCE_DIR);
    fs::copy(src / "content", dir / "content", fs::copy_options::recursive);
    fs::copy(src / "themes", dir / "themes", fs::copy_options::recursive);
    fs::copy_file(src / "site.yaml", dir / "site.yaml");
    // The 依申请公开 request records the sample's annual report counts.
    fs::create_directories(dir / "data");
    fs::copy(src / "data/requests", dir / "data/requests", fs::copy_options::recursive);
  }
  ~SampleSite() { std::filesystem::remove_all(dir); }
  SampleSite(const SampleSite&) = delete;
  SampleSite& operator=(const SampleSite&) = delete;
  std::string site() const { return "--site " + dir.string(); }
};
