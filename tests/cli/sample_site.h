// A fresh copy of the repository's sample site (content, themes, site.yaml, data) in a temporary
// folder, removed afterwards: the end-to-end tests build and edit it freely.
#pragma once

#include <filesystem>
#include <string>

#include "temp_site.h"

struct SampleSite : TempFolder {
  SampleSite() : TempFolder("e2e") {
    namespace fs = std::filesystem;
    const fs::path src(GOVSITE_SOURCE_DIR);
    fs::copy(src / "content", dir / "content", fs::copy_options::recursive);
    fs::copy(src / "themes", dir / "themes", fs::copy_options::recursive);
    fs::copy_file(src / "site.yaml", dir / "site.yaml");
    fs::copy(src / "data", dir / "data", fs::copy_options::recursive);  // 权责清单, 执法人员, 流程图
  }
  std::string site() const { return "--site " + dir.string(); }
};
