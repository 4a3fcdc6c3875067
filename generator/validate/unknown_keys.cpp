#include "core/messages.h"
#include "validate/rules.h"

namespace govsite {

void check_unknown_keys(const SiteModel& m, const std::set<std::string>& template_keys, Diagnostics& diags) {
  for (const Document& d : m.docs) {
    for (const auto& [key, closest] : d.unknown_keys) {
      if (template_keys.count(key)) continue;
      const SourcePos p = d.pos(key);
      diags.warning(d.path, p.line, p.column, "unknown-key",
                    closest.empty() ? tr("unknown-key", {key, doc_type_name(d.type)})
                                    : tr("unknown-key.did-you-mean", {key, closest}));
    }
  }
}

}  // namespace govsite
