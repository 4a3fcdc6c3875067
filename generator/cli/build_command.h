// govsite build and govsite check: the site built over its output folder (incrementally,
// with the build cache) or checked without writing any page, then the diagnostics and the
// summary.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_build_or_check(const Options& o);

}  // namespace govsite
