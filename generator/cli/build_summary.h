// The summary of a build or check: one line to standard error (documents, pages, errors,
// warnings, failing 19号文 veto items, seconds, what changed) and the documents left out,
// or with --json one object on standard output; nothing with --quiet.
#pragma once

#include "cli/options.h"
#include "core/diagnostics.h"
#include "pipeline/build_site.h"

namespace govsite {

void print_summary(const Options& o, const BuildResult& r, const Diagnostics& diags, double seconds);

}  // namespace govsite
