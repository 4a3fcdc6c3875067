// What every command shares past its options: messages to standard error, the build
// request (site folder, jobs, build date), the progress line, the exit code a build's
// diagnostics call for, and the fast end of a command whose work is on disk.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>

#include "cli/options.h"
#include "core/diagnostics.h"
#include "pipeline/build_site.h"

namespace govsite {

// Prints a message of the catalog, which holds its own line break, to standard error.
void say(std::string_view key, std::initializer_list<std::string_view> args = {});

// The request of a command: site folder, jobs and build date (--now, else the day of
// SOURCE_DATE_EPOCH or today in site.yaml's time zone, never the host's). Nullopt after
// saying why when SOURCE_DATE_EPOCH is unusable.
std::optional<BuildRequest> make_request(const Options& o);

// On a terminal, a progress line while document pages are rendered (erased at the end).
void attach_progress(const Options& o, BuildRequest& request);

// kExitOk without errors; kExitIoError when one of them is a file that could not be read
// or written, else kExitContentErrors.
int exit_code_of(const Diagnostics& diags);

// Ends the process with `exit_code` without freeing what the command built; returns
// (doing nothing) in a build with a sanitizer, whose leak checker must see it all freed.
void end_command(int exit_code);

}  // namespace govsite
