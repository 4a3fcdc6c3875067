// govsite new TYPE "标题": a new document's Markdown file with its front matter filled in
// from the site (model/scaffold.h), written only where no file is.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_new(const Options& o);

}  // namespace govsite
