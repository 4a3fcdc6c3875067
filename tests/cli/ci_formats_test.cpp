// govsite check --format github|gitlab through the real binary, as a CI job runs it from
// the repository's folder.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "test_files.h"

namespace {

// The binary run after `prefix` (e.g. "cd DIR && "), with stdout and stderr as the args say.
Run run_in(const std::string& prefix, const std::string& args) {
  Run r;
  std::FILE* p = popen((prefix + GOVSITE_BINARY + " " + args).c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

TEST_CASE("cli: check --format github annotates the broken line and the exit code stays 1", "[cli][ci-format]") {
  SampleSite s;
  std::ofstream(s.dir / "content/bad.md")
      << "---\ntitle: 坏\ntype: notice\npublished: 2019-13-01\ndisclosure: public\n---\n";
  const std::string in_site = "cd " + s.dir.string() + " && ";
  Run r = run_in(in_site, "check --now 2019-12-31 --format github 2>/dev/null");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("::error file=content/bad.md,line=4,col=12,title=bad-date::“published”应为日期") !=
        std::string::npos);
  // Only annotations on standard output: every line is a workflow command.
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);) CHECK(line.rfind("::", 0) == 0);

  // From the repository's root, with the site in a sub-folder, paths start at the root.
  Run from_parent = run_in("cd " + s.dir.parent_path().string() + " && ",
                           "check --site " + s.dir.filename().string() +
                               " --now 2019-12-31 --format github 2>/dev/null");
  CHECK(from_parent.output.find("::error file=" + s.dir.filename().string() + "/content/bad.md,line=4,") !=
        std::string::npos);
}

TEST_CASE("cli: check --format gitlab writes one Code Quality JSON array", "[cli][ci-format]") {
  SampleSite s;
  std::ofstream(s.dir / "content/bad.md")
      << "---\ntitle: 坏\ntype: notice\npublished: 2019-13-01\ndisclosure: public\n---\n";
  Run r = run_in("cd " + s.dir.string() + " && ", "check --now 2019-12-31 --format gitlab 2>/dev/null");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.front() == '[');
  CHECK(r.output.substr(r.output.size() - 2) == "]\n");
  CHECK(r.output.find("\"check_name\":\"bad-date\"") != std::string::npos);
  CHECK(r.output.find("\"location\":{\"path\":\"content/bad.md\",\"lines\":{\"begin\":4}}") != std::string::npos);

  std::filesystem::remove(s.dir / "content/bad.md");
  Run clean = run_in("cd " + s.dir.string() + " && ", "check --now 2019-12-31 --format gitlab 2>/dev/null");
  CHECK(clean.exit_code == 0);
  CHECK(clean.output.find("\"check_name\":\"stale-column\"") != std::string::npos);  // warnings are reported too
  CHECK(run("check --format yaml").exit_code == 2);
}
