#include "cli/build_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/build_summary.h"
#include "cli/cli.h"
#include "cli/command_support.h"
#include "cli/diagnostic_formats.h"
#include "core/diagnostic_printer.h"
#include "core/messages.h"
#include "core/phase_timer.h"
#include "pipeline/check_site.h"
#include "pipeline/incremental_build.h"

namespace govsite {

namespace {

// The output folder is replaced wholesale on every build, so it must not be the site
// folder, one of its ancestors, or anything the build reads (content/, themes/, reports/).
std::string unsafe_output_reason(const std::string& site_dir, const std::string& out_dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path site = fs::weakly_canonical(fs::absolute(site_dir, ec), ec);
  const fs::path out = fs::weakly_canonical(fs::absolute(out_dir, ec), ec);
  auto inside = [](const fs::path& child, const fs::path& parent) {
    auto [p, c] = std::mismatch(parent.begin(), parent.end(), child.begin(), child.end());
    return p == parent.end();
  };
  if (inside(site, out)) return tr("cli.unsafe-output.site-folder");
  for (const char* part : {"content", "themes", "reports", "site.yaml", "data"}) {
    if (inside(out, site / part)) return tr("cli.unsafe-output.inside", {part});
    const fs::path real = fs::weakly_canonical(site / part, ec);  // a symlinked content/ too
    if (!ec && inside(out, real)) return tr("cli.unsafe-output.inside", {part});
  }
  // A file (or a link to one) is never a site: replacing it would delete it.
  if (fs::exists(out, ec) && !fs::is_directory(out, ec)) return tr("cli.unsafe-output.not-folder");
  // Only a folder govsite wrote (it carries the marker) or an empty one is replaced: a
  // mistyped --out must never delete somebody's files.
  if (fs::is_directory(out, ec) && !fs::is_empty(out, ec) && !fs::exists(out / kOutputMarker, ec))
    return tr("cli.unsafe-output.not-ours", {kOutputMarker});
  return "";
}

}  // namespace

int run_build_or_check(const Options& o) {
  const auto start = std::chrono::steady_clock::now();
  RealFileSystem fs;
  Diagnostics diags;
  auto request = make_request(o);
  if (!request) return kExitUsage;
  attach_progress(o, *request);
  PhaseTimer timer;
  if (o.timings) request->timer = &timer;
  const std::string reports_dir = join_path(o.site_dir, "reports");

  BuildResult result;
  BuildCaches caches;  // not freed: the process ends first (end_command)
  if (o.command == Command::check) {
    request->inspection_errors = o.inspection;
    result = check_site(fs, *request, reports_dir, diags);
  } else {
    IncrementalTarget target;
    target.out_dir = o.out_dir.empty() ? join_path(o.site_dir, "public") : o.out_dir;
    target.reports_dir = reports_dir;
    target.clean = o.clean;
    if (std::string why = unsafe_output_reason(o.site_dir, target.out_dir); !why.empty()) {
      say("cli.unsafe-output", {target.out_dir, why});
      return kExitUsage;
    }
    std::string error;
    if (!build_incrementally(*request, fs, target, caches, diags, result, error)) {
      std::fprintf(stderr, "govsite: %s\n", error.c_str());
      return kExitIoError;
    }
  }
  const int exit_code = exit_code_of(diags);

  if (!o.ci_format.empty()) print_ci_diagnostics(diags, o.site_dir, o.ci_format, stdout);
  else print_diagnostics(diags, fs, o.site_dir, o.json, o.quiet, o.json ? stdout : stderr);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_summary(o, result, diags, seconds);
  if (o.timings) timer.print(stderr);
  if (exit_code != kExitOk && !o.json) say(o.command == Command::check ? "cli.check-failed" : "cli.build-failed");
  end_command(exit_code);
  return exit_code;
}

}  // namespace govsite
