#include "cli/bundle_command.h"

#include <stdlib.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/command_support.h"
#include "core/diagnostic_printer.h"
#include "core/file_system.h"
#include "core/system_error.h"
#include "pipeline/build_site.h"
#include "publish/bundle.h"
#include "publish/output_writer.h"
#include "publish/staged_directory.h"

namespace govsite {

namespace {

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

// A temporary folder, removed with everything in it when the command ends.
struct TemporaryFolder {
  std::string path;
  ~TemporaryFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
};

void print_readiness(const Options& o, const BundleResult& made, const std::string& out) {
  const ReadinessReport& r = made.readiness;
  if (!o.quiet) {
    say("cli.bundle-written", {out, made.release, std::to_string(made.files)});
    say(r.ready() ? "cli.ipv6-ready" : "cli.ipv6-not-ready");
    for (const auto& l : r.listen) std::fprintf(stderr, "  %s\n", l.c_str());
    for (const auto& h : r.resource_hosts) say("cli.ipv6-loads-from", {h});
    for (const auto& h : r.linked_hosts) say("cli.ipv6-links-to", {h});
  }
  for (const auto& e : r.errors) say("cli.ipv6-error", {e});
}

}  // namespace

int run_bundle(const Options& o) {
  namespace fs = std::filesystem;
  RealFileSystem fs_real;
  Diagnostics diags;
  auto request = make_request(o);
  if (!request) return kExitUsage;
  attach_progress(o, *request);
  // Build into a private folder; public/ is left alone.
  std::error_code ec;
  TemporaryFolder work{(fs::temp_directory_path(ec) / "govsite-bundle-XXXXXX").string()};
  if (!mkdtemp(work.path.data())) {
    work.path.clear();
    say("cli.no-temporary-folder");
    return kExitIoError;
  }
  DirectoryWriter site_out(work.path);
  StagedDirectory reports_stage(join_path(o.site_dir, "reports"));
  if (!reports_stage.ok()) {
    say("cli.error", {reports_stage.error()});
    return kExitIoError;
  }
  DirectoryWriter reports_out(reports_stage.staging());
  const BuildResult result = build_site(fs_real, *request, site_out, &reports_out, diags);
  std::string error;
  reports_stage.commit(error);
  print_diagnostics(diags, fs_real, o.site_dir, false, o.quiet, stderr);
  // The site the build loaded, not a second load: a site.yaml edited in between must not
  // give the bundle a configuration its pages were not built with.
  const std::shared_ptr<const LoadedSite> site = result.site;
  if (diags.has_errors() || !site || !site->config) {
    say("cli.bundle-failed");
    return diags.has_errors() ? exit_code_of(diags) : kExitContentErrors;
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
  for (const auto& rel : fs_real.list_files(work.path, problems)) {
    std::string bytes;
    if (!fs_real.read_file(join_path(work.path, rel), bytes, error)) {
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
  print_readiness(o, made, out);
  return made.readiness.ready() ? kExitOk : kExitContentErrors;
}

}  // namespace govsite
