// Runs the real govsite binary (GOVSITE_BINARY) for the end-to-end tests.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <stdexcept>
#include <string>

struct Run {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// `args` is passed to the shell as written (quote paths with spaces yourself).
inline Run run(const std::string& args) {
  Run r;
  std::FILE* p = popen((std::string(GOVSITE_BINARY) + " " + args + " 2>&1").c_str(), "r");
  if (!p) throw std::runtime_error("popen failed");
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}
