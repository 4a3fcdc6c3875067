#include "publish/link_checker.h"

#include <cctype>
#include <vector>

#include "core/file_system.h"
#include "core/url.h"

namespace govsite {

namespace {

bool is_external(std::string_view url) {
  if (url.rfind("//", 0) == 0 || url[0] == '#') return true;
  for (size_t i = 0; i < url.size(); ++i) {  // a scheme: letters, digits, + - . then ':'
    char c = url[i];
    if (c == ':') return i > 0;
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.')) return false;
  }
  return false;
}

std::string unescape_html(std::string_view s) {
  std::string out(s);
  for (size_t at; (at = out.find("&amp;")) != std::string::npos;) out.replace(at, 5, "&");
  return out;
}

}  // namespace

bool LinkCheckingWriter::write(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!inner_.write(rel, bytes, error)) return false;
  const bool html = ends_with(rel, ".html");
  if (html) record_links(rel, bytes);
  std::lock_guard<std::mutex> lock(mutex_);
  written_.insert(rel);
  return true;
}

bool LinkCheckingWriter::keep(const std::string& rel) {
  if (!inner_.keep(rel)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  written_.insert(rel);
  return true;
}

void LinkCheckingWriter::record_links(const std::string& page, std::string_view html) {
  std::vector<std::pair<std::string, std::string>> found;  // (target, url as written)
  for (const char* attr : {" href=\"", " src=\""}) {
    const std::string_view a(attr);
    for (size_t at = html.find(a); at != std::string_view::npos; at = html.find(a, at + 1)) {
      const size_t start = at + a.size();
      const size_t end = html.find('"', start);
      if (end == std::string_view::npos) break;
      const std::string url = unescape_html(html.substr(start, end - start));
      if (!url.empty() && is_external(url)) continue;
      // As a browser does: drop query and fragment, decode, resolve against the page.
      const std::string path = percent_decode(url.substr(0, url.find_first_of("?#")));
      std::string rel, target;
      bool ok = !path.empty();
      if (ok && path[0] == '/') {
        ok = path.compare(0, base_path_.size(), base_path_) == 0;
        rel = ok ? "./" + path.substr(base_path_.size()) : "";
      } else if (ok) {
        rel = join_path(parent_path(page), path);
      }
      ok = ok && normalize_relative_path(rel, target);
      if (ok && (path.back() == '/' || target.empty())) target = join_path(target, "index.html");
      found.emplace_back(ok ? target : std::string(), url);
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto& [target, url] : found) {
    std::string key = target.empty() ? "\n" + url : std::move(target);
    if (targets_.find(key) == targets_.end()) targets_.emplace(std::move(key), std::make_pair(page, std::move(url)));
  }
}

void LinkCheckingWriter::report(Diagnostics& diags) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [target, where] : targets_) {
    if (written_.count(target)) continue;
    // The page is in the output, not a source file: named in the message, not as the path.
    diags.error("", 0, 0, "broken-output-link",
                "the generated page " + where.first + " links to \"" + where.second + "\", which " +
                    (target[0] == '\n' ? std::string("leads nowhere in the site")
                                        : "is not in the output (no " + target + ")") +
                    "; a template or the theme has a broken link");
  }
}

}  // namespace govsite
