#include "cli/cli.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

#include "cli/assign_index_command.h"
#include "cli/build_command.h"
#include "cli/build_commit.h"
#include "cli/bundle_command.h"
#include "cli/command_support.h"
#include "cli/init_command.h"
#include "cli/new_command.h"
#include "cli/next_change_command.h"
#include "cli/options.h"
#include "cli/serve_command.h"
#include "core/messages.h"

namespace govsite {

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
      case Command::help: std::fputs(usage_text().c_str(), stdout); return kExitOk;
      case Command::version: std::printf("govsite %s (commit %s)\n", GOVSITE_VERSION, kBuildCommit); return kExitOk;
      case Command::build:
      case Command::check: return run_build_or_check(*options);
      case Command::next_change: return run_next_change(*options);
      case Command::bundle: return run_bundle(*options);
      case Command::serve: return run_serve(*options);
      case Command::new_document: return run_new(*options);
      case Command::init: return run_init(*options);
      case Command::assign_index: return run_assign_index(*options);
    }
  } catch (const std::exception& e) {
    say("cli.internal-error", {e.what()});
    return kExitIoError;
  }
  return kExitOk;
}

}  // namespace govsite
