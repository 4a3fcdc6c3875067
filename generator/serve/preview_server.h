// `govsite serve`: builds the site into a private folder, serves it on loopback (both
// [::1] and 127.0.0.1 by default), rebuilds when a file changes and reloads open pages
// through server-sent events. A failed build keeps the last good output and shows its
// diagnostics on every page. The reload script and error banner are injected only here,
// never into build or bundle output. It answers only GET and HEAD without a body, sends
// the bundle's security headers, and refuses a port another server holds. Only this unit
// and bounded_http_server include cpp-httplib.
#pragma once

#include <string>
#include <vector>

#include "pipeline/build_site.h"

namespace govsite {

struct ServeOptions {
  BuildRequest request;            // site folder, date, jobs, preview_drafts
  std::vector<std::string> hosts;  // addresses to listen on
  int port = 8000;
  bool quiet = false;
  bool timings = false;  // print each rebuild's stages, as build --timings does
};

// Runs until SIGINT or SIGTERM. Returns the process exit code.
int run_preview_server(const ServeOptions& options);

}  // namespace govsite
