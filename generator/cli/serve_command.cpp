#include "cli/serve_command.h"

#include <string>
#include <vector>

#include "cli/cli.h"
#include "cli/command_support.h"
#include "serve/preview_server.h"

namespace govsite {

int run_serve(const Options& o) {
  auto request = make_request(o);
  if (!request) return kExitUsage;
  ServeOptions serve;
  serve.request = *request;
  serve.request.preview_drafts = o.drafts;
  serve.hosts = o.bind.empty() ? std::vector<std::string>{"::1", "127.0.0.1"} : std::vector<std::string>{o.bind};
  serve.port = o.port;
  serve.quiet = o.quiet;
  serve.timings = o.timings;
  return run_preview_server(serve);
}

}  // namespace govsite
