// A fresh copy of the repository's sample site (content, themes, site.yaml, data) in a temporary
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
    fs::copy(src / "data", dir / "data", fs::copy_options::recursive);  // 权责清单, 执法人员, 流程图
  }
  ~SampleSite() { std::filesystem::remove_all(dir); }
  SampleSite(const SampleSite&) = delete;
  SampleSite& operator=(const SampleSite&) = delete;
  std::string site() const { return "--site " + dir.string(); }
};
