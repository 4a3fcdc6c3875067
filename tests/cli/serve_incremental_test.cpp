// govsite serve's incremental preview, end to end: after every kind of edit an editor
// makes (the list of incremental_test.cpp), the folder the running server serves holds
// exactly the files a clean `govsite build` of the same input writes, and it was patched
// rather than rebuilt whole; an edit saved while a rebuild runs is built too. No timing is
// asserted: every wait is a poll with a generous bound.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "cli/serve_process.h"
#include "test_files.h"

namespace fs = std::filesystem;
using namespace serve_test;

namespace {

using Tree = std::map<std::string, std::string>;

// The sample site served by `govsite serve`, whose private folder is made in a temporary
// folder of the test's own (TMPDIR), so that the test can read it.
struct Preview {
  SampleSite site;
  fs::path tmp = site.dir.string() + "-tmp";
  int port = free_port();
  std::unique_ptr<ServeProcess> server;

  explicit Preview(std::vector<std::string> env = {}, std::vector<std::string> options = {"--quiet"}) {
    fs::create_directories(tmp);
    env.push_back("TMPDIR=" + tmp.string());
    server = std::make_unique<ServeProcess>(site.dir.string(), port, options, (tmp / "serve.log").string(), env);
    REQUIRE(eventually([&] { return fs::exists(served() / "index.html"); }, 60));
  }
  ~Preview() {
    server.reset();
    std::error_code ec;
    fs::remove_all(tmp, ec);
  }

  fs::path served() const {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(tmp, ec))
      if (e.path().filename().string().rfind("govsite-serve-", 0) == 0) return e.path() / "site";
    return tmp / "not-yet";
  }
  // The served folder as it is now (empty when a file went while it was read).
  Tree served_tree() const {
    try {
      return read_tree(served());
    } catch (const fs::filesystem_error&) { return {}; }
  }
  // A clean build of the same input (outside the site folder).
  Tree clean() const {
    const fs::path out = tmp / "clean";
    fs::remove_all(out);
    Run r = run("build --clean --quiet --site " + site.dir.string() + " --now 2019-12-31 --out " + out.string());
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return read_tree(out);
  }

  void write(const std::string& rel, const std::string& text) const {
    fs::create_directories((site.dir / rel).parent_path());
    std::ofstream(site.dir / rel, std::ios::binary) << text;
  }
  void replace(const std::string& rel, const std::string& from, const std::string& to) const {
    std::string text = read(site.dir / rel);
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    write(rel, text);
  }

  // Waits until the served folder is what a clean build writes; says which files differ
  // when it never gets there.
  void require_served_equals_clean() const {
    const Tree expected = clean();
    if (eventually([&] { return served_tree() == expected; }, 60)) return;
    const Tree got = served_tree();
    INFO(read(tmp / "serve.log"));
    for (const auto& [path, bytes] : expected) {
      INFO(path);
      auto it = got.find(path);
      REQUIRE(it != got.end());
      CHECK(it->second == bytes);
    }
    for (const auto& [path, bytes] : got) {
      INFO(path);
      CHECK(expected.count(path) == 1);
    }
    FAIL("the served folder never became what a clean build writes");
  }
};

// The inode of a served file: a file the rebuild kept keeps it, a folder rebuilt whole
// has new ones.
ino_t inode(const fs::path& p) {
  struct stat st {};
  return stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

// A file of the theme's output, which no edit of content/ changes.
fs::path theme_file(const fs::path& served) {
  for (const auto& e : fs::recursive_directory_iterator(served))
    if (e.is_regular_file() && e.path().extension() == ".css") return e.path();
  FAIL("no stylesheet in the served site");
  return {};
}

}  // namespace

