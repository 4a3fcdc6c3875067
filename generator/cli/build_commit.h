// The commit govsite was built from (CMakeLists.txt writes it at configure time).
#pragma once

namespace govsite {

extern const char kBuildCommit[];

}  // namespace govsite
