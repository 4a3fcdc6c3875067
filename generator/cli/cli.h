// govsite's command line: argv → options → command; prints diagnostics and the summary,
// and maps the outcome to the exit codes of SPEC §4.
#pragma once

namespace govsite {

enum ExitCode { kExitOk = 0, kExitContentErrors = 1, kExitUsage = 2, kExitIoError = 3 };

int run_cli(int argc, char** argv);

}  // namespace govsite
