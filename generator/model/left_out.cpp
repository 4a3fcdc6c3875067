#include "model/left_out.h"

#include "core/messages.h"
#include "model/site_model.h"

namespace govsite {

std::vector<LeftOutDocument> left_out_documents(const SiteModel& m) {
  std::vector<LeftOutDocument> out;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (m.published[i] || m.left_out_code[i].empty()) continue;
    const Document& d = m.docs[i];
    out.push_back({d.path, m.left_out_code[i],
                   m.left_out_code[i] == "scheduled" && d.published ? d.published->str() : std::string()});
  }
  return out;
}

std::string left_out_summary(const std::vector<LeftOutDocument>& docs, size_t max_names) {
  if (docs.empty()) return "";
  std::string out = tr(docs.size() == 1 ? "cli.left-out.one" : "cli.left-out", {std::to_string(docs.size())});
  // The reasons an editor acts on first: a draft to finish, a date to wait for.
  for (const char* code :
       {"draft", "scheduled", "review-incomplete", "no-publication-date", "not-public", "expired", "invalid-id"}) {
    std::string names;
    size_t count = 0;
    for (const auto& d : docs) {
      if (d.code != code) continue;
      if (++count > max_names) continue;
      if (!names.empty()) names += tr("cli.left-out.separator");
      names += d.date.empty() ? d.path : tr("cli.left-out.due", {d.path, d.date});
    }
    if (count == 0) continue;
    if (count > max_names) names += tr("cli.left-out.more", {std::to_string(count)});
    out += tr("cli.left-out.reason", {tr(std::string("cli.left-out.") + code, {std::to_string(count)}), names});
  }
  return out;
}

}  // namespace govsite
