#include <unordered_map>

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
      const std::string message =
          "missing \"index_no\" (索引号): every public document is listed in the 政府信息公开 catalog under its "
          "索引号 (条例第十二条); `govsite assign-index` gives each document without one the next free number";
      if (required)
        diags.error(d.path, 1, 1, "missing-index-no", message);
      else
        diags.warning(d.path, 1, 1, "missing-index-no",
                      message + " (an error for documents published from index_required_from on)");
      continue;
    }
    const SourcePos p = d.pos("index_no");
    const auto number = parse_index_number(d.index_no);
    if (!number) {
      diags.error(d.path, p.line, p.column, "bad-index-no",
                  "index_no \"" + d.index_no + "\" must be " + config.index_prefix +
                      "/YYYY-NNNNN (组织机构代码或统一社会信用代码/年份-五位序号)");
    } else if (!config.is_index_prefix(number->prefix)) {
      diags.error(d.path, p.line, p.column, "wrong-index-prefix",
                  "index_no \"" + d.index_no + "\" starts with \"" + number->prefix +
                      "\", which is not this body's 索引号 prefix: in the 政府信息公开 catalog (条例第十二条) a 索引号 "
                      "starts with the body's 组织机构代码 or 统一社会信用代码 (site.yaml index_prefix), or with one of earlier_index_prefixes for numbers "
                      "published before it changed (known: " + known_prefixes(config) + ")");
    }
    auto [it, inserted] = seen.emplace(d.index_no, i);
    if (!inserted)
      diags.error(d.path, p.line, p.column, "duplicate-index-no",
                  "index_no \"" + d.index_no + "\" is already used by " + m.docs[it->second].path);
  }
}

}  // namespace govsite
