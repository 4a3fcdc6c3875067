#include <unordered_set>

#include "core/messages.h"
#include "validate/rules.h"

namespace govsite {

namespace {

// A document type as the noun of the message: English needs its article ("an
// inspection-plan", "a policy"), Chinese has none.
std::string type_noun(DocType t) {
  const std::string noun = doc_type_name(t);
  if (language() != Language::en) return noun;
  const bool vowel = noun[0] == 'a' || noun[0] == 'e' || noun[0] == 'i' || noun[0] == 'o' || noun[0] == 'u';
  return (vowel ? "an " : "a ") + noun;
}

// A published document may only point at published documents: pointing at one that is
// not public would reveal it, and pointing at a draft or scheduled one would be a dead link.
void check_target(const SiteModel& m, const Document& from, const std::string& key, const std::string& id,
                  DocType expected, bool type_matters, Diagnostics& diags) {
  SourcePos p = from.pos(key);
  // A target whose own file has an error: one follow-on, naming that error.
  auto follow_on = [&](const BrokenFile& b) {
    diags.add({from.path, p.line, p.column, Severity::error, "broken-reference-target",
               tr("broken-reference-target", {key, broken_target_cause(b)}), true});
  };
  auto it = m.by_id.find(id);
  if (it == m.by_id.end()) {
    if (const BrokenFile* b = m.broken_with_id(id)) return follow_on(*b);
    diags.error(from.path, p.line, p.column, "unknown-reference", tr("unknown-reference", {key, id}));
    return;
  }
  const Document& to = m.docs[it->second];
  if (type_matters && to.type != expected) {
    diags.error(from.path, p.line, p.column, "wrong-reference-type",
                tr("wrong-reference-type", {key, id, type_noun(to.type), type_noun(expected)}));
    return;
  }
  if (!m.published[it->second]) {
    if (const BrokenFile* b = m.broken_at(to.path)) return follow_on(*b);
    diags.error(from.path, p.line, p.column, "unpublished-reference",
                tr("unpublished-reference", {key, id, to.path, m.left_out[it->second]}));
  }
}

}  // namespace

void check_references(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;
    const Document& d = m.docs[i];
    for (const auto& id : d.interprets) check_target(m, d, "interprets", id, DocType::policy, true, diags);
    if (!d.superseded_by.empty()) {
      if (d.superseded_by == d.id) {
        SourcePos p = d.pos("superseded_by");
        diags.error(d.path, p.line, p.column, "supersession-cycle", tr("supersession-cycle.self"));
      } else {
        check_target(m, d, "superseded_by", d.superseded_by, DocType::policy, true, diags);
      }
    }
    if (d.type == DocType::inspection_result && d.params.get("plan"))
      check_target(m, d, "plan", d.params.get("plan")->as_string(), DocType::inspection_plan, true, diags);
    if (!d.result.empty()) check_target(m, d, "result", d.result, DocType::policy, true, diags);
    if (!d.column.empty() && !config.column(d.column)) {
      SourcePos p = d.pos("column");
      std::string known;
      for (const auto& c : config.columns) known += (known.empty() ? "" : ", ") + c.id;
      diags.error(d.path, p.line, p.column, "unknown-column",
                  known.empty() ? tr("unknown-column.none-defined", {d.column})
                                : tr("unknown-column", {d.column, known}));
    }
  }

  for (const auto& [role, id] : config.links) {
    if (m.find_published(id)) continue;
    const Document* to = m.find(id);
    if (const BrokenFile* b = to ? m.broken_at(to->path) : m.broken_with_id(id))
      diags.add({"site.yaml", 0, 0, Severity::error, "broken-reference-target",
                 tr("broken-reference-target.site-link", {role, broken_target_cause(*b)}), true});
    else diags.error("site.yaml", 0, 0, "unknown-reference", tr("unknown-reference.site-link", {role, id}));
  }

  // superseded_by cycles: a → b → … → a. Each start is followed until it leaves the graph
  // or comes back; a cycle is reported once, at its bytewise-first member's file.
  std::unordered_set<size_t> reported;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    std::unordered_set<size_t> seen{i};
    size_t cur = i;
    while (true) {
      const std::string& next_id = m.docs[cur].superseded_by;
      auto it = next_id.empty() ? m.by_id.end() : m.by_id.find(next_id);
      if (it == m.by_id.end() || it->second == cur) break;
      if (it->second == i) {
        bool first = true;
        for (size_t k : seen) first = first && (k >= i);
        if (first && reported.insert(i).second) {
          std::string chain = m.docs[i].id;
          size_t k = i;
          do {
            k = m.by_id.at(m.docs[k].superseded_by);
            chain += " → " + m.docs[k].id;
          } while (k != i);
          SourcePos p = m.docs[i].pos("superseded_by");
          diags.error(m.docs[i].path, p.line, p.column, "supersession-cycle", tr("supersession-cycle", {chain}));
        }
        break;
      }
      if (!seen.insert(it->second).second) break;
      cur = it->second;
    }
  }
}

}  // namespace govsite
