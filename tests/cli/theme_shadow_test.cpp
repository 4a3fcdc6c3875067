// A site's themes/default/ replaces the built-in theme: said with a warning when it differs
// from it, with a readable error when it cannot stand in for it, and never for a copy of
// this govsite's own theme (the sample site).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const char* const kWarning =
    "themes/default: warning: 网站文件夹里的 themes/default/ 会代替内置主题：它和本版 govsite 的内置主题不同，以后 "
    "govsite 升级时内置主题的改进也不会生效。如不需要请删除该文件夹；如确实要用自己的主题，请把文件夹改名（例如 "
    "themes/local/），并在 site.yaml 里写 theme: local\n";

}  // namespace

TEST_CASE("theme: a themes/default/ that differs from the built-in theme is a warning", "[cli][theme]") {
  SampleSite s;
  // The sample's copy is the built-in theme file for file: nothing is replaced.
  Run same = run("check " + s.site() + " --now 2019-12-31");
  CHECK(same.exit_code == 0);
  CHECK(same.output.find("会代替内置主题") == std::string::npos);

  std::ofstream(s.dir / "themes/default/scss/site.scss", std::ios::app) << "\n.bendi-biaoshi { color: #b00; }\n";
  Run changed = run("build " + s.site() + " --now 2019-12-31");
  INFO(changed.output);
  CHECK(changed.exit_code == 0);
  CHECK(changed.output.find(s.dir.string() + "/" + kWarning) != std::string::npos);
  bool replaced = false;  // and it does replace it
  for (const auto& e : fs::directory_iterator(s.dir / "public/css"))
    replaced = replaced || read(e.path()).find(".bendi-biaoshi") != std::string::npos;
  CHECK(replaced);
  Run json = run("check --json " + s.site() + " --now 2019-12-31");
  CHECK(json.output.find("\"line\":0,\"column\":0,\"severity\":\"warning\",\"code\":\"theme-shadows-builtin\"") !=
        std::string::npos);

  // Without its static/ folder it uses the built-in images and scripts its templates link to.
  fs::remove_all(s.dir / "themes/default/static");
  Run no_static = run("build " + s.site() + " --now 2019-12-31");
  INFO(no_static.output);
  CHECK(no_static.exit_code == 0);
  CHECK(fs::exists(s.dir / "public/img/emblem.svg"));
  CHECK(no_static.output.find("No such file or directory") == std::string::npos);
  CHECK(no_static.output.find("文件或文件夹不存在") == std::string::npos);

  // Renamed and named in site.yaml, it is the site's own theme: no warning.
  fs::rename(s.dir / "themes/default", s.dir / "themes/local");
  fs::copy(fs::path(GOVSITE_SOURCE_DIR) / "themes/default/static", s.dir / "themes/local/static",
           fs::copy_options::recursive);
  std::ofstream(s.dir / "site.yaml", std::ios::app) << "theme: local\n";
  Run own = run("build " + s.site() + " --now 2019-12-31");
  CHECK(own.exit_code == 0);
  CHECK(own.output.find("会代替内置主题") == std::string::npos);
}

TEST_CASE("theme: an empty or partial themes/default/ says what is missing and that it replaces the built-in theme",
          "[cli][theme]") {
  SampleSite s;
  fs::remove_all(s.dir / "themes/default");
  fs::create_directories(s.dir / "themes/default");
  Run empty = run("check " + s.site() + " --now 2019-12-31");
  INFO(empty.output);
  CHECK(empty.exit_code == 1);
  CHECK(empty.output.find(
            s.dir.string() +
            "/themes/default: error: 缺少 2 个文件：scss/site.scss、templates/layouts/*.mustache。网站文件夹"
            "里的 themes/default/ 会代替内置主题，所以它必须是完整的主题；如不需要自己的主题，请删除该文件夹，"
            "govsite 会使用内置主题\n") != std::string::npos);
  CHECK(empty.output.find("No such file or directory") == std::string::npos);
  CHECK(empty.output.find("文件或文件夹不存在") == std::string::npos);
  CHECK(empty.output.find(": .:") == std::string::npos);

  fs::copy(fs::path(GOVSITE_SOURCE_DIR) / "themes/default/templates", s.dir / "themes/default/templates",
           fs::copy_options::recursive);
  Run en = run("check --lang en " + s.site() + " --now 2019-12-31");
  CHECK(en.output.find("/themes/default: error: 1 file is missing: scss/site.scss; a themes/default/ in the site "
                       "folder replaces the built-in theme, so it must be a whole theme. Delete the folder to use the "
                       "built-in theme\n") != std::string::npos);

  // A layout the site needs and the folder lacks: named, in the editor's language.
  fs::copy(fs::path(GOVSITE_SOURCE_DIR) / "themes/default/scss", s.dir / "themes/default/scss",
           fs::copy_options::recursive);
  fs::remove(s.dir / "themes/default/templates/layouts/policy.mustache");
  Run layout = run("check " + s.site() + " --now 2019-12-31");
  INFO(layout.output);
  CHECK(layout.exit_code == 1);
  CHECK(layout.output.find(kWarning) != std::string::npos);
  CHECK(layout.output.find("content/policies/2019/sfj-2019-plan.md: error: 生成页面失败：主题缺少页面模板 "
                           "templates/layouts/policy.mustache\n") != std::string::npos);

  // Deleted, the built-in theme builds the site.
  fs::remove_all(s.dir / "themes");
  CHECK(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
}