TEST_CASE("serve: the preview is patched incrementally and equals a clean build after every kind of edit",
          "[serve][incremental]") {
  Preview preview;
  preview.require_served_equals_clean();
  const fs::path css = theme_file(preview.served());
  const ino_t css_inode = inode(css);
  REQUIRE(css_inode != 0);

  // A policy's title: its page, its interpretation's page, listings, feeds, search.
  preview.replace("content/policies/2019/sfj-2019-plan.md", "title: 市司法局2019年政务公开工作实施方案",
                  "title: 市司法局2019年政务公开工作实施方案（修订）");
  preview.require_served_equals_clean();
  CHECK(read(preview.served() / "interpretations/sfj-2019-plan-jd.html").find("实施方案（修订）") != std::string::npos);
  // Patched, not rebuilt into a new folder: the stylesheet is the same file.
  CHECK(inode(css) == css_inode);
  // The build cache stays in the server's memory: none is written beside the folder.
  CHECK_FALSE(fs::exists(preview.served().parent_path() / ".site.govsite-cache"));

  // A body.
  const std::string body_rel = "content/interpretations/2019/sfj-2019-plan-jd.md";
  preview.write(body_rel, read(preview.site.dir / body_rel) + "\n新增的一段解读内容。\n");
  preview.require_served_equals_clean();

  // A new document.
  std::string text = read(preview.site.dir / "content/notices/2019/tzgg-2019-zwgk-training.md");
  text.replace(text.find("id: tzgg-2019-zwgk-training"), 27, "id: tzgg-2019-new-notice");
  text.replace(text.find("published: 2019-09-02"), 21, "published: 2019-12-30");
  text.replace(text.find("/2019-00009"), 11, "/2019-00099");  // its own 索引号
  preview.write("content/notices/2019/tzgg-2019-new-notice.md", text);
  preview.require_served_equals_clean();
  CHECK(fs::exists(preview.served() / "notices/tzgg-2019-new-notice.html"));

  // A deleted document: its files go.
  fs::remove(preview.site.dir / "content/notices/2019/tzgg-2019-zwgk-training.md");
  preview.require_served_equals_clean();
  CHECK_FALSE(fs::exists(preview.served() / "notices/tzgg-2019-zwgk-training.html"));

  // An attachment added to a policy, in a folder of its own.
  const std::string folder = "content/policies/2019/sfj-2019-gfxwj-guiding/";
  fs::create_directories(preview.site.dir / folder / "more");
  fs::copy_file(preview.site.dir / folder / "附件2-规范性文件台账.xlsx",
                preview.site.dir / folder / "more/附件3-汇总表.xlsx");
  preview.replace(folder + "index.md", "review:\n",
                  "  - {file: more/附件3-汇总表.xlsx, title: 附件3：汇总表}\nreview:\n");
  preview.require_served_equals_clean();
  CHECK(inode(css) == css_inode);

  // The attachment replaced by a new version: same name, new bytes (the watcher names the
  // file; only it is looked at again).
  std::ofstream(preview.site.dir / folder / "more/附件3-汇总表.xlsx", std::ios::app | std::ios::binary) << "v2";
  preview.require_served_equals_clean();
  CHECK(read(preview.served() / "policies/sfj-2019-gfxwj-guiding/more/附件3-汇总表.xlsx").find("v2") !=
        std::string::npos);

  // A broken save: the last good site stays served, its pages show the error, and the
  // save that fixes it is patched in as any other.
  const std::string broken_rel = "content/policies/2019/sfj-2019-plan.md";
  const std::string good = read(preview.site.dir / broken_rel);
  const Tree before = preview.served_tree();
  preview.replace(broken_rel, "disclosure: public", "disclosure: nonsense");
  CHECK(eventually(
      [&] { return get("127.0.0.1", preview.port, "/").find("govsite-preview-errors") != std::string::npos; }, 60));
  CHECK(preview.served_tree() == before);
  preview.write(broken_rel, good + "\n修正后的一段。\n");
  preview.require_served_equals_clean();
  CHECK(get("127.0.0.1", preview.port, "/").find("govsite-preview-errors") == std::string::npos);
  CHECK(inode(css) == css_inode);

  // site.yaml: every page renders again.
  preview.replace("site.yaml", "phone: ", "phone: 0427-0000000 转 ");
  preview.require_served_equals_clean();

  // The theme's stylesheet: compiled again, not kept from the last build.
  const std::string scss = "themes/default/scss/_base.scss";
  preview.write(scss, read(preview.site.dir / scss) + "\n.govsite-test-rule { color: #123456; }\n");
  preview.require_served_equals_clean();
  CHECK(read(theme_file(preview.served())).find("#123456") != std::string::npos);
}

TEST_CASE("serve: a document withdrawn, then published again, and one renamed: the preview equals a clean build",
          "[serve][incremental]") {
  Preview preview;
  const std::string rel = "content/notices/2019/tzgg-2019-zwgk-training.md";
  const std::string original = read(preview.site.dir / rel);
  preview.replace(rel, "disclosure: public", "disclosure: withheld\ndisclosure_reason: 涉及内部管理事项");
  preview.require_served_equals_clean();
  CHECK_FALSE(fs::exists(preview.served() / "notices/tzgg-2019-zwgk-training.html"));
  preview.write(rel, original);
  preview.require_served_equals_clean();
  CHECK(fs::exists(preview.served() / "notices/tzgg-2019-zwgk-training.html"));
  // Renamed within its folder (as a file manager does): the old path goes, the new one comes.
  fs::rename(preview.site.dir / rel, preview.site.dir / "content/notices/2019/training.md");
  preview.require_served_equals_clean();
}

