// Incremental builds, end to end: after every kind of edit an editor makes, a rebuild over
// the previous output (which renders and rewrites only what changed) must leave exactly the
// files, byte for byte, that a clean build of the same input writes.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <thread>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

struct Site : SampleSite {
  // Rebuilds in place; returns what govsite printed.
  Run build(const std::string& now = "2019-12-31") const {
    return run("build --site " + dir.string() + " --now " + now);
  }
  // A clean build of the same input into a folder of its own.
  std::map<std::string, std::string> clean(const std::string& now = "2019-12-31") const {
    fs::remove_all(dir / "clean");
    Run r = run("build --clean --quiet --site " + dir.string() + " --now " + now + " --out " +
                (dir / "clean").string());
    REQUIRE(r.exit_code == 0);
    return read_tree(dir / "clean");
  }
  std::map<std::string, std::string> output() const { return read_tree(dir / "public"); }

  void replace(const std::string& rel, const std::string& from, const std::string& to) const {
    std::string text = read(dir / rel);
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write(rel, text);
  }
  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((dir / rel).parent_path());
    std::ofstream(dir / rel, std::ios::binary) << text;
  }
};

bool says(const Run& r, const std::string& text) { return r.output.find(text) != std::string::npos; }

// The rebuild was incremental, and wrote what a clean build writes.
void require_incremental_equals_clean(const Site& site, const std::string& now = "2019-12-31") {
  Run r = site.build(now);
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK((says(r, "（增量构建：") || says(r, "（与上次构建相比没有变化）")));
  const auto incremental = site.output();
  const auto clean = site.clean(now);
  REQUIRE(incremental.size() == clean.size());
  for (const auto& [path, bytes] : clean) {
    INFO(path);
    auto it = incremental.find(path);
    REQUIRE(it != incremental.end());
    CHECK(it->second == bytes);
  }
}

}  // namespace

