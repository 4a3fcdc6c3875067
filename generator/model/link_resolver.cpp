#include "model/link_resolver.h"

#include "core/file_system.h"
#include "core/messages.h"
#include "core/url.h"
#include "vocabulary/document_id.h"

namespace govsite {

namespace {

// "a:b.pdf" has the scheme "a:" for a browser, whatever the editor meant; when a file of
// that name lies beside the document, the editor meant the file.
std::string scheme_problem(const SiteModel& m, const Document& from, const std::string& url,
                           const std::string& scheme) {
  std::string path;
  const std::string name = percent_decode(url.substr(0, url.find_first_of("?#")));
  if (!normalize_relative_path(join_path(folder_of(from), name), path) || !m.files.count(path)) return "";
  return tr("broken-link.scheme", {url, scheme, path});
}

// A relative path that names a page rather than a file: "x.html", "../2019/", "..".
bool names_a_page(const std::string& path) {
  const std::string last = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  return last.empty() || last == "." || last == ".." || ends_with(last, ".html") || ends_with(last, ".htm") ||
         ends_with(last, ".shtml");
}

// A page address where an id belongs. When its file name is a document's id (pages are
// "<section>/<id>.html"), the message names that id; otherwise this document's own id is
// the example of what to write.
LinkResolution link_by_address(const SiteModel& m, const Document& from, const std::string& url,
                               const std::string& path, bool root_absolute) {
  LinkResolution r;
  r.kind = LinkResolution::Kind::broken;
  r.code = "link-by-address";
  std::string stem = path.substr(path.rfind('/') == std::string::npos ? 0 : path.rfind('/') + 1);
  for (const char* suffix : {".html", ".htm", ".shtml"})
    if (ends_with(stem, suffix)) stem.resize(stem.size() - std::string_view(suffix).size());
  const Document* target = is_valid_id(stem) ? m.find(stem) : nullptr;
  const std::string kind = root_absolute ? "link-by-address.root" : "link-by-address.relative";
  r.problem = target ? tr(kind, {url, target->id}) : tr(kind + "-unknown", {url, from.id});
  return r;
}

LinkResolution broken_target(const std::string& url, const BrokenFile& b) {
  LinkResolution r;
  r.kind = LinkResolution::Kind::broken;
  r.broken_target = true;
  r.problem = tr("broken-reference-target.link", {url, broken_target_cause(b)});
  return r;
}

}  // namespace

LinkResolution resolve_link(const SiteModel& m, const Document& from, const std::string& url) {
  LinkResolution r;
  const UrlParts u = classify_url(url);
  if (u.kind == UrlParts::Kind::scheme) {
    r.problem = scheme_problem(m, from, url, u.scheme);
    if (!r.problem.empty()) {
      r.kind = LinkResolution::Kind::broken;
      r.code = "broken-link";
    }
    return r;
  }
  if (u.kind == UrlParts::Kind::root_absolute) return link_by_address(m, from, url, u.path, true);
  if (u.kind != UrlParts::Kind::relative) return r;  // //host, #anchor, ?query: not ours
  r.fragment = u.fragment;
  const std::string& path = u.path;
  const bool md = path.size() > 3 && ends_with(path, ".md");
  if (!md && !is_valid_id(path)) {
    r.file = resolve_document_file(m, from, url.substr(0, url.find_first_of("?#")), path);
    // A file of that name beside the document is the file, whatever its name looks like.
    if (!r.file.problem.empty() && r.file.code.empty() && names_a_page(path))
      return link_by_address(m, from, url, path, false);
    r.kind = r.file.problem.empty() ? LinkResolution::Kind::file : LinkResolution::Kind::broken;
    r.problem = r.file.problem;
    r.code = r.file.code.empty() ? "broken-link" : r.file.code;
    return r;
  }

  const Document* target = nullptr;
  if (md) {
    std::string resolved;
    if (!normalize_relative_path(join_path(parent_path(from.path), path), resolved) ||
        resolved.compare(0, 8, "content/") != 0) {
      r.kind = LinkResolution::Kind::broken;
      r.code = "broken-link";
      r.problem = tr("broken-link.outside-content", {url});
      return r;
    }
    auto it = m.by_path.find(resolved);
    if (it == m.by_path.end()) {
      if (const BrokenFile* b = m.broken_at(resolved)) return broken_target(url, *b);
      r.kind = LinkResolution::Kind::broken;
      r.code = "broken-link";
      r.problem = tr("broken-link.not-a-document", {url, resolved});
      return r;
    }
    target = &m.docs[it->second];
  } else {
    target = m.find(path);
    if (!target) {
      if (const BrokenFile* b = m.broken_with_id(path)) return broken_target(url, *b);
      r.kind = LinkResolution::Kind::broken;
      r.code = "broken-link";
      r.problem = tr("broken-link.no-document", {url, path});
      return r;
    }
  }
  if (!m.published[m.index_of(*target)]) {
    if (const BrokenFile* b = m.broken_at(target->path)) return broken_target(url, *b);
    r.kind = LinkResolution::Kind::broken;
    r.code = "broken-link";
    r.problem = tr("broken-link.unpublished", {url, target->path, m.left_out[m.index_of(*target)]});
    return r;
  }
  r.kind = LinkResolution::Kind::document;
  r.target = target;
  return r;
}

}  // namespace govsite