TEST_CASE("serve: an edit saved while the preview rebuilds is not lost", "[serve][incremental]") {
  Preview preview;
  const std::string rel = "content/policies/2019/sfj-2019-plan.md";
  const std::string original = read(preview.site.dir / rel);
  // Each save is the same size as the one before, so only the file's times tell them
  // apart; the saves follow each other closer than a rebuild takes, so most land while
  // one runs.
  for (int i = 0; i < 8; ++i) {
    std::string text = original;
    text.insert(text.find("title: ") + 7, "第" + std::to_string(i) + "稿");
    preview.write(rel, text);
    std::this_thread::sleep_for(std::chrono::milliseconds(20 + 30 * i));
  }
  const std::string last = "第7稿";
  CHECK(eventually(
      [&] { return get("127.0.0.1", preview.port, "/policies/sfj-2019-plan.html").find(last) != std::string::npos; },
      60));
  preview.require_served_equals_clean();
}

TEST_CASE("serve: without inotify it polls, says so once, and still rebuilds incrementally", "[serve][incremental]") {
  Preview preview({"GOVSITE_WATCH=poll"});
  const fs::path css = theme_file(preview.served());
  const ino_t css_inode = inode(css);
  preview.replace("content/policies/2019/sfj-2019-plan.md", "title: 市司法局2019年政务公开工作实施方案",
                  "title: 市司法局2019年政务公开工作实施方案（修订）");
  preview.require_served_equals_clean();
  CHECK(inode(css) == css_inode);
  const std::string log = read(preview.tmp / "serve.log");
  const std::string said = "govsite serve: watching by polling every 250 ms (GOVSITE_WATCH=poll)";
  CHECK(log.find(said) != std::string::npos);
  CHECK(log.find(said) == log.rfind(said));
}

TEST_CASE("serve: an editor's hidden swap file is no save and starts no rebuild", "[serve][incremental]") {
  Preview preview({}, {});  // not --quiet: every build says so
  auto builds = [&] {
    const std::string log = read(preview.tmp / "serve.log");
    size_t n = 0;
    for (size_t at = log.find("govsite serve：已重新生成"); at != std::string::npos;
         at = log.find("govsite serve：已重新生成", at + 1))
      ++n;
    return n;
  };
  REQUIRE(eventually([&] { return builds() == 1; }));
  const std::string rel = "content/policies/2019/sfj-2019-plan.md";
  preview.write("content/policies/2019/.sfj-2019-plan.md.swp", "vim swap");
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  preview.replace(rel, "title: 市司法局2019年政务公开工作实施方案",
                  "title: 市司法局2019年政务公开工作实施方案（修订）");
  CHECK(eventually(
      [&] {
    return get("127.0.0.1", preview.port, "/policies/sfj-2019-plan.html").find("（修订）") != std::string::npos;
      },
      60));
  // The page may be served before the build's line reaches the log: wait for the line,
  // then give a third build the time to show. Had the swap file started a build of its
  // own, there would be three.
  CHECK(eventually([&] { return builds() >= 2; }));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  CHECK(builds() == 2);
}

TEST_CASE("serve --timings: every rebuild prints its stages, as build --timings does", "[serve][incremental]") {
  Preview preview({}, {"--quiet", "--timings"});
  const fs::path log = preview.tmp / "serve.log";
  // The first build: its stages (a full build), but no settling, which follows a save.
  REQUIRE(eventually([&] { return read(log).find("  tell the open pages to reload") != std::string::npos; }));
  CHECK(read(log).find("wait for the save to settle") == std::string::npos);
  preview.replace("content/policies/2019/sfj-2019-plan.md", "title: 市司法局2019年政务公开工作实施方案",
                  "title: 市司法局2019年政务公开工作实施方案（修订）");
  // --quiet leaves out the summary line, not the timings.
  REQUIRE(eventually([&] { return read(log).find("wait for the save to settle") != std::string::npos; }));
  REQUIRE(eventually([&] {
    const std::string text = read(log);
    return text.find("  tell the open pages to reload", text.find("wait for the save to settle")) != std::string::npos;
  }));
  const std::string text = read(log);
  const std::string after_save = text.substr(text.find("wait for the save to settle"));
  INFO(text);
  // The incremental rebuild's own stages, each a line "  0.012 s  stage".
  for (const char* stage :
       {"look at the saved files (content/ scan)", "look for changes", "load and parse documents", "document pages",
        "listings, catalog, site map", "link check", "write changed files", "tell the open pages to reload"}) {
    INFO(stage);
    const size_t at = after_save.find(stage);
    REQUIRE(at != std::string::npos);
    const size_t line = after_save.rfind('\n', at) + 1;
    CHECK(after_save.compare(line, 2, "  ") == 0);
    CHECK(after_save.compare(at - 4, 4, " s  ") == 0);
  }
  CHECK(text.find("govsite serve：已重新生成") == std::string::npos);
}

