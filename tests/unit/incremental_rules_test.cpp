// The incremental build's rules, on a site in memory with a fake clock (no sleeps, no
// --timings to parse): a document unchanged by its stat is not read again; one written
// within the racy window of the build that read it is; a rebuild with nothing changed
// repeats the last build without loading the site; an edited document rebuilds to exactly
// what a clean build writes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "core/virtual_file_system.h"
#include "inline_site.h"
#include "pipeline/build_site.h"
#include "pipeline/incremental_build.h"

using namespace govsite;

namespace {

constexpr int64_t kSecond = VirtualFileSystem::kSecondNs;

constexpr const char* kSite = R"(A small site: one column, three news items.
-- site.yaml --
title: 测试局
base_url: https://x.gov.cn/
organization: 测试局
site_code: "1234567890"
icp: 测ICP备1号
psb: 测公网安备1号
columns:
  - {id: c, title: 专栏, kind: news}
index_prefix: "000014349"
conac_url: https://bszs.conac.cn/sitename?method=show&id=1
interaction:
  - {title: 局长信箱, url: "https://x.gov.cn/hdjl/"}
-- content/news/a.md --
---
title: 第一条动态
type: progress
column: c
published: 2019-12-01
disclosure: public
review:
  - {stage: initial, by: 甲, date: 2019-11-28}
  - {stage: second, by: 乙, date: 2019-11-29}
  - {stage: approved, by: 丙, date: 2019-11-30}
---
第一条动态的正文。
-- content/news/b.md --
---
title: 第二条动态
type: progress
column: c
published: 2019-12-02
disclosure: public
review:
  - {stage: initial, by: 甲, date: 2019-11-28}
  - {stage: second, by: 乙, date: 2019-11-29}
  - {stage: approved, by: 丙, date: 2019-11-30}
---
第二条动态的正文。
-- content/news/c.md --
---
title: 第三条动态
type: progress
column: c
published: 2019-12-03
disclosure: public
review:
  - {stage: initial, by: 甲, date: 2019-11-28}
  - {stage: second, by: 乙, date: 2019-11-29}
  - {stage: approved, by: 丙, date: 2019-11-30}
---
第三条动态的正文。
)";

const std::string kA = "site/content/news/a.md", kB = "site/content/news/b.md", kC = "site/content/news/c.md";

struct Built {
  BuildResult result;
  std::vector<std::string> diagnostics;  // "path:line: code: message"
};

struct InMemorySite {
  VirtualFileSystem fs;

  InMemorySite() { write_inline_site(fs, "site", kSite); }

  // One `govsite build` (or `build --clean`) into `out`, the logs cleared before it.
  Built build(const std::string& out = "site/public", bool clean = false) {
    BuildRequest request;
    request.site_dir = "site";
    request.now = Date{2019, 12, 31};
    request.jobs = 2;
    IncrementalTarget target{out, "site/reports", clean};
    BuildCaches caches;
    Diagnostics diags;
    Built built;
    std::string error;
    fs.clear_logs();
    REQUIRE(build_incrementally(request, fs, target, caches, diags, built.result, error));
    for (const Diagnostic& d : diags.sorted()) {
      built.diagnostics.push_back(d.path + ":" + std::to_string(d.line) + ": " + d.code + ": " + d.message);
      INFO(built.diagnostics.back());
      CHECK(d.severity != Severity::error);
    }
    return built;
  }

  // Every file below `dir`: relative path → bytes (read without disturbing the logs
  // the test checks: it is called after them).
  std::map<std::string, std::string> tree(const std::string& dir) {
    std::map<std::string, std::string> out;
    std::vector<std::string> problems;
    for (const auto& rel : fs.list_files(dir, problems)) {
      std::string bytes, error;
      REQUIRE(fs.read_file(join_path(dir, rel), bytes, error));
      out[rel] = bytes;
    }
    return out;
  }

