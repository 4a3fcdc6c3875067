#include "messages/tables.h"

namespace govsite {

const std::vector<MessageEntry>& model_messages() {
  static const std::vector<MessageEntry> table = {
      // model/review_chain.cpp: "先审查、后公开"
      {"review-incomplete.none",
       "缺少审核记录：公开的文档要写“review”，依次写明初审（initial）、复审（second）、批准（approved）三个环节，"
       "每个环节都要有审核人（by）和日期（date）。还在审核中的文档请先写“draft: true”",
       "no review chain: a public document needs \"review\" with the stages initial (初审), second (复审) and "
       "approved (批准), each with by and date"},
      {"review-incomplete.missing-stage", "审核记录缺少“{1}”（{2}）环节",
       "review: the stage \"{1}\" ({2}) is missing"},
      {"review-incomplete.order", "审核记录第{1}个环节应为“{2}”（{3}），这里写的是“{4}”；顺序是初审、复审、批准",
       "review: stage {1} must be \"{2}\" ({3}), found \"{4}\"; the order is initial, second, approved"},
      {"review-incomplete.date-backwards", "审核日期倒序：{5}日期 {2} 早于{6}日期 {4}",
       "review: the {1} date {2} is before the {3} date {4}"},
      {"review-incomplete.too-many", "审核记录只需要三个环节：初审（initial）、复审（second）、批准（approved）",
       "review: only three stages (initial, second, approved) are expected"},
      {"review-incomplete.approved-late", "批准日期 {1} 晚于发布日期 {2}：应当先审查、后公开，请先批准再发布",
       "review: approved on {1}, after the publication date {2} (先审查、后公开: approve before publishing)"},
  };
  return table;
}

}  // namespace govsite
