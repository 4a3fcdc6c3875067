#include "cli/cli.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <unistd.h>
#include <cstdio>
#include <algorithm>
#include <exception>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cli/build_commit.h"
#include "cli/diagnostic_formats.h"
#include "core/diagnostic_printer.h"
#include "cli/init_command.h"
#include "cli/options.h"
#include "cache/build_cache.h"
#include "config/site_timezone.h"
#include "content/load_documents.h"
#include "core/system_error.h"
#include "publish/cached_output.h"
#include "core/json_writer.h"
#include "core/messages.h"
#include "core/parallel.h"
#include "model/index_assignment.h"
#include "model/scaffold.h"
#include "model/schedule.h"
#include "outputs/inspection_report.h"
#include "serve/preview_server.h"
#include "pipeline/build_site.h"
#include "pipeline/incremental_build.h"
#include "publish/bundle.h"
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

bool has_io_errors(const Diagnostics& diags) {
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::error && d.code == "io-error") return true;
  return false;
}

// Failing single-veto items of the 19号文 inspection (validate/inspection.h), from the
// diagnostics, so a build that repeats the last one counts them too.
size_t failing_veto_items(const Diagnostics& diags) {
  size_t n = 0;
  for (const Diagnostic& d : diags.sorted()) n += d.code == "inspection-veto";
  return n;
}

// "1 error", "2 errors" (错误 1 个): `one_key` for one, `key` for any other number.
std::string counted(size_t n, const char* one_key, const char* key) {
  return tr(n == 1 ? one_key : key, {std::to_string(n)});
}

// Prints a message of the catalog, which holds its own line break, to standard error.
void say(std::string_view key, std::initializer_list<std::string_view> args = {}) {
  std::fputs(tr(key, args).c_str(), stderr);
}

void print_summary(const Options& o, const BuildResult& r, const Diagnostics& diags,
                   double seconds) {
  const size_t vetoes = failing_veto_items(diags);
  if (o.json) {
    JsonWriter w;
    w.begin_object();
    w.key("summary").begin_object();
    w.key("documents").number(static_cast<int64_t>(r.counts.documents));
    w.key("published").number(static_cast<int64_t>(r.counts.published));
    w.key("pages").number(static_cast<int64_t>(r.counts.pages_written));
    w.key("errors").number(static_cast<int64_t>(diags.error_count()));
    w.key("warnings").number(static_cast<int64_t>(diags.warning_count()));
    w.key("inspection_veto_items").number(static_cast<int64_t>(vetoes));
    w.key("milliseconds").number(static_cast<int64_t>(seconds * 1000));
    if (o.command == Command::build) {
      w.key("incremental").boolean(r.incremental || r.unchanged);
      w.key("files_changed").number(static_cast<int64_t>(r.files_changed + r.files_deleted));
    }
    w.end_object();
    w.end_object();
    std::printf("%s\n", w.str().c_str());
    return;
  }
  if (o.quiet) return;
  std::string change;
  if (r.unchanged) change = tr("cli.unchanged");
  else if (r.incremental)
    change = tr(r.files_changed == 1 ? "cli.incremental.one" : "cli.incremental",
                {std::to_string(r.files_changed), std::to_string(r.files_deleted)});
  // check writes nothing: it says what a build would write.
  const bool check = o.command == Command::check;
  const std::string pages = check ? counted(r.counts.pages_written, "cli.pages-would-be-written.one",
                                            "cli.pages-would-be-written")
                                  : counted(r.counts.pages_written, "cli.pages-written.one", "cli.pages-written");
  char time[32];
  std::snprintf(time, sizeof time, "%.2f", seconds);
  say("cli.summary", {check ? "check" : "build", counted(r.counts.documents, "cli.documents.one", "cli.documents"),
                      std::to_string(r.counts.published), pages,
                      counted(diags.error_count(), "cli.errors.one", "cli.errors"),
                      counted(diags.warning_count(), "cli.warnings.one", "cli.warnings"),
                      counted(vetoes, "cli.veto-items.one", "cli.veto-items"), time, change});
  // What did not go online, and why: reports/build.json says it too, but an editor reads this.
  constexpr size_t kNamesPerReason = 5;
  std::fputs(left_out_summary(r.counts.left_out, kNamesPerReason).c_str(), stderr);
}

