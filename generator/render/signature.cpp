#include "render/signature.h"

#include <regex>

#include "core/utf8.h"

namespace govsite {

namespace {

bool looks_like_issuer(const std::string& text) {
  if (code_point_count(text) > 40) return false;
  for (const char* mark : {"。", "，", "；", "：", "！", "？", "、", "<", ">"})
    if (text.find(mark) != std::string::npos) return false;
  return true;
}

}  // namespace

std::string mark_signatures(const std::string& html) {
  // Byte-wise regex: only ASCII classes and literal UTF-8 sequences, never a class of
  // multi-byte characters.
  static const std::regex pair(
      "<p>([^<]{2,160})</p>\n<p>([0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日)</p>\n");
  std::string out;
  size_t last = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), pair); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    if (!looks_like_issuer(m[1])) continue;
    out.append(html, last, m.position() - last);
    out += "<div class=\"signature\">\n" + m.str() + "</div>\n";
    last = m.position() + m.length();
  }
  if (last == 0) return html;
  out.append(html, last, std::string::npos);
  return out;
}

}  // namespace govsite
