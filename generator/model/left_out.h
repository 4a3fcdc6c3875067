// The documents a build leaves out of the output (drafts, scheduled, not public, …) as the
// summary of build and check lists them, so an editor sees on the terminal what
// reports/build.json says: a document that did not go online, and why.
#pragma once

#include <string>
#include <vector>

#include "core/left_out_document.h"

namespace govsite {

struct SiteModel;

// In path order.
std::vector<LeftOutDocument> left_out_documents(const SiteModel& m);

// "未发布的文档 3 篇：" and one line for each reason, in the current language, with at most
// `max_names` names each (then "等 N 篇"); "" when nothing was left out.
std::string left_out_summary(const std::vector<LeftOutDocument>& docs, size_t max_names);

}  // namespace govsite