// The request of a command: site folder, jobs and build date (--now, else the day of
// SOURCE_DATE_EPOCH or today in site.yaml's time zone, never the host's). Nullopt after
// saying why when SOURCE_DATE_EPOCH is unusable.
std::optional<BuildRequest> make_request(const Options& o) {
  BuildRequest request;
  request.site_dir = o.site_dir;
  request.jobs = o.jobs ? o.jobs : default_jobs();
  if (o.now) {
    request.now = *o.now;
    return request;
  }
  std::string site_yaml, unread;
  const TimeZone zone = RealFileSystem().read_file(join_path(o.site_dir, "site.yaml"), site_yaml, unread)
                            ? site_timezone_of(site_yaml)
                            : TimeZone{};
  auto today = default_build_date(zone);
  if (!today) {
    say("cli.source-date-epoch");
    return std::nullopt;
  }
  request.now = *today;
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
    std::printf("none\n");  // a value, like the kinds below: the same in both languages
    return kExitOk;
  }
  std::printf("%s\n", next.front().date.str().c_str());
  for (const auto& c : next)
    std::printf("  %-20s %s: %s\n", c.kind.c_str(), join_path(o.site_dir, c.file).c_str(), c.description.c_str());
  return kExitOk;
}

// On a terminal, a progress line while document pages are rendered (erased at the end).
void attach_progress(const Options& o, BuildRequest& request) {
  if (o.quiet || o.json || !isatty(STDERR_FILENO)) return;
  request.progress = [](size_t done, size_t total) {
    if (total < 200) return;  // small sites finish before anyone could read it
    std::fprintf(stderr, "%s%s", tr("cli.progress", {std::to_string(done), std::to_string(total)}).c_str(),
                 done == total ? "\r\033[K" : "");
    std::fflush(stderr);
  };
}

// The commit the bundle is built from: git's HEAD, or when git or the repository is not
// there (CI containers often have neither), the commit the CI system says it checked out.
std::string source_commit(const std::string& site_dir) {
  std::string out;
  if (site_dir.find('\'') == std::string::npos) {
    const std::string cmd = "git -C '" + site_dir + "' rev-parse HEAD 2>/dev/null";
    if (std::FILE* p = popen(cmd.c_str(), "r")) {
      char buf[128];
      while (std::fgets(buf, sizeof buf, p)) out += buf;
      if (pclose(p) != 0) out.clear();
    }
  }
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  if (out.size() == 40) return out;
  auto is_commit = [](const std::string& s) {
    return s.size() == 40 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
  };
  for (const char* variable : {"GOVSITE_SOURCE_COMMIT", "GITHUB_SHA", "CI_COMMIT_SHA"})
    if (const char* value = std::getenv(variable); value && is_commit(value)) return value;
  return "";
}

int run_bundle(const Options& o) {
  namespace fs = std::filesystem;
  RealFileSystem fs_real;
  Diagnostics diags;
  auto request = make_request(o);
  if (!request) return kExitUsage;
  attach_progress(o, *request);
  // Build into a private folder; public/ is left alone.
  std::error_code ec;
  std::string work = (fs::temp_directory_path(ec) / "govsite-bundle-XXXXXX").string();
  if (!mkdtemp(work.data())) {
    say("cli.no-temporary-folder");
    return kExitIoError;
  }
  struct Cleanup { std::string dir; ~Cleanup() { std::error_code e; fs::remove_all(dir, e); } } cleanup{work};
  DirectoryWriter site_out(work);
  StagedDirectory reports_stage(join_path(o.site_dir, "reports"));
  if (!reports_stage.ok()) {
    say("cli.error", {reports_stage.error()});
    return kExitIoError;
  }
  DirectoryWriter reports_out(reports_stage.staging());
  BuildResult result = build_site(fs_real, *request, site_out, &reports_out, diags);
  std::string error;
  reports_stage.commit(error);
  print_diagnostics(diags, fs_real, o.site_dir, false, o.quiet, stderr);
  if (diags.has_errors()) {
    say("cli.bundle-failed");
    return has_io_errors(diags) ? kExitIoError : kExitContentErrors;
  }
  // The site the build loaded, not a second load: a site.yaml edited in between must not
  // give the bundle a configuration its pages were not built with.
  const std::shared_ptr<const LoadedSite> site = result.site;
  if (!site || !site->config) {
    say("cli.bundle-failed");
    return kExitContentErrors;
  }
  BundleRequest bundle;
  bundle.config = &*site->config;
  bundle.build_date = request->now;
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  bundle.mtime = epoch ? static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10))
                       : static_cast<std::time_t>(request->now.days_since_epoch() * 86400);
  bundle.source_commit = source_commit(o.site_dir);
  bundle.pages = result.counts.pages_written;
  std::vector<std::string> problems;
  for (const auto& rel : fs_real.list_files(work, problems)) {
    std::string bytes;
    if (!fs_real.read_file(join_path(work, rel), bytes, error)) {
      say("cli.cannot-read", {rel, error});
      return kExitIoError;
    }
    bundle.site_files[rel] = std::move(bytes);
  }
  const std::string out = !o.out_dir.empty() ? o.out_dir
                          : join_path(o.site_dir, "dist/" + site->config->deploy.server_name + "-" +
                                                      request->now.str() + ".tar.gz");
  fs::create_directories(fs::path(out).parent_path().empty() ? fs::path(".") : fs::path(out).parent_path(), ec);
  const std::string partial = out + ".partial";
  BundleResult made;
  if (!write_bundle(partial, bundle, made, error) || std::rename(partial.c_str(), out.c_str()) != 0) {
    say("cli.cannot-write", {out, error.empty() ? system_error_text(errno) : error});
    fs::remove(partial, ec);
    return kExitIoError;
  }
  const ReadinessReport& r = made.readiness;
  if (!o.quiet) {
    say("cli.bundle-written", {out, made.release, std::to_string(made.files)});
    say(r.ready() ? "cli.ipv6-ready" : "cli.ipv6-not-ready");
    for (const auto& l : r.listen) std::fprintf(stderr, "  %s\n", l.c_str());
    for (const auto& h : r.resource_hosts) say("cli.ipv6-loads-from", {h});
    for (const auto& h : r.linked_hosts) say("cli.ipv6-links-to", {h});
  }
  for (const auto& e : r.errors) say("cli.ipv6-error", {e});
  return r.ready() ? kExitOk : kExitContentErrors;
}

