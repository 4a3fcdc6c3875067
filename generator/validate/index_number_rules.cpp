#include <unordered_map>

#include "core/messages.h"
#include "model/index_number.h"
#include "validate/rules.h"

namespace govsite {

namespace {

std::string known_prefixes(const SiteConfig& config) {
  std::string list = config.index_prefix;
  for (const auto& p : config.earlier_index_prefixes) list += ", " + p;
  return list;
}

}  // namespace

void check_index_numbers(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  std::unordered_map<std::string, size_t> seen;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (d.index_no.empty()) {
      // Public and on its way out: published now, scheduled, or waiting for its review.
      if (d.disclosure != Disclosure::public_ || d.draft || !d.published) continue;
      const bool required = d.type == DocType::policy ||
                            (config.index_required_from && *d.published >= *config.index_required_from);
      if (required) diags.error(d.path, 1, 1, "missing-index-no", tr("missing-index-no"));
      else diags.warning(d.path, 1, 1, "missing-index-no", tr("missing-index-no.warning"));
      continue;
    }
    const SourcePos p = d.pos("index_no");
    const auto number = parse_index_number(d.index_no);
    if (!number) {
      diags.error(d.path, p.line, p.column, "bad-index-no", tr("bad-index-no", {d.index_no, config.index_prefix}));
    } else if (!config.is_index_prefix(number->prefix)) {
      diags.error(d.path, p.line, p.column, "wrong-index-prefix",
                  tr("wrong-index-prefix", {d.index_no, number->prefix, known_prefixes(config)}));
    }
    auto [it, inserted] = seen.emplace(d.index_no, i);
    if (!inserted)
      diags.error(d.path, p.line, p.column, "duplicate-index-no",
                  tr("duplicate-index-no", {d.index_no, m.docs[it->second].path}));
  }
}

}  // namespace govsite
