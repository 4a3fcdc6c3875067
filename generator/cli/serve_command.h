// govsite serve: the preview server (serve/preview_server.h) on the options' addresses.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_serve(const Options& o);

}  // namespace govsite
