// 依申请公开 requests as the office records them: one YAML file per year in the site
// repository, data/requests/<year>.yaml, one row per request handled in that year (those
// received in it, and those carried over from earlier years still open when it began).
// Internal data: applicants' names and notes stay in these files. Nothing of them reaches
// public/ but the counts of the annual report (model/annual_report.h).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "core/file_system.h"
#include "yaml/yaml_fields.h"

namespace govsite {

// 申请人情况, the columns of the 2021 format's table 三 (国办公开办函〔2021〕30号).
constexpr std::array<const char*, 6> kApplicantKinds = {"自然人",       "商业企业",     "科研机构",
                                                        "社会公益组织", "法律服务机构", "其他"};

struct RequestResult {  // one 办理结果 row of table 三
  const char* id;       // as the row's `result` writes it: 予以公开, 不予公开/国家秘密, …
  const char* group;    // （三）不予公开, … ("" for a row of its own)
  const char* label;    // the row's text in the 2021 format
};
const std::vector<RequestResult>& request_results();
const RequestResult* find_request_result(const std::string& id);

// 行政复议 / 行政诉讼 outcomes, the columns of table 四.
constexpr std::array<const char*, 4> kAppealOutcomes = {"维持", "纠正", "其他", "未审结"};

struct InfoRequest {
  std::string id;
  SourcePos pos;  // the row's first key
  Date received;
  size_t applicant = 0;          // index into kApplicantKinds
  std::optional<Date> answered;  // 答复日期; none while open
  std::string result;            // a request_results() id; empty while open
  bool extended = false;         // 延长答复期限 (条例第三十三条第二款: 20 more working days)
  // Outcome (a kAppealOutcomes index) of a 行政复议, a suit without one (未经复议直接起诉)
  // and a suit after one (复议后起诉); -1 when there was none.
  int review = -1, lawsuit = -1, lawsuit_after_review = -1;
};

struct RequestFile {
  int year = 0;
  std::string path;  // data/requests/2019.yaml
  std::vector<InfoRequest> requests;
};

// Every data/requests/<year>.yaml, by year (none when the folder does not exist). Bad rows
// are reported with their line and left out; a row received after its file's year is an
// error (`request-wrong-year`). `bytes` gets every file's path and content, for the build
// cache's key.
std::vector<RequestFile> load_request_records(const FileSystem& fs, const std::string& site_dir, Diagnostics& diags,
                                              std::string* bytes = nullptr);

}  // namespace govsite
