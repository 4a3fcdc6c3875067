// One document a build left out of the output, as the summary lists it and the build cache
// keeps it (so an unchanged rebuild still prints the list). A plain record in core/ because
// the cache, below the model that decides it, stores it.
#pragma once

#include <string>

namespace govsite {

struct LeftOutDocument {
  std::string path;  // content/…
  std::string code;  // SiteModel::left_out_code: "draft", "scheduled", "not-public", …
  std::string date;  // for "scheduled": the day it is due (YYYY-MM-DD), else ""
};

}  // namespace govsite
