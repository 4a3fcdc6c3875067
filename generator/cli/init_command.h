// govsite init DIR: a new department site, ready for its own repository.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_init(const Options& o);

}  // namespace govsite
