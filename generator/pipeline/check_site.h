// What `govsite check` does past its options: the whole build with every site file
// discarded, then the one report check keeps, the 19号文 inspection
// (reports/inspection.html and .json), for editors to read before they merge.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "pipeline/build_site.h"

namespace govsite {

// Checks request.site_dir, writing the inspection report into `reports_dir` (made if
// missing) when site.yaml could be read. A report that cannot be written is an io-error
// in `diags`.
BuildResult check_site(const FileSystem& fs, const BuildRequest& request, const std::string& reports_dir,
                       Diagnostics& diags);

}  // namespace govsite
