// VirtualFileSystem (core/virtual_file_system.h) behaves as the disk does where the build
// relies on it: stats with times from its clock, atomic renames and exchanges, folders, and
// the log of what was read and written. And the inline-site helper (tests/inline_site.h).
#include <catch2/catch.hpp>

#include "core/virtual_file_system.h"
#include "inline_site.h"

using namespace govsite;

TEST_CASE("virtual file system: stat times come from its clock, which only tick() moves", "[disk]") {
  VirtualFileSystem fs;
  fs.add("site/a.md", "一");
  FileStat a;
  REQUIRE(fs.stat_file("site/a.md", a));
  CHECK(a.size == 3);
  CHECK(a.mtime_ns == fs.now_ns());
  CHECK(a.inode != 0);
  CHECK_FALSE(fs.stat_file("site/missing.md", a));
  CHECK_FALSE(fs.stat_file("site", a));  // a folder is no regular file

  fs.tick(VirtualFileSystem::kSecondNs);
  fs.add("site/a.md", "二");  // rewritten: same size and inode, a new time
  FileStat again;
  REQUIRE(fs.stat_file("site/a.md", again));
  CHECK(again.inode == a.inode);
  CHECK(again.mtime_ns == a.mtime_ns + VirtualFileSystem::kSecondNs);
  CHECK(fs.stamp("site/a.md") != "");

  fs.add("site/a.md", "三");  // the same tick: the stat cannot tell (the racy case)
  FileStat same;
  REQUIRE(fs.stat_file("site/a.md", same));
  CHECK(same == again);
}

TEST_CASE("virtual file system: logs the files read and written, not those listed or stat'ed", "[disk]") {
  VirtualFileSystem fs;
  fs.add("site/a.md", "a");
  fs.add("site/b.md", "b");
  CHECK(fs.files_written().empty());  // add() sets up, it is not the build's writing
  std::vector<std::string> problems;
  CHECK(fs.list_files("site", problems) == std::vector<std::string>{"a.md", "b.md"});
  FileStat st;
  fs.stat_file("site/b.md", st);
  std::string bytes, error;
  REQUIRE(fs.read_file("site/a.md", bytes, error));
  CHECK(fs.was_read("site/a.md"));
  CHECK_FALSE(fs.was_read("site/b.md"));
  CHECK_FALSE(fs.read_file("site/none.md", bytes, error));
  CHECK_FALSE(error.empty());

  REQUIRE(fs.write_file("site/c.md", "c", error));
  CHECK_FALSE(fs.write_file("nowhere/c.md", "c", error));  // no such folder, as on disk
  auto file = fs.create_file("site/d.bin", error);
  REQUIRE(file);
  file->append("d1");
  file->append("d2");
  CHECK_FALSE(fs.is_file("site/d.bin"));  // not there before it is closed
  REQUIRE(file->close(error));
  CHECK(fs.files_written() == std::vector<std::string>{"site/c.md", "site/d.bin"});
  SharedBytes shared;
  REQUIRE(fs.read_shared("site/d.bin", shared, error));
  CHECK(shared.bytes == "d1d2");

  fs.clear_logs();
  CHECK(fs.files_read().empty());
  CHECK(fs.files_written().empty());
}

TEST_CASE("virtual file system: folders, renames, exchanges and removals", "[disk]") {
  VirtualFileSystem fs;
  std::string error;
  fs.add("site/public/index.html", "old");
  REQUIRE(fs.make_directories("site/.public.staging/sub", error));
  CHECK(fs.is_directory("site/.public.staging/sub"));
  REQUIRE(fs.write_file("site/.public.staging/index.html", "new", error));

  REQUIRE(fs.exchange("site/.public.staging", "site/public", error));
  std::string bytes;
  REQUIRE(fs.read_file("site/public/index.html", bytes, error));
  CHECK(bytes == "new");
  CHECK(fs.is_directory("site/public/sub"));
  REQUIRE(fs.read_file("site/.public.staging/index.html", bytes, error));
  CHECK(bytes == "old");
  REQUIRE(fs.remove_tree("site/.public.staging", error));
  CHECK_FALSE(fs.exists("site/.public.staging"));

  const int64_t written = [&] {
    FileStat st;
    fs.stat_file("site/public/index.html", st);
    return st.mtime_ns;
  }();
  fs.tick();
  REQUIRE(fs.rename("site/public/index.html", "site/public/sub/moved.html", error));
  FileStat moved;
  REQUIRE(fs.stat_file("site/public/sub/moved.html", moved));
  CHECK(moved.mtime_ns == written);  // a rename keeps the file's time
  CHECK_FALSE(fs.is_file("site/public/index.html"));

  CHECK_FALSE(fs.remove_empty_directory("site/public/sub"));  // not empty
  REQUIRE(fs.remove_file("site/public/sub/moved.html", error));
  REQUIRE(fs.remove_file("site/public/sub/moved.html", error));  // gone already: fine
  CHECK(fs.remove_empty_directory("site/public/sub"));
  CHECK_FALSE(fs.is_directory("site/public/sub"));
}

TEST_CASE("inline site: files split at \"-- path --\" lines, the text before them a comment", "[disk]") {
  const auto files = parse_inline_site(
      "A comment.\n"
      "-- site.yaml --\n"
      "title: 测试\n"
      "-- content/a.md --\n"
      "---\ntitle: 一\n---\n正文\n"
      "-- empty.txt --\n");
  REQUIRE(files.size() == 3);
  CHECK(files.at("site.yaml") == "title: 测试\n");
  CHECK(files.at("content/a.md") == "---\ntitle: 一\n---\n正文\n");
  CHECK(files.at("empty.txt").empty());
  CHECK_THROWS(parse_inline_site("-- a --\n-- a --\n"));

  VirtualFileSystem fs;
  write_inline_site(fs, "site", "-- content/a.md --\n正文\n");
  std::string bytes, error;
  REQUIRE(fs.read_file("site/content/a.md", bytes, error));
  CHECK(bytes == "正文\n");
}
