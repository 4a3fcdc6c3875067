// govsite assign-index: every public document without a 索引号 gets the next free one
// (model/index_assignment.h), written into its front matter file by file.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_assign_index(const Options& o);

}  // namespace govsite
