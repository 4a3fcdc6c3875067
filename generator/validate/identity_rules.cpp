#include <string_view>

#include "core/messages.h"
#include "validate/rules.h"

namespace govsite {

namespace {

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// 发文字号: 机关代字〔年份〕序号号, e.g. 盘司发〔2019〕12号. Checked by hand rather than with
// std::regex, which works on bytes and would split the multi-byte 〔〕.
bool is_doc_no(std::string_view s) {
  static const std::string_view open = "〔", close = "〕", hao = "号";
  size_t a = s.find(open);
  if (a == 0 || a == std::string_view::npos) return false;
  std::string_view agency = s.substr(0, a);
  if (agency.find_first_of(" \t") != std::string_view::npos) return false;
  std::string_view rest = s.substr(a + open.size());
  if (rest.size() < 4 || !all_digits(rest.substr(0, 4))) return false;
  rest.remove_prefix(4);
  if (rest.substr(0, close.size()) != close) return false;
  rest.remove_prefix(close.size());
  if (rest.size() <= hao.size() || rest.substr(rest.size() - hao.size()) != hao) return false;
  return all_digits(rest.substr(0, rest.size() - hao.size()));
}

}  // namespace

void check_identity(const SiteModel& m, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    auto first = m.by_id.find(d.id);
    if (first != m.by_id.end() && first->second != i) {
      const Document& other = m.docs[first->second];
      SourcePos p = d.pos("id");
      diags.error(d.path, p.line, p.column, "duplicate-id",
                  tr("duplicate-id", {d.id, other.path}));
    }
    if (d.type != DocType::policy) continue;
    if (!d.doc_no.empty() && !is_doc_no(d.doc_no)) {
      SourcePos p = d.pos("doc_no");
      diags.error(d.path, p.line, p.column, "bad-doc-no",
                  tr("bad-doc-no", {d.doc_no}));
    }
  }
}

}  // namespace govsite
