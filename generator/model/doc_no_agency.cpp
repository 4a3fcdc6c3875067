#include "model/doc_no_agency.h"

#include "vocabulary/doc_no.h"

namespace govsite {

std::string doc_no_agency_of_site(const SiteModel& m, const SiteConfig& config) {
  if (!config.doc_no_prefix.empty()) return config.doc_no_prefix;
  // Newest by 成文日期, else publication date; ties by id, so the answer does not depend on
  // the order the files were read in.
  const Document* newest = nullptr;
  auto date_of = [](const Document& d) { return d.written ? d.written : d.published; };
  for (const Document& d : m.docs) {
    if (d.type != DocType::policy || !is_doc_no(d.doc_no)) continue;
    if (!newest) {
      newest = &d;
      continue;
    }
    const auto a = date_of(d), b = date_of(*newest);
    if (b < a || (a == b && d.id > newest->id)) newest = &d;
  }
  return newest ? doc_no_agency(newest->doc_no) : std::string();
}

}  // namespace govsite
