#include "core/messages.h"
#include "model/review_chain.h"
#include "validate/rules.h"

namespace govsite {

void check_publication(const SiteModel& m, Diagnostics& diags) {
  for (const Document& d : m.docs) {
    // Drafts are work in progress: their review is not yet demanded.
    if (d.draft || d.disclosure != Disclosure::public_) continue;
    if (!d.published) {
      if (d.key_pos.count("published")) continue;  // present but malformed: already reported
      diags.error(d.path, 1, 1, "missing-key", tr("missing-key.published"));
      continue;
    }
    for (const auto& p : review_chain_problems(d))
      diags.error(d.path, p.pos.line, p.pos.column, "review-incomplete", p.message);
  }
}

}  // namespace govsite
