#include "model/review_chain.h"

namespace govsite {

std::vector<ReviewProblem> review_chain_problems(const Document& d) {
  static const char* kStages[] = {"initial", "second", "approved"};
  static const char* kNames[] = {"初审", "复审", "批准"};
  std::vector<ReviewProblem> out;
  const SourcePos review_pos = d.pos("review");
  if (d.review.empty()) {
    out.push_back({d.key_pos.count("review") ? review_pos : SourcePos{1, 1},
                   "no review chain: a public document needs \"review\" with the stages initial "
                   "(初审), second (复审) and approved (批准), each with by and date"});
    return out;
  }
  for (size_t i = 0; i < 3; ++i) {
    if (i >= d.review.size()) {
      out.push_back({review_pos, std::string("review: the stage \"") + kStages[i] + "\" (" +
                                     kNames[i] + ") is missing"});
      return out;
    }
    const ReviewStage& s = d.review[i];
    if (s.stage.empty() || s.by.empty() || !s.date) return out;  // already reported as schema errors
    if (s.stage != kStages[i]) {
      out.push_back({s.pos, "review: stage " + std::to_string(i + 1) + " must be \"" + kStages[i] +
                                "\" (" + kNames[i] + "), found \"" + s.stage +
                                "\"; the order is initial, second, approved"});
      return out;
    }
    if (i > 0 && d.review[i - 1].date && *s.date < *d.review[i - 1].date)
      out.push_back({s.pos, "review: the " + s.stage + " date " + s.date->str() +
                                " is before the " + d.review[i - 1].stage + " date " +
                                d.review[i - 1].date->str()});
  }
  if (d.review.size() > 3)
    out.push_back({d.review[3].pos, "review: only three stages (initial, second, approved) are expected"});
  const ReviewStage& approved = d.review[2];
  if (d.published && approved.date && *approved.date > *d.published)
    out.push_back({approved.pos, "review: approved on " + approved.date->str() +
                                     ", after the publication date " + d.published->str() +
                                     " (先审查、后公开: approve before publishing)"});
  return out;
}

}  // namespace govsite
