#include <optional>
#include <string>

#include "vocabulary/doc_no.h"
#include "core/messages.h"
#include "model/doc_no_agency.h"
#include "validate/rules.h"

namespace govsite {

void check_identity(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  std::optional<std::string> agency;  // looked for at the first malformed 发文字号
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    auto first = m.by_id.find(d.id);
    if (first != m.by_id.end() && first->second != i) {
      const Document& other = m.docs[first->second];
      SourcePos p = d.pos("id");
      diags.error(d.path, p.line, p.column, "duplicate-id", tr("duplicate-id", {d.id, other.path}));
    }
    if (d.type != DocType::policy) continue;
    if (!d.doc_no.empty() && !is_doc_no(d.doc_no)) {
      SourcePos p = d.pos("doc_no");
      // What it should be: the 发文字号 itself with its brackets mended, else an example in
      // the site's own 机关代字 and the document's year.
      std::string should_be = mended_doc_no(d.doc_no);
      if (should_be.empty()) {
        if (!agency) agency = doc_no_agency_of_site(m, config);
        const Date dated = d.written ? *d.written : d.published ? *d.published : m.now;
        should_be = doc_no_example(*agency, dated.year, 12);
      }
      diags.error(d.path, p.line, p.column, "bad-doc-no", tr("bad-doc-no", {d.doc_no, should_be}));
    }
  }
}

}  // namespace govsite