// How many builds published their document pages before the rest (serve --timings says so
// with a stage of its own).
size_t published_first(const Preview& preview) {
  const std::string log = read(preview.tmp / "serve.log");
  size_t n = 0;
  for (size_t at = log.find("publish the document pages first"); at != std::string::npos;
       at = log.find("publish the document pages first", at + 1))
    ++n;
  return n;
}

TEST_CASE("serve: a title or body edit's document pages are published first, and never those of a broken save",
          "[serve][incremental]") {
  Preview preview({}, {"--quiet", "--timings"});
  const std::string rel = "content/policies/2019/sfj-2019-plan.md";
  const std::string page = "/policies/sfj-2019-plan.html";
  auto served_page = [&] { return get("127.0.0.1", preview.port, page); };
  auto banner = [&] { return get("127.0.0.1", preview.port, "/").find("govsite-preview-errors") != std::string::npos; };
  CHECK(published_first(preview) == 0);  // the first build is a full one

  // A title: its pages go first, then the rest; the whole is what a clean build writes.
  preview.replace(rel, "title: 市司法局2019年政务公开工作实施方案",
                  "title: 市司法局2019年政务公开工作实施方案（一改）");
  preview.require_served_equals_clean();
  CHECK(published_first(preview) == 1);
  // A body.
  preview.write(rel, read(preview.site.dir / rel) + "\n新增的一段。\n");
  preview.require_served_equals_clean();
  CHECK(published_first(preview) == 2);

  // A new title with a body link to a page that does not exist: the error is found with
  // the document pages, before anything is published. Nothing is.
  const std::string good = read(preview.site.dir / rel);
  const Tree before = preview.served_tree();
  std::string broken = good;
  broken.replace(broken.find("（一改）"), 12, "（坏稿）");
  preview.write(rel, broken + "\n参见[另一份文件](no-such-document.md)。\n");
  REQUIRE(eventually(banner, 60));
  CHECK(read(preview.tmp / "serve.log").find("no-such-document.md") != std::string::npos);
  CHECK(served_page().find("（坏稿）") == std::string::npos);
  CHECK(preview.served_tree() == before);
  CHECK(published_first(preview) == 2);
  // The fix is published first again (only .md files changed since the last good build).
  preview.write(rel, good + "\n修正后的一段。\n");
  preview.require_served_equals_clean();
  CHECK_FALSE(banner());
  CHECK(published_first(preview) == 3);

  // Anything else in the front matter (here its topics) may change other pages than its
  // own: all is published at the end, as one.
  preview.replace(rel, "topics: [政务公开]", "topics: [政务公开, 法治建设]");
  preview.require_served_equals_clean();
  CHECK(published_first(preview) == 3);

  // A later stage reads the 执法流程图 that site.yaml names, which may be outside the
  // folders serve watches: gone, a title edit is built, fails there, and publishes nothing.
  fs::create_directories(preview.site.dir / "static");
  fs::copy_file(preview.site.dir / "data/zhifa-liucheng.svg", preview.site.dir / "static/flow.svg");
  preview.replace("site.yaml", "flowchart: data/zhifa-liucheng.svg", "flowchart: static/flow.svg");
  preview.require_served_equals_clean();
  CHECK(published_first(preview) == 3);  // site.yaml changed
  fs::remove(preview.site.dir / "static/flow.svg");
  const Tree last_good = preview.served_tree();
  preview.replace(rel, "（一改）", "（二改）");
  REQUIRE(eventually(banner, 60));
  CHECK(read(preview.tmp / "serve.log").find("static/flow.svg") != std::string::npos);
  CHECK(served_page().find("（二改）") == std::string::npos);
  CHECK(preview.served_tree() == last_good);
  CHECK(published_first(preview) == 3);
}