  void edit(const std::string& path, const std::string& from, const std::string& to) {
    std::string text, error;
    REQUIRE(fs.read_file(path, text, error));
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    fs.add(path, text);
  }

  bool read_any_below(const std::string& dir) const {
    for (const auto& path : fs.files_read())
      if (path.compare(0, dir.size() + 1, dir + "/") == 0) return true;
    return false;
  }
};

}  // namespace

// A rebuild reads a document kept by its stat only to cut its body for a page rendered
// again; a page kept too leaves it unread. The whole-build tests below change every
// document page or none: a page kept from the previous build has its search text read
// back from the previous output by outputs/search_index.cpp, which still reads the real
// disk, not the build's FileSystem. The stat rule is checked at the stage that applies it.

TEST_CASE("incremental rules: a document unchanged by its stat is not read to load the site", "[incremental][disk]") {
  InMemorySite site;
  site.fs.tick(10 * kSecond);  // the site was written well before the first build
  Built first = site.build();
  CHECK_FALSE(first.result.incremental);
  CHECK(site.fs.was_read(kA));
  CHECK(site.fs.was_read(kB));

  site.fs.tick(10 * kSecond);
  site.edit(kB, "第二条动态的正文。", "第二条动态的正文，改过了。");
  site.fs.tick(10 * kSecond);
  // The next build's loading, as build_site() does it with the cache the first one left.
  std::optional<BuildCache> previous = read_build_cache(site.fs, "site/public");
  REQUIRE(previous);
  BuildCache next;
  BuildRequest request;
  request.site_dir = "site";
  request.now = Date{2019, 12, 31};
  request.previous = &*previous;
  request.next = &next;
  Diagnostics diags;
  site.fs.clear_logs();
  std::optional<LoadedSite> loaded = load_site(site.fs, request, diags);
  REQUIRE(loaded);
  CHECK(site.fs.was_read(kB));  // its stat changed
  // Same size, times and inode as the first build found them, and older than its window:
  // taken from the cache as they were parsed.
  CHECK_FALSE(site.fs.was_read(kA));
  CHECK_FALSE(site.fs.was_read(kC));
  REQUIRE(loaded->model.docs.size() == 3);
  bool a_loaded = false;
  for (const auto& d : loaded->model.docs) a_loaded |= d.title == "第一条动态";
  CHECK(a_loaded);
  CHECK(loaded->cache_entries.count("content/news/a.md") == 1);
}

TEST_CASE("incremental rules: documents kept by their stat rebuild the site unread but for their bodies",
          "[incremental][disk]") {
  InMemorySite site;
  site.fs.tick(10 * kSecond);
  site.build();
  site.fs.tick(10 * kSecond);
  site.edit("site/site.yaml", "title: 测试局", "title: 测试市测试局");  // every page changes
  site.fs.tick(10 * kSecond);
  Built second = site.build();
  CHECK(second.result.incremental);
  CHECK(second.result.counts.documents == 3);
  // Each read once, for the page's body, not twice (to parse it, then for the body).
  const std::vector<std::string> read = site.fs.files_read();
  for (const std::string& path : {kA, kB, kC}) CHECK(std::count(read.begin(), read.end(), path) == 1);
  CHECK(site.tree("site/public").at("progress/a.html").find("测试市测试局") != std::string::npos);
}

