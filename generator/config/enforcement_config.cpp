#include "config/enforcement_config.h"

#include "core/file_system.h"
#include "core/messages.h"

namespace govsite {

void read_enforcement_config(YamlFields& f, EnforcementConfig& c) {
  if (auto days = f.mapping("publicity_days")) {
    for (const auto& [key, pos] : days->key_positions()) {
      auto kind = parse_enforcement_kind(key);
      if (!kind) {
        days->error(key, "bad-value", tr("bad-value.publicity-days-kind", {key}));
        continue;
      }
      // Up to ten years: the longest 公示期 of the credit rules is three (严重失信).
      if (auto n = days->integer(key, 1, 3660)) c.publicity_days[static_cast<size_t>(*kind)] = static_cast<int>(*n);
    }
  }
  if (auto code = f.string("authority_credit_code")) {
    if (is_valid_credit_code(*code)) c.authority_credit_code = *code;
    else f.error("authority_credit_code", "bad-credit-code", tr("bad-credit-code.authority", {*code}));
  }
  c.flowchart = f.string("flowchart").value_or("");
  if (!c.flowchart.empty()) {
    const SourcePos at = f.pos("flowchart");
    c.flowchart_line = at.line;
    c.flowchart_column = at.column;
    std::string normal;
    const size_t dot = c.flowchart.rfind('.');
    const std::string ext = dot == std::string::npos ? "" : c.flowchart.substr(dot + 1);
    if (!normalize_relative_path(c.flowchart, normal) || normal.rfind("content/", 0) == 0 ||
        (ext != "png" && ext != "jpg" && ext != "jpeg" && ext != "svg" && ext != "gif" && ext != "webp"))
      f.error("flowchart", "bad-value", tr("bad-value.flowchart", {c.flowchart}));
    c.flowchart = normal;
  }
  for (const auto& [key, value] : f.unread_fields()) f.error(key, "bad-value", tr("bad-value.enforcement-key", {key}));
}

}  // namespace govsite
