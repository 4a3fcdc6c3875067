// The review chain of "先审查、后公开": initial (初审) → second (复审) → approved (批准), with
// a name and a date on each, dates not decreasing and approval not after publication.
#pragma once

#include <string>
#include <vector>

#include "content/document.h"

namespace govsite {

struct ReviewProblem {
  SourcePos pos;
  std::string message;
};

// Empty when the chain is complete and consistent.
std::vector<ReviewProblem> review_chain_problems(const Document& d);

}  // namespace govsite
