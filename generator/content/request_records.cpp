#include "content/request_records.h"

#include <cstdlib>

#include "core/file_system.h"
#include "core/messages.h"

namespace govsite {

namespace {

const std::string kRequestsDir = "data/requests";

std::string choices(const char* const* begin, const char* const* end) {
  std::string out;
  for (auto it = begin; it != end; ++it) out += (out.empty() ? "" : ", ") + std::string(*it);
  return out;
}

int appeal_outcome(YamlFields& row, const std::string& key) {
  auto value = row.string(key);
  if (!value) return -1;
  for (size_t k = 0; k < kAppealOutcomes.size(); ++k)
    if (*value == kAppealOutcomes[k]) return static_cast<int>(k);
  row.error(key, "bad-value",
            tr("bad-value.appeal-outcome", {key, *value, choices(kAppealOutcomes.begin(), kAppealOutcomes.end())}));
  return -1;
}

std::optional<InfoRequest> read_request(YamlFields& row, int year) {
  InfoRequest r;
  r.pos = row.start();
  r.id = row.string("id", true).value_or("");
  auto received = row.date("received", true);
  auto applicant = row.string("applicant", true);
  r.answered = row.date("answered");
  r.result = row.string("result").value_or("");
  r.extended = row.boolean("extended").value_or(false);
  r.review = appeal_outcome(row, "review");
  r.lawsuit = appeal_outcome(row, "lawsuit");
  r.lawsuit_after_review = appeal_outcome(row, "lawsuit_after_review");
  // name, content, note …: the office's own columns, read by nobody.
  bool ok = !r.id.empty() && received && applicant;
  if (applicant) {
    size_t k = 0;
    while (k < kApplicantKinds.size() && *applicant != kApplicantKinds[k]) ++k;
    if (k == kApplicantKinds.size()) {
      row.error("applicant", "bad-value",
                tr("bad-value.applicant-kind", {*applicant, choices(kApplicantKinds.begin(), kApplicantKinds.end())}));
      ok = false;
    }
    r.applicant = k;
  }
  if (!r.result.empty() && !find_request_result(r.result)) {
    std::string ids;
    for (const auto& result : request_results()) ids += (ids.empty() ? "" : ", ") + std::string(result.id);
    row.error("result", "bad-value", tr("bad-value.request-result", {r.result, ids}));
    ok = false;
  }
  if (r.answered && r.result.empty()) {
    row.error("answered", "missing-key", tr("missing-key.request-result", {r.id}));
    ok = false;
  }
  if (!r.answered && !r.result.empty()) {
    row.error("result", "missing-key", tr("missing-key.request-answered", {r.id}));
    ok = false;
  }
  if (received && r.answered && *r.answered < *received) {
    row.error("answered", "bad-date", tr("bad-date.answered-before-received", {r.answered->str(), received->str()}));
    ok = false;
  }
  if (received && received->year > year) {
    row.error("received", "request-wrong-year",
              tr("request-wrong-year", {r.id, received->str(), std::to_string(year), std::to_string(received->year)}));
    ok = false;
  }
  if (!ok) return std::nullopt;
  r.received = *received;
  return r;
}

}  // namespace

const std::vector<RequestResult>& request_results() {
  static const std::vector<RequestResult> results = {
      {"予以公开", "", "（一）予以公开"},
      {"部分公开", "", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"},
      {"不予公开/国家秘密", "（三）不予公开", "1.属于国家秘密"},
      {"不予公开/法律行政法规禁止", "（三）不予公开", "2.其他法律行政法规禁止公开"},
      {"不予公开/三安全一稳定", "（三）不予公开", "3.危及“三安全一稳定”"},
      {"不予公开/第三方合法权益", "（三）不予公开", "4.保护第三方合法权益"},
      {"不予公开/内部事务", "（三）不予公开", "5.属于三类内部事务信息"},
      {"不予公开/过程性信息", "（三）不予公开", "6.属于四类过程性信息"},
      {"不予公开/行政执法案卷", "（三）不予公开", "7.属于行政执法案卷"},
      {"不予公开/行政查询事项", "（三）不予公开", "8.属于行政查询事项"},
      {"无法提供/不掌握", "（四）无法提供", "1.本机关不掌握相关政府信息"},
      {"无法提供/需另行制作", "（四）无法提供", "2.没有现成信息需要另行制作"},
      {"无法提供/补正后仍不明确", "（四）无法提供", "3.补正后申请内容仍不明确"},
      {"不予处理/信访举报投诉", "（五）不予处理", "1.信访举报投诉类申请"},
      {"不予处理/重复申请", "（五）不予处理", "2.重复申请"},
      {"不予处理/公开出版物", "（五）不予处理", "3.要求提供公开出版物"},
      {"不予处理/大量反复申请", "（五）不予处理", "4.无正当理由大量反复申请"},
      {"不予处理/确认或重新出具", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"},
      {"其他处理/逾期不补正", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"},
      {"其他处理/逾期未缴费", "（六）其他处理",
       "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"},
      {"其他处理/其他", "（六）其他处理", "3.其他"},
  };
  return results;
}

const RequestResult* find_request_result(const std::string& id) {
  for (const auto& r : request_results())
    if (id == r.id) return &r;
  return nullptr;
}

std::vector<RequestFile> load_request_records(const FileSystem& fs, const std::string& site_dir, Diagnostics& diags,
                                              std::string* bytes) {
  std::vector<RequestFile> out;
  const std::string dir = join_path(site_dir, kRequestsDir);
  if (!fs.is_directory(dir)) return out;
  std::vector<std::string> problems;
  for (const std::string& name : fs.list_files(dir, problems)) {
    const std::string path = kRequestsDir + "/" + name;
    const bool is_year = name.size() == 9 && name.compare(4, 5, ".yaml") == 0 &&
                         name.find_first_not_of("0123456789") == 4;
    if (!is_year) {
      diags.warning(path, 0, 0, "request-file-name", tr("request-file-name"));
      continue;
    }
    std::string text, error;
    if (!fs.read_file(join_path(dir, name), text, error)) {
      diags.error(path, 0, 0, "io-error", error);
      continue;
    }
    if (bytes) *bytes += path + '\0' + text + '\0';
    RequestFile file;
    file.year = std::atoi(name.substr(0, 4).c_str());
    file.path = path;
    auto f = YamlFields::parse(text, path, 1, diags);
    if (!f) continue;
    for (auto& row : f->mapping_list("requests"))
      if (auto r = read_request(*row, file.year)) file.requests.push_back(std::move(*r));
    out.push_back(std::move(file));
  }
  for (const auto& p : problems) diags.error(kRequestsDir, 0, 0, "io-error", p);
  return out;
}

}  // namespace govsite
