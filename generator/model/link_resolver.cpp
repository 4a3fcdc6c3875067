#include "model/link_resolver.h"

#include <cctype>

#include "core/file_system.h"
#include "content/document_id.h"

namespace govsite {

namespace {

// [A-Za-z][A-Za-z0-9+.-]*: — by hand: this runs for every link of every page.
bool has_scheme(const std::string& url) {
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return false;
  for (char c : url) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '.' && c != '-') return false;
  }
  return false;
}

}  // namespace

LinkResolution resolve_link(const SiteModel& m, const Document& from, const std::string& url) {
  LinkResolution r;
  if (url.empty() || url[0] == '#' || url[0] == '/' || url[0] == '?' || has_scheme(url)) return r;
  std::string path = url;
  size_t hash = path.find('#');
  if (hash != std::string::npos) {
    r.fragment = path.substr(hash);
    path.erase(hash);
  }
  const bool md = path.size() > 3 && ends_with(path, ".md");
  if (!md && !is_valid_id(path)) {
    size_t query = path.find('?');
    r.file = resolve_document_file(m, from, path.substr(0, query));
    r.kind = r.file.problem.empty() ? LinkResolution::Kind::file : LinkResolution::Kind::broken;
    r.problem = r.file.problem;
    return r;
  }

  const Document* target = nullptr;
  if (md) {
    std::string resolved;
    if (!normalize_relative_path(join_path(parent_path(from.path), path), resolved) ||
        resolved.compare(0, 8, "content/") != 0) {
      r.kind = LinkResolution::Kind::broken;
      r.problem = "the link \"" + url + "\" leads outside content/";
      return r;
    }
    auto it = m.by_path.find(resolved);
    if (it == m.by_path.end()) {
      r.kind = LinkResolution::Kind::broken;
      r.problem = "the link \"" + url + "\" points at " + resolved + ", which is not a document";
      return r;
    }
    target = &m.docs[it->second];
  } else {
    target = m.find(path);
    if (!target) {
      r.kind = LinkResolution::Kind::broken;
      r.problem = "the link \"" + url + "\" names no document: no document has the id \"" + path + "\"";
      return r;
    }
  }
  if (!m.published[m.index_of(*target)]) {
    r.kind = LinkResolution::Kind::broken;
    r.problem = "the link \"" + url + "\" points at " + target->path + ", which is not published (" +
                m.left_out[m.index_of(*target)] + "); a public page cannot link to it";
    return r;
  }
  r.kind = LinkResolution::Kind::document;
  r.target = target;
  return r;
}

}  // namespace govsite
