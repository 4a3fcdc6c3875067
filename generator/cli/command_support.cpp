#include "cli/command_support.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/cli.h"
#include "config/site_timezone.h"
#include "core/file_system.h"
#include "core/messages.h"
#include "core/parallel.h"

namespace govsite {

void say(std::string_view key, std::initializer_list<std::string_view> args) {
  std::fputs(tr(key, args).c_str(), stderr);
}

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

void attach_progress(const Options& o, BuildRequest& request) {
  if (o.quiet || o.json || !isatty(STDERR_FILENO)) return;
  request.progress = [](size_t done, size_t total) {
    if (total < 200) return;  // small sites finish before anyone could read it
    std::fprintf(stderr, "%s%s", tr("cli.progress", {std::to_string(done), std::to_string(total)}).c_str(),
                 done == total ? "\r\033[K" : "");
    std::fflush(stderr);
  };
}

int exit_code_of(const Diagnostics& diags) {
  if (!diags.has_errors()) return kExitOk;
  return diags.has_error_code("io-error") ? kExitIoError : kExitContentErrors;
}

// A build or check is done and everything it wrote is on disk: the process ends without
// freeing what it built (the site model and two build caches: hundreds of thousands of
// allocations, and jemalloc handing their pages back; docs/performance.md has the cost).
// Builds with a sanitizer return instead, so that its leak checker sees everything freed.
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

}  // namespace govsite
