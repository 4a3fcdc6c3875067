#include "render/signature.h"

#include <string_view>

#include "core/utf8.h"

namespace govsite {

namespace {

bool looks_like_issuer(std::string_view text) {
  if (text.size() < 2 || code_point_count(text) > 40) return false;
  for (const char* mark : {"。", "，", "；", "：", "！", "？", "、", "<", ">"})
    if (text.find(mark) != std::string_view::npos) return false;
  return true;
}

// YYYY年M月D日 (month and day with one or two digits).
bool looks_like_date(std::string_view s) {
  auto digits = [&](size_t min, size_t max) {
    size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    if (n < min || n > max) return false;
    s.remove_prefix(n);
    return true;
  };
  auto unit = [&](std::string_view u) {
    if (s.substr(0, u.size()) != u) return false;
    s.remove_prefix(u.size());
    return true;
  };
  return digits(4, 4) && unit("年") && digits(1, 2) && unit("月") && digits(1, 2) && unit("日") && s.empty();
}

}  // namespace

std::string mark_signatures(const std::string& html) {
  // Walk the top-level "<p>…</p>\n" paragraphs (cmark writes exactly that form); a pair of
  // an issuer-like paragraph and a date paragraph is wrapped.
  static const std::string_view open = "<p>", close = "</p>\n";
  std::string out;
  size_t copied = 0;
  size_t at = html.find(open);
  while (at != std::string::npos) {
    const size_t end1 = html.find(close, at);
    if (end1 == std::string::npos) break;
    const size_t second = end1 + close.size();
    const std::string_view p1(html.data() + at + open.size(), end1 - at - open.size());
    if (html.compare(second, open.size(), open) == 0) {
      const size_t end2 = html.find(close, second);
      if (end2 != std::string::npos) {
        const std::string_view p2(html.data() + second + open.size(), end2 - second - open.size());
        if (looks_like_date(p2) && looks_like_issuer(p1) && (at == 0 || html[at - 1] == '\n')) {
          out.append(html, copied, at - copied);
          out += "<div class=\"signature\">\n";
          out.append(html, at, end2 + close.size() - at);
          out += "</div>\n";
          copied = end2 + close.size();
          at = html.find(open, copied);
          continue;
        }
      }
    }
    at = html.find(open, second);
  }
  if (copied == 0) return html;
  out.append(html, copied, std::string::npos);
  return out;
}

}  // namespace govsite
