#include "model/index_assignment.h"

#include <algorithm>

#include "model/index_number.h"

namespace govsite {

std::vector<IndexAssignment> plan_index_assignment(const SiteModel& m, const SiteConfig& config) {
  std::vector<size_t> missing;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.disclosure == Disclosure::public_ && !d.draft && d.published && d.index_no.empty() &&
        d.key_pos.count("published"))
      missing.push_back(i);
  }
  // Numbers go up with the publication date, as a catalog kept by hand would have them.
  std::sort(missing.begin(), missing.end(), [&](size_t a, size_t b) {
    const Document& x = m.docs[a];
    const Document& y = m.docs[b];
    if (*x.published != *y.published) return *x.published < *y.published;
    if (x.published_minute != y.published_minute) return x.published_minute < y.published_minute;
    return x.path < y.path;
  });
  IndexNumberAllocator numbers(m.docs, config);
  std::vector<IndexAssignment> plan;
  for (size_t i : missing) {
    const Document& d = m.docs[i];
    plan.push_back({d.path, numbers.next(d.published->year), d.pos("published").line});
  }
  return plan;
}

std::string with_index_line(const std::string& text, int after_line, const std::string& index_no) {
  size_t at = 0;
  for (int line = 1; line <= after_line; ++line) {
    const size_t eol = text.find('\n', at);
    if (eol == std::string::npos) return "";
    at = eol + 1;
  }
  const bool crlf = at >= 2 && text[at - 2] == '\r';
  return text.substr(0, at) + "index_no: " + index_no + (crlf ? "\r\n" : "\n") + text.substr(at);
}

}  // namespace govsite
