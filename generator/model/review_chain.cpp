#include "model/review_chain.h"

#include "core/messages.h"

namespace govsite {

std::vector<ReviewProblem> review_chain_problems(const Document& d) {
  static const char* kStages[] = {"initial", "second", "approved"};
  static const char* kNames[] = {"初审", "复审", "批准"};
  std::vector<ReviewProblem> out;
  const SourcePos review_pos = d.pos("review");
  if (d.review.empty()) {
    out.push_back({d.key_pos.count("review") ? review_pos : SourcePos{1, 1}, tr("review-incomplete.none")});
    return out;
  }
  for (size_t i = 0; i < 3; ++i) {
    if (i >= d.review.size()) {
      out.push_back({review_pos, tr("review-incomplete.missing-stage", {kStages[i], kNames[i]})});
      return out;
    }
    const ReviewStage& s = d.review[i];
    if (s.stage.empty() || s.by.empty() || !s.date) return out;  // already reported as schema errors
    if (s.stage != kStages[i]) {
      out.push_back({s.pos, tr("review-incomplete.order", {std::to_string(i + 1), kStages[i], kNames[i], s.stage})});
      return out;
    }
    if (i > 0 && d.review[i - 1].date && *s.date < *d.review[i - 1].date)
      out.push_back(
          {s.pos, tr("review-incomplete.date-backwards", {s.stage, s.date->str(), d.review[i - 1].stage,
                                                          d.review[i - 1].date->str(), kNames[i], kNames[i - 1]})});
  }
  if (d.review.size() > 3) out.push_back({d.review[3].pos, tr("review-incomplete.too-many")});
  const ReviewStage& approved = d.review[2];
  if (d.published && approved.date && *approved.date > *d.published)
    out.push_back({approved.pos, tr("review-incomplete.approved-late", {approved.date->str(), d.published->str()})});
  return out;
}

}  // namespace govsite
