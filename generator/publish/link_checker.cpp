#include "publish/link_checker.h"

#include <vector>

#include "core/file_system.h"
#include "core/url.h"
#include "core/messages.h"

namespace govsite {

namespace {

std::string unescape_html(std::string_view s) {
  std::string out(s);
  for (size_t at; (at = out.find("&amp;")) != std::string::npos;) out.replace(at, 5, "&");
  return out;
}

// Resolves `path` (decoded, no query or fragment) against the folder segments of the page
// the way a browser does, into `target` ("a/b/index.html"). False when it leaves the site.
bool resolve_against(const std::vector<std::string_view>& folder, std::string_view path,
                     std::vector<std::string_view>& segments, std::string& target) {
  segments.assign(folder.begin(), folder.end());
  if (!push_path_segments(segments, path)) return false;
  target.clear();
  for (const auto& s : segments) {
    if (!target.empty()) target += '/';
    target.append(s.data(), s.size());
  }
  if (path.back() == '/' || target.empty()) target += target.empty() ? "index.html" : "/index.html";
  return true;
}

}  // namespace

bool LinkCheckingWriter::write(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!inner_.write(rel, bytes, error)) return false;
  record(rel, ends_with(rel, ".html") ? links_of(rel, bytes) : Links());
  return true;
}

bool LinkCheckingWriter::write_owned(const std::string& rel, std::string&& bytes, std::string& error) {
  Links links = ends_with(rel, ".html") ? links_of(rel, bytes) : Links();  // before the bytes are handed on
  if (!inner_.write_owned(rel, std::move(bytes), error)) return false;
  record(rel, std::move(links));
  return true;
}

void LinkCheckingWriter::record(const std::string& page, Links links) {
  std::lock_guard<std::mutex> lock(mutex_);
  written_.insert(page);
  for (auto& [key, written] : links)
    if (targets_.find(key) == targets_.end())
      targets_.emplace(std::move(key), std::make_pair(page, std::move(written)));
}

LinkCheckingWriter::Links LinkCheckingWriter::links_of(const std::string& page, std::string_view html) const {
  // Buffers reused for every link: a page has dozens, a site tens of thousands of pages.
  std::vector<std::string_view> folder, segments, root;
  const std::string page_folder = parent_path(page);
  for (size_t start = 0; !page_folder.empty() && start <= page_folder.size();) {
    size_t slash = page_folder.find('/', start);
    if (slash == std::string::npos) slash = page_folder.size();
    folder.push_back(std::string_view(page_folder).substr(start, slash - start));
    start = slash + 1;
  }
  Links found;
  std::string url, path, target;
  // One pass over the page: each `="` that closes " href" or " src" starts a link. ('=' is
  // rare in a page's text, so memchr finds the candidates quickly.)
  for (size_t at = html.find("=\""); at != std::string_view::npos; at = html.find("=\"", at + 1)) {
    // The letter before '=' first: most attributes (class, id, rel, type) end otherwise.
    const char last = at >= 1 ? html[at - 1] : '\0';
    const bool link = (last == 'f' && at >= 5 && html.compare(at - 5, 5, " href") == 0) ||
                      (last == 'c' && at >= 4 && html.compare(at - 4, 4, " src") == 0);
    if (!link) continue;
    const size_t start = at + 2;
    const size_t end = html.find('"', start);
    if (end == std::string_view::npos) break;
    const std::string_view raw = html.substr(start, end - start);
    url = raw.find('&') == std::string_view::npos ? std::string(raw) : unescape_html(raw);
    // As a browser does: drop query and fragment, decode, resolve against the page.
    UrlParts u = classify_url(url);
    if (u.kind == UrlParts::Kind::scheme || u.kind == UrlParts::Kind::protocol_relative ||
        u.kind == UrlParts::Kind::same_page)
      continue;  // another site's, or this page
    path = std::move(u.path);
    bool ok = !path.empty();
    if (ok && u.kind == UrlParts::Kind::root_absolute) {
      ok = path.compare(0, base_path_.size(), base_path_) == 0 &&
           resolve_against(root, std::string_view(path).substr(base_path_.size()), segments, target);
    } else if (ok) {
      ok = resolve_against(folder, path, segments, target);
    }
    if (found.empty() || found.back().second != url) found.emplace_back(ok ? target : "\n" + url, url);
  }
  return found;
}

void LinkCheckingWriter::report(Diagnostics& diags) const {
  std::lock_guard<std::mutex> lock(mutex_);
  for (const auto& [target, where] : targets_) {
    if (written_.count(target) || inner_.kept(target)) continue;
    // The page is in the output, not a source file: named in the message, not as the path.
    diags.error("", 0, 0, "broken-output-link",
                target[0] == '\n' ? tr("broken-output-link.nowhere", {where.first, where.second})
                                  : tr("broken-output-link", {where.first, where.second, target}));
  }
}

}  // namespace govsite