TEST_CASE("incremental: every rebuild writes exactly what a clean build writes", "[cli][incremental]") {
  Site site;
  Run first = site.build();
  REQUIRE(first.exit_code == 0);
  CHECK_FALSE(says(first, "（增量构建："));
  CHECK(fs::exists(site.dir / ".public.govsite-cache"));
  CHECK_FALSE(fs::exists(site.dir / "public" / ".public.govsite-cache"));

  SECTION("nothing changed: nothing is rendered or written") {
    const auto before = fs::last_write_time(site.dir / "public" / "index.html");
    Run r = site.build();
    CHECK(says(r, "（与上次构建相比没有变化）"));
    CHECK(fs::last_write_time(site.dir / "public" / "index.html") == before);
    require_incremental_equals_clean(site);
  }

  SECTION("a policy's title: its page, its interpretation's page, listings, catalog, feeds, search") {
    site.replace("content/policies/2019/sfj-2019-plan.md", "title: 市司法局2019年政务公开工作实施方案",
                 "title: 市司法局2019年政务公开工作实施方案（修订）");
    Run r = site.build();
    CHECK(says(r, "（增量构建："));
    CHECK(read(site.dir / "public/interpretations/sfj-2019-plan-jd.html").find("实施方案（修订）") !=
          std::string::npos);
    require_incremental_equals_clean(site);
  }

  SECTION("documents that others show: an interpretation and a consultation's result policy retitled") {
    // The policy page lists its interpretation (相关解读); the consultation page links the
    // policy it led to. Neither page's own file changed.
    site.replace("content/interpretations/2019/sfj-2019-plan-jd.md", "》政策解读", "》政策解读（图文版）");
    site.replace("content/policies/2019/sfj-2019-gfxwj-guiding/index.md", "title: ", "title: （修订）");
    Run r = site.build();
    CHECK(says(r, "（增量构建："));
    CHECK(read(site.dir / "public/policies/sfj-2019-plan.html").find("政策解读（图文版）") != std::string::npos);
    CHECK(read(site.dir / "public/consultations/zqyj-2019-gfxwj.html").find("（修订）") != std::string::npos);
    require_incremental_equals_clean(site);
  }

  SECTION("a body edited, then edited back") {
    const std::string rel = "content/interpretations/2019/sfj-2019-plan-jd.md";
    const std::string original = read(site.dir / rel);
    site.write(rel, original + "\n新增的一段解读内容。\n");
    require_incremental_equals_clean(site);
    site.write(rel, original);
    require_incremental_equals_clean(site);
  }

  SECTION("an attachment replaced by a new version") {
    const fs::path folder = site.dir / "content/policies/2019/sfj-2019-gfxwj-guiding";
    for (const auto& e : fs::directory_iterator(folder))
      if (e.path().extension() == ".xlsx") std::ofstream(e.path(), std::ios::app | std::ios::binary) << "v2";
    require_incremental_equals_clean(site);
  }

  SECTION("a document withdrawn, then published again: its files go, then come back") {
    const std::string rel = "content/notices/2019/tzgg-2019-zwgk-training.md";
    const std::string original = read(site.dir / rel);
    fs::remove(site.dir / rel);
    Run r = site.build();
    CHECK(says(r, "（增量构建："));
    CHECK_FALSE(fs::exists(site.dir / "public/notices/tzgg-2019-zwgk-training"));
    require_incremental_equals_clean(site);
    site.write(rel, original);
    require_incremental_equals_clean(site);
  }

  SECTION("a new document") {
    std::string text = read(site.dir / "content/notices/2019/tzgg-2019-zwgk-training.md");
    text.replace(text.find("id: tzgg-2019-zwgk-training"), 27, "id: tzgg-2019-new-notice");
    text.replace(text.find("published: 2019-09-02"), 21, "published: 2019-12-30");
    text.replace(text.find("/2019-00009"), 11, "/2019-00099");  // its own 索引号
    site.write("content/notices/2019/tzgg-2019-new-notice.md", text);
    require_incremental_equals_clean(site);
  }

  SECTION("site.yaml changed: every page renders again") {
    site.replace("site.yaml", "phone: ", "phone: 0427-0000000 转 ");
    require_incremental_equals_clean(site);
  }

  SECTION("the theme's stylesheet edited: compiled again, not kept from the last build") {
    const std::string rel = "themes/default/scss/_base.scss";
    site.write(rel, read(site.dir / rel) + "\n.govsite-test-rule { color: #123456; }\n");
    require_incremental_equals_clean(site);
    bool found = false;
    for (const auto& [path, bytes] : site.output())
      found = found || (path.rfind("css/site.", 0) == 0 && bytes.find("#123456") != std::string::npos);
    CHECK(found);
  }

  SECTION("a later build date: scheduled and expiring documents change the site") {
    require_incremental_equals_clean(site, "2020-03-01");
    require_incremental_equals_clean(site, "2019-12-31");
  }

  SECTION("an output file edited by hand: the next build is a full one and restores it") {
    fs::remove(site.dir / "public/policies/index.html");
    Run r = site.build();
    CHECK_FALSE(says(r, "（增量构建："));
    CHECK(fs::exists(site.dir / "public/policies/index.html"));
    require_incremental_equals_clean(site);
  }

  SECTION("a failed rebuild leaves the site as it was; the next good one is incremental") {
    const auto before = site.output();
    const std::string rel = "content/policies/2019/sfj-2019-plan.md";
    const std::string original = read(site.dir / rel);
    site.replace(rel, "disclosure: public", "disclosure: nonsense");
    CHECK(site.build().exit_code == 1);
    CHECK(site.output() == before);
    site.write(rel, original);
    Run r = site.build();
    CHECK(says(r, "（与上次构建相比没有变化）"));
    require_incremental_equals_clean(site);
  }

  SECTION("a cache written by another govsite binary is ignored: a full build") {
    // The cache starts with its format line, then the hash of the binary that wrote it.
    std::string cache = read(site.dir / ".public.govsite-cache");
    const size_t binary_hash = cache.find('\n') + 1;
    cache[binary_hash] = static_cast<char>(cache[binary_hash] ^ 1);
    site.write(".public.govsite-cache", cache);
    Run r = site.build();
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(says(r, "（增量构建："));
    CHECK_FALSE(says(r, "（与上次构建相比没有变化）"));
    require_incremental_equals_clean(site);
  }

  SECTION("a cache of the previous format (std::hash content hashes) is ignored: a full build") {
    std::string cache = read(site.dir / ".public.govsite-cache");
    site.write(".public.govsite-cache", "govsite-cache 7\n" + cache.substr(cache.find('\n') + 1));
    Run r = site.build();
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(says(r, "（增量构建："));
    CHECK_FALSE(says(r, "（与上次构建相比没有变化）"));
    require_incremental_equals_clean(site);
  }

  SECTION("a corrupt cache is ignored: a full build") {
    site.write(".public.govsite-cache", "govsite-cache 1\ngarbage");
    Run r = site.build();
    REQUIRE(r.exit_code == 0);
    CHECK_FALSE(says(r, "（增量构建："));
    require_incremental_equals_clean(site);
  }
}

