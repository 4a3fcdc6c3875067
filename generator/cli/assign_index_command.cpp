#include "cli/assign_index_command.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/cli.h"
#include "cli/command_support.h"
#include "core/diagnostic_printer.h"
#include "core/file_system.h"
#include "core/system_error.h"
#include "model/index_assignment.h"
#include "pipeline/build_site.h"

namespace govsite {

int run_assign_index(const Options& o) {
  auto request = make_request(o);
  if (!request) return kExitUsage;
  RealFileSystem fs_real;
  Diagnostics diags;
  auto site = load_site(fs_real, *request, diags);
  if (!site || !site->config || diags.error_count() > 0) {
    print_diagnostics(diags, fs_real, o.site_dir, false, true, stderr);
    say("cli.assign-index.errors");
    return kExitContentErrors;
  }
  namespace fs = std::filesystem;
  size_t assigned = 0;
  for (const IndexAssignment& a : plan_index_assignment(site->model, *site->config)) {
    const std::string file = join_path(o.site_dir, a.path);
    std::string text, error;
    if (!fs_real.read_file(file, text, error)) {
      say("cli.assign-index.cannot-read", {file, error});
      return kExitIoError;
    }
    const std::string updated = with_index_line(text, a.after_line, a.index_no);
    if (updated.empty()) {
      say("cli.assign-index.no-line", {file, std::to_string(a.after_line)});
      return kExitIoError;
    }
    // Written beside the file and renamed over it: an interrupted run leaves each file
    // either as it was or with its number.
    const std::string partial = file + ".govsite-partial";
    std::FILE* f = std::fopen(partial.c_str(), "wb");
    std::error_code ec;
    if (!f || std::fwrite(updated.data(), 1, updated.size(), f) != updated.size() || std::fclose(f) != 0 ||
        (fs::permissions(partial, fs::status(file, ec).permissions(), ec),
         std::rename(partial.c_str(), file.c_str()) != 0)) {
      say("cli.assign-index.cannot-write", {file, system_error_text(errno)});
      fs::remove(partial, ec);
      return kExitIoError;
    }
    std::printf("%s  %s\n", a.index_no.c_str(), a.path.c_str());
    ++assigned;
  }
  say(assigned == 1 ? "cli.assign-index.done.one" : "cli.assign-index.done", {std::to_string(assigned)});
  return kExitOk;
}

}  // namespace govsite
