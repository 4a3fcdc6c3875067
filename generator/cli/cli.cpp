#include "cli/cli.h"

#include <chrono>
#include <cstdio>
#include <algorithm>
#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/diagnostic_printer.h"
#include "cli/options.h"
#include "core/json_writer.h"
#include "core/parallel.h"
#include "model/schedule.h"
#include "pipeline/build_site.h"
#include "publish/staged_directory.h"

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
  if (inside(site, out)) return "it is the site folder or contains it";
  for (const char* part : {"content", "themes", "reports", "site.yaml"})
    if (inside(out, site / part)) return std::string("it is inside the site's ") + part;
  return "";
}

bool has_io_errors(const Diagnostics& diags) {
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::error && d.code == "io-error") return true;
  return false;
}

void print_summary(const Options& o, const BuildResult& r, const Diagnostics& diags,
                   double seconds) {
  if (o.json) {
    JsonWriter w;
    w.begin_object();
    w.key("summary").begin_object();
    w.key("documents").number(static_cast<int64_t>(r.counts.documents));
    w.key("published").number(static_cast<int64_t>(r.counts.published));
    w.key("pages").number(static_cast<int64_t>(r.counts.pages_written));
    w.key("errors").number(static_cast<int64_t>(diags.error_count()));
    w.key("warnings").number(static_cast<int64_t>(diags.warning_count()));
    w.key("milliseconds").number(static_cast<int64_t>(seconds * 1000));
    w.end_object();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return;
  }
  if (o.quiet) return;
  std::fprintf(stderr, "govsite %s: %zu documents, %zu published, %zu pages written, %zu errors, %zu warnings, %.2f s\n",
               o.command == Command::check ? "check" : "build", r.counts.documents,
               r.counts.published, r.counts.pages_written, diags.error_count(),
               diags.warning_count(), seconds);
}

// The request of a command: site folder, jobs and build date (--now, SOURCE_DATE_EPOCH or
// today). Nullopt after saying why when SOURCE_DATE_EPOCH is unusable.
std::optional<BuildRequest> make_request(const Options& o) {
  BuildRequest request;
  request.site_dir = o.site_dir;
  request.jobs = o.jobs ? o.jobs : default_jobs();
  if (o.now) {
    request.now = *o.now;
  } else if (auto today = default_build_date()) {
    request.now = *today;
  } else {
    std::fprintf(stderr, "govsite: SOURCE_DATE_EPOCH is set but is not a number of seconds\n");
    return std::nullopt;
  }
  return request;
}

int run_next_change(const Options& o) {
  RealFileSystem fs;
  Diagnostics diags;
  auto request = make_request(o);
  if (!request) return kExitUsage;
  auto site = load_site(fs, *request, diags);
  if (!site || !site->config) {
    print_diagnostics(diags, fs, o.site_dir, o.json, true, o.json ? stdout : stderr);
    return kExitContentErrors;
  }
  const auto changes = scheduled_changes(site->model, *site->config);
  std::vector<ScheduledChange> next;
  for (const auto& c : changes)
    if (c.date == changes.front().date) next.push_back(c);
  if (o.json) {
    JsonWriter w;
    w.begin_object();
    w.key("now").string(request->now.str());
    w.key("next");
    if (next.empty()) w.null(); else w.string(next.front().date.str());
    w.key("changes").begin_array();
    for (const auto& c : next) {
      w.begin_object();
      w.key("date").string(c.date.str());
      w.key("kind").string(c.kind);
      w.key("file").string(c.file);
      w.key("description").string(c.description);
      w.end_object();
    }
    w.end_array();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return kExitOk;
  }
  if (next.empty()) {
    std::printf("none\n");
    return kExitOk;
  }
  std::printf("%s\n", next.front().date.str().c_str());
  for (const auto& c : next)
    std::printf("  %-20s %s: %s\n", c.kind.c_str(), join_path(o.site_dir, c.file).c_str(), c.description.c_str());
  return kExitOk;
}

int run_build_or_check(const Options& o) {
  const auto start = std::chrono::steady_clock::now();
  RealFileSystem fs;
  Diagnostics diags;
  auto made = make_request(o);
  if (!made) return kExitUsage;
  const BuildRequest& request = *made;

  BuildResult result;
  int exit_code = kExitOk;
  if (o.command == Command::check) {
    MemoryWriter discard(false);
    result = build_site(fs, request, discard, nullptr, diags);
  } else {
    const std::string out_dir = o.out_dir.empty() ? join_path(o.site_dir, "public") : o.out_dir;
    if (std::string why = unsafe_output_reason(o.site_dir, out_dir); !why.empty()) {
      std::fprintf(stderr, "govsite: refusing to write the site to %s: %s, and the output folder is replaced on every build\n",
                   out_dir.c_str(), why.c_str());
      return kExitUsage;
    }
    StagedDirectory site_stage(out_dir);
    StagedDirectory reports_stage(join_path(o.site_dir, "reports"));
    for (const StagedDirectory* s : {&site_stage, &reports_stage}) {
      if (!s->ok()) {
        std::fprintf(stderr, "govsite: %s\n", s->error().c_str());
        return kExitIoError;
      }
    }
    DirectoryWriter site_out(site_stage.staging());
    DirectoryWriter reports_out(reports_stage.staging());
    result = build_site(fs, request, site_out, &reports_out, diags);
    std::string error;
    // The site is replaced only by a complete, error-free build; the reports always
    // describe the latest build, failed or not.
    if (!diags.has_errors() && !site_stage.commit(error)) diags.error("", 0, 0, "io-error", error);
    if (!reports_stage.commit(error)) diags.error("", 0, 0, "io-error", error);
  }
  if (diags.has_errors()) exit_code = has_io_errors(diags) ? kExitIoError : kExitContentErrors;

  print_diagnostics(diags, fs, o.site_dir, o.json, o.quiet, o.json ? stdout : stderr);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_summary(o, result, diags, seconds);
  if (exit_code != kExitOk && !o.json)
    std::fprintf(stderr, "govsite: %s failed; %s\n", o.command == Command::check ? "check" : "build",
                 o.command == Command::check ? "fix the errors above"
                                             : "the previous site was left as it was");
  return exit_code;
}

}  // namespace

int run_cli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  std::string error;
  auto options = parse_options(args, error);
  if (!options) {
    std::fprintf(stderr, "govsite: %s\n\n%s", error.c_str(), kUsage);
    return kExitUsage;
  }
  try {
    switch (options->command) {
      case Command::help:
        std::fputs(kUsage, stdout);
        return kExitOk;
      case Command::version:
        std::printf("govsite %s\n", GOVSITE_VERSION);
        return kExitOk;
      case Command::build:
      case Command::check:
        return run_build_or_check(*options);
      case Command::next_change:
        return run_next_change(*options);
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "govsite: internal error: %s\n", e.what());
    return kExitIoError;
  }
  return kExitOk;
}

}  // namespace govsite
