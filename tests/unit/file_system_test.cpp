// RealFileSystem::read_file: every byte of a file, whatever its size, and files whose size
// the kernel does not report (under /proc). And the writing half of FileSystem, which must
// answer alike on the real disk and on the VirtualFileSystem the unit tests build on.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "core/file_system.h"
#include "core/virtual_file_system.h"

using namespace govsite;
namespace fs = std::filesystem;

TEST_CASE("read_file reads a file whole, at and around the read buffer's sizes", "[file_system]") {
  const fs::path dir = fs::temp_directory_path() / ("govsite-read-file-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  RealFileSystem real;
  for (size_t size : {size_t{0}, size_t{1}, size_t{4095}, size_t{4096}, size_t{4097}, size_t{8192}, size_t{1} << 20}) {
    std::string bytes(size, '\0');
    for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i * 7 % 26);
    const fs::path file = dir / ("f" + std::to_string(size));
    std::ofstream(file, std::ios::binary) << bytes;
    std::string read, error;
    INFO(size);
    REQUIRE(real.read_file(file.string(), read, error));
    CHECK(read.size() == size);
    CHECK(read == bytes);
    CHECK(read.capacity() < size + 4096 + 32);  // no doubled buffer left behind
  }
  std::string read, error;
  CHECK_FALSE(real.read_file((dir / "missing").string(), read, error));
  CHECK_FALSE(error.empty());
  fs::remove_all(dir);
}

TEST_CASE("read_file reads files that report size 0 (/proc) to their end", "[file_system]") {
  RealFileSystem real;
  std::string status, error;
  REQUIRE(real.read_file("/proc/self/status", status, error));
  CHECK(status.find("Name:") == 0);
  CHECK(status.find("VmRSS:") != std::string::npos);  // well past the first line
}

namespace {

// What the build does to the disk, done on `fs` below `root` (an existing, empty folder):
// the same steps must give the same answers on the real disk and on the virtual one.
void exercise_writing(FileSystem& fs, const std::string& root) {
  std::string error, bytes;
  const std::string out = root + "/public", staging = root + "/.public.staging";
  REQUIRE(fs.make_directories(out + "/a/b", error));
  CHECK(fs.is_directory(out + "/a/b"));
  REQUIRE(fs.make_directory(out + "/a", error));  // already there: fine
  CHECK_FALSE(fs.make_directory(root + "/none/x", error));
  REQUIRE(fs.write_file(out + "/a/b/page.html", "old", error));
  CHECK_FALSE(fs.write_file(root + "/none/page.html", "x", error));
  CHECK_FALSE(error.empty());

  auto file = fs.create_file(root + "/cache.new", error);
  REQUIRE(file);
  CHECK(file->append("part 1, "));
  CHECK(file->append("part 2"));
  REQUIRE(file->close(error));
  REQUIRE(fs.rename(root + "/cache.new", root + "/cache", error));
  CHECK_FALSE(fs.exists(root + "/cache.new"));
  SharedBytes shared;
  REQUIRE(fs.read_shared(root + "/cache", shared, error));
  CHECK(shared.bytes == "part 1, part 2");
  CHECK_FALSE(fs.read_shared(root + "/missing", shared, error));
  FileStat st;
  REQUIRE(fs.stat_file(root + "/cache", st));
  CHECK(st.size == 14);
  CHECK(st.mtime_ns <= fs.now_ns());

  REQUIRE(fs.make_directory(staging, error));
  REQUIRE(fs.write_file(staging + "/index.html", "new", error));
  REQUIRE(fs.exchange(staging, out, error));
  REQUIRE(fs.read_file(out + "/index.html", bytes, error));
  CHECK(bytes == "new");
  CHECK(fs.is_file(staging + "/a/b/page.html"));
  REQUIRE(fs.remove_tree(staging, error));
  CHECK_FALSE(fs.exists(staging));
  REQUIRE(fs.remove_tree(staging, error));  // nothing there: fine

  CHECK_FALSE(fs.is_directory(out + "/a"));  // it went with the old output
  REQUIRE(fs.make_directory(out + "/a", error));
  REQUIRE(fs.write_file(out + "/a/gone.html", "x", error));
  CHECK_FALSE(fs.remove_empty_directory(out + "/a"));
  REQUIRE(fs.remove_file(out + "/a/gone.html", error));
  REQUIRE(fs.remove_file(out + "/a/gone.html", error));  // gone already: fine
  CHECK(fs.remove_empty_directory(out + "/a"));
  CHECK_FALSE(fs.exists(out + "/a"));
  std::vector<std::string> problems;
  CHECK(fs.list_files(out, problems) == std::vector<std::string>{"index.html"});

  CHECK(fs.entry_kind(out + "/index.html") == EntryKind::file);
  CHECK(fs.entry_kind(out) == EntryKind::folder);
  CHECK(fs.entry_kind(out + "/none.html") == EntryKind::missing);
  CHECK(fs.entry_kind(out + "/index.html/x") == EntryKind::missing);  // a file on the way
}

}  // namespace

TEST_CASE("the real and the virtual file system write, rename, exchange and remove alike", "[file_system][disk]") {
  SECTION("real") {
    const fs::path dir = fs::temp_directory_path() / ("govsite-writing-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    RealFileSystem real;
    exercise_writing(real, dir.string());
    // What only the real disk has: links (not followed, dangling or not) and other kinds.
    fs::create_symlink(dir / "public/index.html", dir / "link.html");
    CHECK(real.entry_kind((dir / "link.html").string()) == EntryKind::link);
    fs::create_symlink(dir / "none", dir / "dangling.html");
    CHECK(real.entry_kind((dir / "dangling.html").string()) == EntryKind::link);
    fs::create_directory_symlink(dir / "public", dir / "linked-folder");
    CHECK(real.entry_kind((dir / "linked-folder").string()) == EntryKind::link);
    CHECK(real.entry_kind("/dev/null") == EntryKind::other);
    CHECK(real.entry_kind((dir / std::string(5000, 'x')).string()) == EntryKind::unknown);  // name too long
    fs::remove_all(dir);
  }
  SECTION("virtual") {
    VirtualFileSystem memory;
    std::string error;
    REQUIRE(memory.make_directory("tmp", error));
    exercise_writing(memory, "tmp");
  }
}

TEST_CASE("the real file system makes files and folders as the umask says, as fopen and mkdir do", "[file_system]") {
  const fs::path dir = fs::temp_directory_path() / ("govsite-umask-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  RealFileSystem real;
  auto mode_of = [](const fs::path& p) {
    struct stat st;
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
  };
  for (const mode_t mask : {mode_t{022}, mode_t{002}, mode_t{077}}) {
    INFO("umask " << std::oct << mask);
    const mode_t before = ::umask(mask);
    const fs::path folder = dir / ("m" + std::to_string(mask));
    std::string error;
    const bool made = real.make_directory(folder.string(), error);
    const bool written = made && real.write_file((folder / "page.html").string(), "x", error);
    auto file = made ? real.create_file((folder / "cache").string(), error) : nullptr;
    const bool closed = file && file->append("y") && file->close(error);
    ::umask(before);
    REQUIRE(made);
    REQUIRE(written);
    REQUIRE(closed);
    CHECK(mode_of(folder) == (0777 & ~mask));
    CHECK(mode_of(folder / "page.html") == (0666 & ~mask));
    CHECK(mode_of(folder / "cache") == (0666 & ~mask));
  }
  fs::remove_all(dir);
}
