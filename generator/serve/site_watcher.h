// Notices edits for `govsite serve`: a fingerprint of every file's name, size and
// modification time under content/, themes/, data/ (权责清单, 执法人员) and site.yaml. Polling is simple, needs no
// platform API, and on a site of 10,000 documents costs a few milliseconds per look.
#pragma once

#include <cstdint>
#include <string>

namespace govsite {

// Changes whenever a file under the watched paths is added, removed or modified.
uint64_t site_fingerprint(const std::string& site_dir);

}  // namespace govsite
