// The Markdown shapes that Debian's cmark-gfm parses in quadratic time or unbounded memory,
// through the real binary: each is refused with `markdown-too-complex` and its line, no site
// is written, and the build's peak memory stays small. Each document is large enough to
// have taken many seconds or gigabytes before. Time is not asserted (CI machines are
// noisy); a watchdog only keeps a regression from hanging the suite.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "cli/govsite_binary.h"
#include "temp_site.h"

namespace fs = std::filesystem;
extern char** environ;

namespace {

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

struct Child {
  int exit_code = -1;
  long max_rss_kb = 0;
  bool killed = false;
  std::string output;
};

// Runs govsite with `args`, output to a file, and returns its exit code and peak memory
// (the child's own ru_maxrss, from wait4).
Child run_measured(const std::vector<std::string>& args, const fs::path& log) {
  const std::string binary = GOVSITE_BINARY;
  std::vector<std::string> all = {binary};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  pid_t pid;
  Child c;
  const int spawned = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  REQUIRE(spawned == 0);
  int status = 0;
  struct rusage usage {};
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::minutes(5);
  while (wait4(pid, &status, WNOHANG, &usage) == 0) {
    if (std::chrono::steady_clock::now() > give_up) {
      kill(pid, SIGKILL);
      c.killed = true;
      wait4(pid, &status, 0, &usage);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  c.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  c.max_rss_kb = usage.ru_maxrss;
  std::ifstream in(log);
  c.output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return c;
}

}  // namespace

TEST_CASE("markdown limits: every pathological shape is refused with its line, in bounded memory",
          "[hostile][markdown-limits]") {
  const TempSite site("limits");
  const fs::path& dir = site.dir;
  // Front matter of 10 lines: the body's second line is the file's line 12.
  auto doc = [&](const std::string& name, const std::string& shape) {
    std::ofstream(dir / "content" / (name + ".md"), std::ios::binary)
        << "---\ntitle: 测试\ntype: page\npublished: 2019-01-02\ndisclosure: public\nreview:\n"
           "  - {stage: initial, by: 甲, date: 2019-01-01}\n  - {stage: second, by: 乙, date: 2019-01-01}\n"
           "  - {stage: approved, by: 丙, date: 2019-01-01}\n---\n正文\n"
        << shape;
  };
  // Before: 19 s for 80,000 repeats (GHSA-r572-jvj2-3m8p).
  doc("image-brackets", repeat("![[]()", 80000));
  // Before: 1.28 GB and a 40 MB page from 12 KB (every row filled to the header's width).
  doc("wide-table", "|" + repeat("a|", 2000) + "\n|" + repeat("-|", 2000) + "\n" + repeat("x\n", 2000));
  doc("many-cells", "|" + repeat("a|", 100) + "\n|" + repeat("-|", 100) + "\n" + repeat("x\n", 100000));
  // Before: 5.5 s and more than 30 s.
  doc("header-pipes", std::string(40000, '|') + "\n-|-\n");
  doc("header-again", repeat("a|b\n-|-|-\n", 20000));
  // Before: 8.3 s and 1.9 s (GHSA-24f7-9frr-5h2r).
  doc("cdata", repeat("a <![CDATA[", 40000));
  doc("processing", repeat("a <?", 40000));
  // Before: more than 20 s each (GHSA-66g8-4hjf-77xh).
  doc("nested-lines", repeat(" -", 20000) + "x" + std::string(20000, '\n'));
  doc("nested-marks", std::string(20000, '>') + repeat("a*", 20000));
  // Before: 2.3 s for 80 KB, quadratic.
  doc("address", "www.a" + std::string(80000, ')'));
  // Before: 516 MB and 340 MB.
  doc("marks", std::string(3000000, '&'));
  doc("lines", repeat("a\n", 1000000));

  const Child c = run_measured({"build", "--site", dir.string(), "--now", "2020-01-01"}, dir / "log.txt");
  INFO(c.output.substr(0, 3000));
  CHECK_FALSE(c.killed);
  CHECK(c.exit_code == 1);
  CHECK_FALSE(fs::exists(dir / "public"));
  for (const char* expected :
       {"content/image-brackets.md:12:", "content/wide-table.md:13:1: error: 这个表格有 2000 列，最多只能有 100 列",
        "content/many-cells.md:", "content/header-pipes.md:12:1: error: 这个表格的表头有 39999 个单元格",
        "content/header-again.md:", "content/cdata.md:12:", "content/processing.md:12:", "content/nested-lines.md:",
        "content/nested-marks.md:12:1:", "content/address.md:12:1:", "content/marks.md:12:500001:",
        "content/lines.md:"}) {
    CHECK(c.output.find(expected) != std::string::npos);
  }
  // Measured at about 90 MB; before, these documents took gigabytes (or were killed).
  CHECK(c.max_rss_kb < 400 * 1024);
}