TEST_CASE("incremental rules: a document written within the racy window is read again", "[incremental][disk]") {
  InMemorySite site;
  site.fs.tick(10 * kSecond);
  // a.md written one second before the build reads content/: a second write in the same
  // clock tick would leave its stat as it is, so its stat cannot vouch for it next time.
  site.edit(kA, "第一条动态的正文。", "第一条动态的正文！");
  site.fs.tick(kSecond);
  site.build();

  site.fs.tick(10 * kSecond);
  Built second = site.build();  // nothing changed, but the quick check cannot tell
  CHECK(site.fs.was_read(kA));
  CHECK_FALSE(site.fs.was_read(kB));  // written long before: trusted by its stat
  CHECK(second.result.unchanged);
  CHECK_FALSE(site.read_any_below("site/public"));

  // The second build recorded a.md's stat, now long before it read content/: trusted.
  site.fs.tick(10 * kSecond);
  Built third = site.build();
  CHECK(third.result.unchanged);
  CHECK_FALSE(site.fs.was_read(kA));

  SECTION("just outside the window: trusted at once") {
    InMemorySite other;
    other.fs.tick(10 * kSecond);
    other.edit(kA, "第一条动态的正文。", "第一条动态的正文！");
    other.fs.tick(2 * kSecond + 1);
    other.build();
    other.fs.tick(10 * kSecond);
    other.build();
    CHECK_FALSE(other.fs.was_read(kA));
  }
}

TEST_CASE("incremental rules: nothing changed repeats the last build without loading the site", "[incremental][disk]") {
  InMemorySite site;
  site.fs.tick(10 * kSecond);
  Built first = site.build();
  const auto output = site.tree("site/public");

  site.fs.tick(10 * kSecond);
  Built again = site.build();
  CHECK(again.result.unchanged);
  CHECK_FALSE(site.read_any_below("site/content"));  // not one document read
  CHECK(site.fs.files_written().empty());            // not the output, the reports or the cache
  CHECK(again.result.counts.documents == first.result.counts.documents);
  CHECK(again.result.counts.pages_written == first.result.counts.pages_written);
  CHECK(again.diagnostics == first.diagnostics);  // printed again as they were
  CHECK(site.tree("site/public") == output);

  SECTION("a file touched (a new stat, the same bytes): read, and still nothing rewritten") {
    std::string text, error;
    REQUIRE(site.fs.read_file(kC, text, error));
    site.fs.add(kC, text);
    site.fs.tick(10 * kSecond);
    Built touched = site.build();
    CHECK(site.fs.was_read(kC));
    CHECK(touched.result.unchanged);
    for (const auto& path : site.fs.files_written()) CHECK(path.compare(0, 12, "site/public/") != 0);
  }
}

TEST_CASE("incremental rules: edited documents rebuild to what a clean build writes", "[incremental][disk]") {
  InMemorySite site;
  site.fs.tick(10 * kSecond);
  site.build();
  site.fs.tick(10 * kSecond);
  site.edit(kA, "第一条动态的正文。", "第一条动态的正文，增加了一句。");
  site.edit(kB, "title: 第二条动态", "title: 第二条动态（修订）");
  std::string error;
  REQUIRE(site.fs.remove_file(kC, error));  // withdrawn: its page goes
  site.fs.add("site/content/news/d.md", R"(---
title: 第四条动态
type: progress
column: c
published: 2019-12-04
disclosure: public
review:
  - {stage: initial, by: 甲, date: 2019-11-28}
  - {stage: second, by: 乙, date: 2019-11-29}
  - {stage: approved, by: 丙, date: 2019-11-30}
---
第四条动态的正文。
)");
  site.fs.tick(10 * kSecond);
  Built rebuilt = site.build();
  CHECK(rebuilt.result.incremental);
  CHECK(rebuilt.result.files_changed > 0);
  CHECK(rebuilt.result.files_deleted > 0);

  site.build("site/clean", /*clean=*/true);
  const auto incremental = site.tree("site/public");
  const auto clean = site.tree("site/clean");
  CHECK(incremental.count("progress/c.html") == 0);
  CHECK(incremental.at("index.html").find("第二条动态（修订）") != std::string::npos);
  REQUIRE(incremental.size() == clean.size());
  for (const auto& [path, bytes] : clean) {
    INFO(path);
    auto it = incremental.find(path);
    REQUIRE(it != incremental.end());
    CHECK(it->second == bytes);
  }
}
