// govsite init through the real binary: a new department site whose only problems are the
// placeholders left to fill in.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

#include "cli/govsite_binary.h"
#include "core/placeholder.h"
#include "temp_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

// sha256sum of the binary under test.
Run run_sha256() {
  Run r;
  std::FILE* p = popen(("sha256sum " + std::string(GOVSITE_BINARY)).c_str(), "r");
  REQUIRE(p);
  char buf[256];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  r.exit_code = pclose(p);
  return r;
}

size_t count_of(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("cli: init writes a new site with site.yaml, the required pages, .gitignore, README and CI files",
          "[cli][init]") {
  TempFolder t("init");
  const fs::path site = t.dir / "sfj";
  Run r = run("init " + site.string());
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  for (const char* f : {"site.yaml", "README.md", ".gitignore", ".gitlab-ci.yml", ".github/workflows/govsite.yml",
                        "content/pages/gkzn.md", "content/pages/gkzd.md", "content/pages/jgzn.md",
                        "content/pages/lxfs.md", "content/pages/ysqgk.md"}) {
    INFO(f);
    CHECK(fs::is_regular_file(site / f));
  }
  const std::string gitignore = read(site / ".gitignore");
  for (const char* ignored : {"public/\n", "reports/\n", "dist/\n", ".public.govsite-cache\n"})
    CHECK(gitignore.find(ignored) != std::string::npos);
  // Every required key of site.yaml is there, as a placeholder.
  const std::string yaml = read(site / "site.yaml");
  for (const char* key : {"title", "base_url", "organization", "site_code", "icp", "psb", "conac_url", "index_prefix"})
    CHECK(std::regex_search(yaml, std::regex(std::string("\n") + key + ": \"【请填写：")));
  CHECK(yaml.find("\ninteraction:\n  - {title: 局长信箱, url: \"【请填写：") != std::string::npos);
  CHECK(yaml.find("timezone: Asia/Shanghai") != std::string::npos);
  // The pages are drafts, dated today, with their titles.
  const std::string guide = read(site / "content/pages/gkzn.md");
  CHECK(guide.find("title: 政府信息公开指南\n") != std::string::npos);
  CHECK(guide.find("draft: true") != std::string::npos);
  CHECK(guide.find("@TODAY@") == std::string::npos);
  CHECK(std::regex_search(guide, std::regex("\npublished: [0-9]{4}-[0-9]{2}-[0-9]{2}\n")));
  CHECK(read(site / "content/pages/ysqgk.md").find("title: 依申请公开\n") != std::string::npos);
  // The CI files pin this govsite: its version and the SHA-256 of the binary that ran init.
  Run sum = run_sha256();
  for (const char* ci : {".gitlab-ci.yml", ".github/workflows/govsite.yml"}) {
    const std::string text = read(site / ci);
    INFO(ci);
    CHECK(text.find("GOVSITE_VERSION: \"" GOVSITE_VERSION "\"") != std::string::npos);
    CHECK(text.find("GOVSITE_SHA256: \"" + sum.output.substr(0, 64) + "\"") != std::string::npos);
    CHECK(text.find("@GOVSITE_") == std::string::npos);
  }
  CHECK(read(site / "README.md").find("govsite check") != std::string::npos);
}

TEST_CASE("cli: check on a fresh init names every placeholder, and nothing else", "[cli][init]") {
  TempFolder t("init");
  REQUIRE(run("init " + t.dir.string() + "/site").exit_code == 0);
  const fs::path site = t.dir / "site";
  size_t markers = 0;
  for (const auto& [rel, bytes] : read_tree(site))
    if (rel == "site.yaml" || rel.rfind("content/", 0) == 0) markers += count_of(bytes, "【请填写");
  CHECK(markers > 10);

  Run r = run("check --json --site " + site.string());
  INFO(r.output);
  CHECK(r.exit_code == 1);  // site.yaml's placeholders are errors: such a site cannot be built
  CHECK(count_of(r.output, "\"code\":\"placeholder\"") == markers);
  CHECK(count_of(r.output, "\"code\":") == markers);
  CHECK(
      r.output.find(
          "{\"file\":\"" + site.string() +
          "/site.yaml\",\"line\":11,\"column\":13,\"severity\":\"error\","
          "\"code\":\"placeholder\",\"message\":\"请把 govsite init 留下的占位内容 【请填写：网站标识码，10位数字】") !=
      std::string::npos);
  // In a draft page, a placeholder is a reminder (a draft is never published).
  CHECK(r.output.find(
            "/content/pages/lxfs.md\",\"line\":15,\"column\":6,\"severity\":\"warning\",\"code\":\"placeholder\"") !=
        std::string::npos);

  // site.yaml filled in: the site checks (the pages' placeholders stay as warnings) and builds.
  std::string yaml = read(site / "site.yaml");
  for (const auto& [key, value] :
       std::vector<std::pair<std::string, std::string>>{{"title", "盘锦市司法局"},
                                                        {"base_url", "https://sfj.panjin.gov.cn/"},
                                                        {"organization", "盘锦市司法局"},
                                                        {"site_code", "2111000046"},
                                                        {"icp", "辽ICP备2023000267号-1"},
                                                        {"psb", "辽公网安备21112302000034号"},
                                                        {"conac_url",
                                                         "https://bszs.conac.cn/sitename?method=show&id=1"},
                                                        {"index_prefix", "112111001234567886"},
                                                        {"url", "https://www.panjin.gov.cn/hdjl/"}})
    yaml = std::regex_replace(yaml, std::regex("([\n ]" + key + ": )\"【请填写：[^\"]*\""), "$1\"" + value + "\"");
  CHECK_FALSE(govsite::has_placeholder(yaml));
  std::ofstream(site / "site.yaml") << yaml;
  Run filled = run("check --json --site " + site.string());
  INFO(filled.output);
  CHECK(filled.exit_code == 0);
  CHECK(count_of(filled.output, "\"code\":") == count_of(filled.output, "\"code\":\"placeholder\""));
  CHECK(run("build --quiet --site " + site.string()).exit_code == 0);

  // A page published with a placeholder left in it is an error.
  std::string page = read(site / "content/pages/lxfs.md");
  page = std::regex_replace(page, std::regex("draft: true[^\n]*\nreview: \\[\\]"),
                            "review:\n  - {stage: initial, by: 王某, date: 2019-01-01}\n"
                            "  - {stage: second, by: 李某, date: 2019-01-01}\n"
                            "  - {stage: approved, by: 张某, date: 2019-01-01}");
  std::ofstream(site / "content/pages/lxfs.md") << page;
  Run published = run("check --site " + site.string());
  INFO(published.output);
  CHECK(published.exit_code == 1);
  CHECK(published.output.find(
            "content/pages/lxfs.md:17:6: error: 请把 govsite init 留下的占位内容 【请填写：办公地址】") !=
        std::string::npos);
}

TEST_CASE("cli: init refuses a folder that is not empty", "[cli][init]") {
  TempFolder t("init");
  std::ofstream(t.dir / "notes.txt") << "mine";
  Run r = run("init " + t.dir.string());
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("govsite init：" + t.dir.string() + " 不是空文件夹") != std::string::npos);
  CHECK(read(t.dir / "notes.txt") == "mine");
  CHECK_FALSE(fs::exists(t.dir / "site.yaml"));
  CHECK(run("init " + (t.dir / "notes.txt").string()).exit_code == 2);
  // An empty folder is fine.
  fs::create_directory(t.dir / "empty");
  CHECK(run("init " + (t.dir / "empty").string()).exit_code == 0);
  CHECK(run("init").exit_code == 2);
  CHECK(run("init a b").exit_code == 2);
  CHECK(run("--help").output.find("  init   文件夹") != std::string::npos);
  CHECK(run("--help --lang en").output.find("  init   DIR") != std::string::npos);
}
