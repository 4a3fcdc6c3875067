#include "model/request_deadlines.h"

#include <set>

namespace govsite {

std::vector<RequestDeadline> late_requests(const SiteModel& m, const WorkdayCalendar& calendar) {
  std::vector<RequestDeadline> out;
  // A request carried over sits in two files: judged once, in the latest (which knows
  // most of it).
  std::set<std::string> seen;
  for (auto file_it = m.requests.rbegin(); file_it != m.requests.rend(); ++file_it)
    for (const InfoRequest& r : file_it->requests) {
      const RequestFile& file = *file_it;
      if (!seen.insert(r.id).second) continue;
      RequestDeadline late{&file, &r, add_working_days(calendar, r.received, r.extended ? 40 : 20), 0};
      if (!late.due) {
        out.push_back(late);
        continue;
      }
      const Date until = r.answered ? *r.answered : m.now;
      if (until <= *late.due) continue;
      late.late_working_days = working_days_between(calendar, *late.due, until).value_or(0);
      out.push_back(late);
    }
  return out;
}

}  // namespace govsite
