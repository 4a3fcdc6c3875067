// govsite bundle: the site built into a private folder (public/ is left alone), then
// packed with its nginx configuration and manifest into one .tar.gz (publish/bundle.h),
// and the IPv6 readiness of what was packed.
#pragma once

#include "cli/options.h"

namespace govsite {

int run_bundle(const Options& o);

}  // namespace govsite