int run_serve(const Options& o) {
  auto request = make_request(o);
  if (!request) return kExitUsage;
  ServeOptions serve;
  serve.request = *request;
  serve.request.preview_drafts = o.drafts;
  serve.hosts = o.bind.empty() ? std::vector<std::string>{"::1", "127.0.0.1"} : std::vector<std::string>{o.bind};
  serve.port = o.port;
  serve.quiet = o.quiet;
  return run_preview_server(serve);
}

int run_new(const Options& o) {
  auto type = parse_doc_type(o.new_type);
  if (!type) {
    say("cli.new.unknown-type", {o.new_type});
    return kExitUsage;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  // Run in the wrong folder (or with a mistyped --site): a usage error, said as such.
  if (!fs::exists(fs::path(o.site_dir) / "site.yaml", ec)) {
    if (o.site_dir == ".") say("cli.new.not-a-site.here");
    else say("cli.new.not-a-site", {o.site_dir});
    return kExitUsage;
  }
  auto request = make_request(o);
  if (!request) return kExitUsage;
  // A site just made by govsite init can start its drafts before site.yaml is filled in.
  request->config_placeholders_allowed = true;
  RealFileSystem fs_real;
  const ContentScan scan = scan_content(fs_real, o.site_dir, request->jobs);
  request->scan = &scan;
  Diagnostics diags;
  auto site = load_site(fs_real, *request, diags);
  if (!site || !site->config) {
    print_diagnostics(diags, fs_real, o.site_dir, false, true, stderr);
    return kExitContentErrors;
  }
  ScaffoldRequest wanted;
  wanted.type = *type;
  wanted.title = o.new_title;
  wanted.id = o.new_id;
  wanted.interprets = o.new_interprets;
  wanted.folder = o.new_folder;
  wanted.today = request->now;
  wanted.year = o.new_year;
  for (const std::string& md : scan.markdown) wanted.file_ids.push_back(default_id_for(md));
  const Scaffold s = scaffold_document(site->model, *site->config, wanted);
  if (!s.error.empty()) {
    say("cli.new.error", {s.error});
    return kExitUsage;
  }
  const fs::path file = fs::path(o.site_dir) / s.path;
  if (fs::exists(file, ec)) {
    say("cli.new.exists", {file.string()});
    return kExitContentErrors;
  }
  fs::create_directories(file.parent_path(), ec);
  std::FILE* f = std::fopen(file.c_str(), "wx");  // "x": never replace a file that appeared meanwhile
  if (!f || std::fwrite(s.text.data(), 1, s.text.size(), f) != s.text.size() || std::fclose(f) != 0) {
    say("cli.new.cannot-write", {file.string(), system_error_text(errno)});
    return kExitIoError;
  }
  std::printf("%s\n", file.string().c_str());  // the file alone on standard output, for scripts
  if (s.numbered) say("cli.new.numbered-id", {s.id});
  if (o.new_folder) say("cli.new.attachments-here", {file.parent_path().string()});
  return kExitOk;
}

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
        (fs::permissions(partial, fs::status(file, ec).permissions(), ec), std::rename(partial.c_str(), file.c_str()) != 0)) {
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

// A build or check is done and everything it wrote is on disk: the process ends without
// freeing what it built (the site model and two build caches: hundreds of thousands of
// allocations, and jemalloc handing their pages back). That was a tenth of a one-change
// rebuild of 10,000 documents. Builds with a sanitizer return instead, so that its leak
// checker sees everything freed.
#if defined(__SANITIZE_ADDRESS__)  // GCC
#define GOVSITE_LEAK_CHECKED 1
#elif defined(__has_feature)  // Clang
#if __has_feature(address_sanitizer)
#define GOVSITE_LEAK_CHECKED 1
#endif
#endif
void end_command(int exit_code) {
#if defined(GOVSITE_LEAK_CHECKED)
  (void)exit_code;
#else
  std::fflush(nullptr);
  std::_Exit(exit_code);
#endif
}

int run_build_or_check(const Options& o) {
  const auto start = std::chrono::steady_clock::now();
  RealFileSystem fs;
  Diagnostics diags;
  auto made = make_request(o);
  if (!made) return kExitUsage;
  attach_progress(o, *made);
  PhaseTimer timer;
  if (o.timings) made->timer = &timer;
  const BuildRequest& request = *made;

  BuildResult result;
  BuildCaches caches;  // not freed: the process ends first (end_command)
  int exit_code = kExitOk;
  if (o.command == Command::check) {
    made->inspection_errors = o.inspection;
    MemoryWriter discard(false);
    result = build_site(fs, request, discard, nullptr, diags);
    // The one report check writes: the inspection, for editors to read before they merge.
    if (result.inspection && result.site && result.site->config) {
      std::error_code ec;
      std::filesystem::create_directories(join_path(o.site_dir, "reports"), ec);
      DirectoryWriter reports(join_path(o.site_dir, "reports"));
      write_inspection_report(*result.inspection, *result.site->config, reports, diags);
      std::string error;
      if (!reports.finish(error)) diags.error("reports/", 0, 0, "io-error", error);
    }
  } else {
    const std::string out_dir = o.out_dir.empty() ? join_path(o.site_dir, "public") : o.out_dir;
    if (std::string why = unsafe_output_reason(o.site_dir, out_dir); !why.empty()) {
      say("cli.unsafe-output", {out_dir, why});
      return kExitUsage;
    }
    IncrementalTarget target;
    target.out_dir = out_dir;
    target.reports_dir = join_path(o.site_dir, "reports");
    target.clean = o.clean;
    std::string error;
    if (!build_incrementally(*made, fs, target, caches, diags, result, error)) {
      std::fprintf(stderr, "govsite: %s\n", error.c_str());
      return kExitIoError;
    }
  }
  if (exit_code != kExitOk) return exit_code;
  if (diags.has_errors()) exit_code = has_io_errors(diags) ? kExitIoError : kExitContentErrors;

  if (!o.ci_format.empty()) print_ci_diagnostics(diags, o.site_dir, o.ci_format, stdout);
  else print_diagnostics(diags, fs, o.site_dir, o.json, o.quiet, o.json ? stdout : stderr);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_summary(o, result, diags, seconds);
  if (o.timings)
    for (const auto& [stage, s] : timer.phases()) std::fprintf(stderr, "  %7.3f s  %s\n", s, stage.c_str());
  if (exit_code != kExitOk && !o.json) say(o.command == Command::check ? "cli.check-failed" : "cli.build-failed");
  end_command(exit_code);
  return exit_code;
}

}  // namespace

int run_cli(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  set_language(choose_language(args, std::getenv("LC_ALL"), std::getenv("LC_MESSAGES"), std::getenv("LANG")));
  std::string error;
  auto options = parse_options(args, error);
  if (!options) {
    std::fprintf(stderr, "%s%s", tr("cli.usage-error", {error}).c_str(), usage_text().c_str());
    return kExitUsage;
  }
  try {
    switch (options->command) {
      case Command::help:
        std::fputs(usage_text().c_str(), stdout);
        return kExitOk;
      case Command::version:
        std::printf("govsite %s (commit %s)\n", GOVSITE_VERSION, kBuildCommit);
        return kExitOk;
      case Command::build:
      case Command::check:
        return run_build_or_check(*options);
      case Command::next_change:
        return run_next_change(*options);
      case Command::bundle:
        return run_bundle(*options);
      case Command::serve:
        return run_serve(*options);
      case Command::new_document:
        return run_new(*options);
      case Command::init:
        return run_init(*options);
      case Command::assign_index:
        return run_assign_index(*options);
    }
  } catch (const std::exception& e) {
    say("cli.internal-error", {e.what()});
    return kExitIoError;
  }
  return kExitOk;
}

}  // namespace govsite
