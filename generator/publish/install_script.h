// install.sh of the bundle (the text of generator/publish/install.sh): the ops side of a
// release (verify, unpack, switch, reload, prune, roll back). Kept as a shell script so a
// web server needs nothing but coreutils.
#pragma once

#include <string>

namespace govsite {

// `keep` is how many releases stay on disk.
std::string install_script(int keep);

}  // namespace govsite
