// serve's scan of content/, kept between rebuilds and brought up to date from the paths the
// watcher (real inotify) reports, must be the scan a fresh scan_content() makes after each
// kind of change; and where the paths cannot tell (a folder made, a link), it says so. The
// update runs on the VirtualFileSystem too, where its clock decides the stats.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>

#include "content/load_documents.h"
#include "core/file_system.h"
#include "core/virtual_file_system.h"
#include "serve/content_scan_update.h"
#include "serve/site_watcher.h"

namespace fs = std::filesystem;
using namespace govsite;

namespace {

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

void require_same(const ContentScan& updated, const ContentScan& fresh) {
  REQUIRE(updated.found == fresh.found);
  REQUIRE(updated.markdown == fresh.markdown);
  REQUIRE(updated.files == fresh.files);
  CHECK(updated.stamps == fresh.stamps);
  CHECK(updated.problems == fresh.problems);
  CHECK(updated.has_stat == fresh.has_stat);
  REQUIRE(updated.stats.size() == fresh.stats.size());
  for (size_t i = 0; i < fresh.stats.size(); ++i) {
    INFO(fresh.markdown[i]);
    CHECK(updated.stats[i] == fresh.stats[i]);
  }
}

}  // namespace

TEST_CASE("serve: the content scan updated from the watcher's paths equals a fresh scan", "[serve][incremental]") {
  char tmpl[] = "/tmp/govsite-scan-XXXXXX";
  const fs::path dir = mkdtemp(tmpl);
  const std::string site = dir.string();
  write(dir / "site.yaml", "title: x\n");
  write(dir / "content/policies/2024/a.md", "---\ntitle: a\n---\n");
  write(dir / "content/policies/2024/c.md", "---\ntitle: c\n---\n");
  write(dir / "content/policies/2024/c/附件1.pdf", "%PDF-1.4");
  write(dir / "content/notices/n.md", "---\ntitle: n\n---\n");
  RealFileSystem files;
  SiteWatcher watcher(site);
  REQUIRE_FALSE(watcher.polling());
  ContentScan scan = scan_content(files, site, 1);
  std::atomic<bool> stop{false};

  // Waits for the watcher to see the edit just made, and updates the scan from its paths.
  auto update = [&] {
    REQUIRE(watcher.wait_for_change(stop, std::chrono::milliseconds(20)));
    const SiteChanges changes = watcher.take_changes();
    REQUIRE_FALSE(changes.everything);
    REQUIRE_FALSE(changes.paths.empty());
    REQUIRE(update_content_scan(scan, files, site, changes.paths));
    require_same(scan, scan_content(files, site, 1));
  };

  SECTION("every kind of edit of a file") {
    write(dir / "content/policies/2024/a.md", "---\ntitle: a, edited\n---\n");  // edited
    update();
    write(dir / "content/policies/2024/b.md", "---\ntitle: b\n---\n");  // new, between two others
    update();
    fs::remove(dir / "content/policies/2024/c.md");  // deleted
    update();
    write(dir / "content/policies/2024/c/附件2.xlsx", "xlsx");  // a new attachment
    update();
    write(dir / "content/policies/2024/c/附件1.pdf", "%PDF-1.7 longer");  // an attachment replaced
    update();
    fs::rename(dir / "content/notices/n.md", dir / "content/notices/m.md");  // renamed
    update();
    write(dir / "content/notices/.m.md.swp", "swap");  // hidden: the build reads none
    write(dir / "content/notices/m.md", "---\ntitle: m\n---\n");
    update();
    write(dir / "site.yaml", "title: y\n");  // no file of content/
    update();
  }

  SECTION("a new folder cannot be told by paths: everything") {
    write(dir / "content/consultations/x.md", "---\ntitle: x\n---\n");
    REQUIRE(watcher.wait_for_change(stop, std::chrono::milliseconds(20)));
    CHECK(watcher.take_changes().everything);
  }

  SECTION("a link is left to a full scan, which checks where it points") {
    fs::create_symlink("/etc/hostname", dir / "content/notices/link.md");
    REQUIRE(watcher.wait_for_change(stop, std::chrono::milliseconds(20)));
    const SiteChanges changes = watcher.take_changes();
    REQUIRE_FALSE(changes.everything);
    CHECK_FALSE(update_content_scan(scan, files, site, changes.paths));
  }

  SECTION("the changes are taken once") {
    write(dir / "content/policies/2024/a.md", "---\ntitle: a, edited\n---\n");
    update();
    const SiteChanges again = watcher.take_changes();
    CHECK_FALSE(again.everything);
    CHECK(again.paths.empty());
  }
  fs::remove_all(dir);
}

TEST_CASE("serve: the content scan update runs on the virtual file system", "[serve][incremental][disk]") {
  VirtualFileSystem disk;
  disk.add("site/site.yaml", "title: x\n");
  disk.add("site/content/policies/2024/a.md", "---\ntitle: a\n---\n");
  disk.add("site/content/policies/2024/c.md", "---\ntitle: c\n---\n");
  disk.add("site/content/policies/2024/c/附件1.pdf", "%PDF-1.4");
  disk.add("site/content/notices/n.md", "---\ntitle: n\n---\n");
  ContentScan scan = scan_content(disk, "site", 1);
  REQUIRE(scan.markdown.size() == 3);
  std::string error;

  // Updates the scan from `paths` (what the watcher would report) a tick after the edit.
  auto update = [&](std::vector<std::string> paths) {
    disk.tick();
    REQUIRE(update_content_scan(scan, disk, "site", paths));
    CHECK(scan.started_at_ns == disk.now_ns());
    require_same(scan, scan_content(disk, "site", 1));
  };

  SECTION("every kind of edit of a file") {
    disk.add("site/content/policies/2024/a.md", "---\ntitle: a, edited\n---\n");
    update({"content/policies/2024/a.md"});
    disk.add("site/content/policies/2024/b.md", "---\ntitle: b\n---\n");
    update({"content/policies/2024/b.md"});
    REQUIRE(disk.remove_file("site/content/policies/2024/c.md", error));
    update({"content/policies/2024/c.md"});
    disk.add("site/content/policies/2024/c/附件2.xlsx", "xlsx");
    update({"content/policies/2024/c/附件2.xlsx"});
    disk.add("site/content/policies/2024/c/附件1.pdf", "%PDF-1.7 longer");
    update({"content/policies/2024/c/附件1.pdf"});
    REQUIRE(disk.rename("site/content/notices/n.md", "site/content/notices/m.md", error));
    update({"content/notices/n.md", "content/notices/m.md"});
    disk.add("site/content/notices/.m.md.swp", "swap");
    update({"content/notices/.m.md.swp", "site.yaml"});
    REQUIRE(disk.remove_file("site/content/policies/2024/c/附件1.pdf", error));
    update({"content/policies/2024/c/附件1.pdf", "content/policies/2024/none.md"});
  }

  SECTION("a folder cannot be told by its path: the caller scans content/ whole") {
    disk.add("site/content/consultations/x.md", "---\ntitle: x\n---\n");
    CHECK_FALSE(update_content_scan(scan, disk, "site", {"content/consultations"}));
  }
}