TEST_CASE("incremental: a file unchanged in size, inode and times is not read again", "[cli][incremental]") {
  Site site;
  // A file written less than two seconds before a build is read again by the next one
  // whatever its stat says (it may have been written twice within one clock tick): wait
  // that out once, so the first build's record of every file can be trusted.
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  REQUIRE(site.build().exit_code == 0);
  // Rebuilds, and checks what --timings said, that `page` shows `text`, and that the
  // output is what a clean build writes.
  auto rebuild_shows = [&](const std::string& said, const std::string& page, const std::string& text) {
    Run r = run("build --timings --site " + site.dir.string() + " --now 2019-12-31");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(says(r, said));
    CHECK(read(site.dir / page).find(text) != std::string::npos);
    require_incremental_equals_clean(site);
  };

  // A body edit: that file alone is read, and the result is what a clean build writes.
  const std::string rel = "content/interpretations/2019/sfj-2019-plan-jd.md";
  site.write(rel, read(site.dir / rel) + "\n新增的一段解读内容。\n");
  rebuild_shows("load and parse documents (1 read; ", "public/interpretations/sfj-2019-plan-jd.html",
                "新增的一段解读内容");

  // The interpretation's title: the policy's page lists it, so that page is rendered again
  // from a file this build did not read until then.
  site.replace(rel, "title: 《市司法局2019年政务公开工作实施方案》政策解读",
               "title: 《市司法局2019年政务公开工作实施方案》政策解读（图文）");
  rebuild_shows("load and parse documents (1 read; ", "public/policies/sfj-2019-plan.html", "政策解读（图文）");

  // An edit that keeps the file's size and puts its modification time back (as cp -p or
  // tar do), made long enough before the build not to count as racy: its change time
  // still gives it away (it differs from the recorded one, and it is later than the
  // previous build: either alone catches this), and its page shows the edit.
  const fs::path plan = site.dir / "content/policies/2019/sfj-2019-plan.md";
  const auto written = fs::last_write_time(plan);
  site.replace("content/policies/2019/sfj-2019-plan.md", "深入实施政策解读制度", "深入落实政策解读制度");
  fs::last_write_time(plan, written);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  rebuild_shows("（增量构建：", "public/policies/sfj-2019-plan.html", "深入落实政策解读制度");
}

namespace {

// What a build printed, without the summary line (its time differs) and --timings lines.
std::string diagnostics_of(const Run& r) {
  std::string out, line;
  for (size_t at = 0; at < r.output.size();) {
    const size_t end = std::min(r.output.find('\n', at), r.output.size());
    line = r.output.substr(at, end - at);
    at = end + 1;
    if (line.rfind("govsite build：", 0) == 0 || line.find(" s  ") != std::string::npos) continue;
    out += line + "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("incremental: with nothing changed, the last build is repeated without loading the site",
          "[cli][incremental]") {
  Site site;
  // Content written just before the first build is racy (see the test above): wait it out.
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  const Run first = site.build();
  REQUIRE(first.exit_code == 0);
  // The sample site's two stale special columns: warnings, each with its line of site.yaml.
  const std::string warnings = diagnostics_of(first);
  REQUIRE(warnings.find("warning: 专题专栏") != std::string::npos);
  const fs::path report = site.dir / "reports/build.json";
  const std::string report_bytes = read(report);
  const auto report_time = fs::last_write_time(report);
  auto rebuild = [&] {
    Run r = run("build --timings --site " + site.dir.string() + " --now 2019-12-31");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK(says(r, "（与上次构建相比没有变化）"));
    CHECK(diagnostics_of(r) == warnings);  // the same warnings, every time
    return r;
  };

  SECTION("the same warnings, and nothing is loaded or written, reports included") {
    Run r = rebuild();
    CHECK(says(r, "nothing changed (content/ by stat, site.yaml, theme)"));
    CHECK_FALSE(says(r, "load and parse documents"));
    CHECK(fs::last_write_time(report) == report_time);
    require_incremental_equals_clean(site);
  }

  SECTION("reports/ changed by hand: the build runs and writes them again, then is quick again") {
    site.write("reports/build.json", "{}");
    Run r = rebuild();
    CHECK(says(r, "load and parse documents"));
    CHECK(read(report) == report_bytes);
    CHECK(says(rebuild(), "nothing changed (content/ by stat, site.yaml, theme)"));
  }

  SECTION("a file touched but not changed: loaded once (and found unchanged), then quick again") {
    const fs::path notice = site.dir / "content/notices/2019/tzgg-2019-zwgk-training.md";
    fs::last_write_time(notice, fs::last_write_time(notice) - std::chrono::hours(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    Run r = rebuild();
    CHECK(says(r, "load and parse documents (1 read; "));
    CHECK(says(rebuild(), "nothing changed (content/ by stat, site.yaml, theme)"));
  }

  SECTION("a changed file is never taken for unchanged") {
    site.replace("content/notices/2019/tzgg-2019-zwgk-training.md", "title: ", "title: （更新）");
    Run r = site.build();
    CHECK(says(r, "（增量构建："));
    require_incremental_equals_clean(site);
  }
}
