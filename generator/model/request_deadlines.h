// 条例第三十三条: a 依申请公开 request is answered within 20 working days of its receipt
// (40 when the time was extended), counted with the working-day calendar.
#pragma once

#include <optional>
#include <vector>

#include "core/workday_calendar.h"
#include "model/site_model.h"

namespace govsite {

struct RequestDeadline {
  const RequestFile* file = nullptr;
  const InfoRequest* request = nullptr;
  std::optional<Date> due;     // nullopt: the calendar does not reach it (calendar-outdated)
  long late_working_days = 0;  // after `due`: to the answer, or to the build date while open
};

// Every request answered after its due day, or still open after it on m.now, and every
// one whose due day the calendar cannot tell (due empty).
std::vector<RequestDeadline> late_requests(const SiteModel& m, const WorkdayCalendar& calendar);

}  // namespace govsite
