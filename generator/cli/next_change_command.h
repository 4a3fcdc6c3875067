// govsite next-change: the next day on which the output changes with no edit at all (a
// scheduled document appears, a consultation closes, …; model/schedule.h) and what
// changes then, so CI can rebuild exactly then.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_next_change(const Options& o);

}  // namespace govsite
