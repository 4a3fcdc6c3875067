#include <set>
#include <unordered_map>

#include "model/request_deadlines.h"
#include "core/messages.h"
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
      if (!ids.insert(r.id).second) error_at(diags, file, r, "duplicate-id", tr("duplicate-id.request", {r.id}));
      if (r.received.year < file.year && r.answered && r.answered->year < file.year)
        error_at(diags, file, r, "request-carry-over",
                 tr("request-carry-over.answered-before", {r.id, r.answered->str(), std::to_string(file.year)}));
    }
    // 上年结转 of one year is 结转下年度 of the year before: the same requests, in both files.
    const RequestFile* before = f > 0 && m.requests[f - 1].year == file.year - 1 ? &m.requests[f - 1] : nullptr;
    if (before) {
      for (const InfoRequest& r : before->requests)
        if (open_at_end_of(r, before->year) && !find_request(file, r.id))
          error_at(diags, *before, r, "request-carry-over",
                   tr("request-carry-over.not-carried", {r.id, std::to_string(before->year), file.path}));
      for (const InfoRequest& r : file.requests) {
        if (r.received.year >= file.year) continue;
        const InfoRequest* earlier = find_request(*before, r.id);
        if (!earlier || !open_at_end_of(*earlier, before->year))
          error_at(diags, file, r, "request-carry-over",
                   earlier
                       ? tr("request-carry-over.answered-last-year", {r.id, before->path, std::to_string(before->year)})
                       : tr("request-carry-over.not-listed-last-year", {r.id, before->path}));
      }
    }
  }
  for (const RequestDeadline& late : late_requests(m, config.calendar)) {
    const InfoRequest& r = *late.request;
    if (!late.due) {
      diags.warning(late.file->path, r.pos.line, r.pos.column, "calendar-outdated",
                    calendar_outdated_message(config.calendar, tr("calendar-outdated.request-deadline", {r.id}),
                                              first_missing_year(config.calendar, r.received)));
      continue;
    }
    diags.warning(late.file->path, r.pos.line, r.pos.column, "request-overdue",
                  r.answered ? tr("request-overdue.answered",
                                  {r.id, r.received.str(), r.answered->str(), std::to_string(late.late_working_days),
                                   late.due->str(), r.extended ? "40" : "20"})
                             : tr("request-overdue.unanswered",
                                  {r.id, r.received.str(), std::to_string(late.late_working_days), late.due->str(),
                                   r.extended ? "40" : "20"}));
  }
}

}  // namespace govsite
