#include <set>
#include <unordered_map>

#include "model/request_deadlines.h"
#include "validate/rules.h"

namespace govsite {

namespace {

void error_at(Diagnostics& diags, const RequestFile& file, const InfoRequest& r, const std::string& code,
              const std::string& message) {
  diags.error(file.path, r.pos.line, r.pos.column, code, message);
}

const InfoRequest* find_request(const RequestFile& file, const std::string& id) {
  for (const auto& r : file.requests)
    if (r.id == id) return &r;
  return nullptr;
}

bool open_at_end_of(const InfoRequest& r, int year) { return !r.answered || r.answered->year > year; }

}  // namespace

void check_request_records(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (size_t f = 0; f < m.requests.size(); ++f) {
    const RequestFile& file = m.requests[f];
    std::set<std::string> ids;
    for (const InfoRequest& r : file.requests) {
      if (!ids.insert(r.id).second) error_at(diags, file, r, "duplicate-id", "request " + r.id + " is listed twice in this file");
      if (r.received.year < file.year && r.answered && r.answered->year < file.year)
        error_at(diags, file, r, "request-carry-over",
                 "request " + r.id + " was answered on " + r.answered->str() + ", before " + std::to_string(file.year) +
                     ": it is not carried over into this year (上年结转); remove it from this file");
    }
    // 上年结转 of one year is 结转下年度 of the year before: the same requests, in both files.
    const RequestFile* before = f > 0 && m.requests[f - 1].year == file.year - 1 ? &m.requests[f - 1] : nullptr;
    if (before) {
      for (const InfoRequest& r : before->requests)
        if (open_at_end_of(r, before->year) && !find_request(file, r.id))
          error_at(diags, *before, r, "request-carry-over",
                   "request " + r.id + " is still open at the end of " + std::to_string(before->year) +
                       " (结转下年度继续办理), but " + file.path + " does not list it (上年结转政府信息公开申请数量)");
      for (const InfoRequest& r : file.requests) {
        if (r.received.year >= file.year) continue;
        const InfoRequest* earlier = find_request(*before, r.id);
        if (!earlier || !open_at_end_of(*earlier, before->year))
          error_at(diags, file, r, "request-carry-over",
                   "request " + r.id + " is counted as 上年结转政府信息公开申请数量, but " + before->path +
                       (earlier ? " has it answered in " + std::to_string(before->year) : std::string(" does not list it")) +
                       " (结转下年度继续办理)");
      }
    }
  }
  for (const RequestDeadline& late : late_requests(m, config.calendar)) {
    const InfoRequest& r = *late.request;
    if (!late.due) {
      diags.warning(late.file->path, r.pos.line, r.pos.column, "calendar-outdated",
                    calendar_outdated_message(config.calendar, "the answer deadline of request " + r.id,
                                              first_missing_year(config.calendar, r.received)));
      continue;
    }
    diags.warning(late.file->path, r.pos.line, r.pos.column, "request-overdue",
                  "request " + r.id + " (received " + r.received.str() + ") " +
                      (r.answered ? "was answered on " + r.answered->str() : std::string("is still unanswered")) + ", " +
                      std::to_string(late.late_working_days) + " working days after its deadline " + late.due->str() +
                      " (条例第三十三条: " + (r.extended ? "40" : "20") + " working days)");
  }
}

}  // namespace govsite
