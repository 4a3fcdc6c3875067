#include "model/document_files.h"

#include <cstdio>

#include "core/file_system.h"
#include "core/messages.h"
#include "core/url.h"

namespace govsite {

namespace {

// A control character (a line break, a tab, …) or a backslash in a published file's name:
// the bundle's checksum list and its install.sh, Windows copies and browsers (which read a
// backslash as '/') would each take the name differently. Empty when the name is fine.
std::string file_name_problem(const std::string& written, const std::string& decoded) {
  for (unsigned char c : decoded) {
    if (c != '\\' && c >= 0x20 && c != 0x7f) continue;
    std::string shown;  // the name as written, with control characters made visible
    for (unsigned char w : written) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", w);
      shown += w < 0x20 || w == 0x7f ? std::string(hex) : std::string(1, static_cast<char>(w));
    }
    return c == '\\' ? tr("bad-file-name.backslash", {shown}) : tr("bad-file-name.control-character", {shown});
  }
  return "";
}

}  // namespace

FileReference resolve_document_file(const SiteModel& m, const Document& d, const std::string& written) {
  return resolve_document_file(m, d, written, percent_decode(written));
}

FileReference resolve_document_file(const SiteModel& m, const Document& d, const std::string& written,
                                    const std::string& decoded) {
  FileReference r;
  if (std::string problem = file_name_problem(written, decoded); !problem.empty()) {
    r.problem = std::move(problem);
    r.code = "bad-file-name";
    return r;
  }
  const std::string folder = folder_of(d);
  std::string path;
  if (decoded.empty() || decoded[0] == '/' || !normalize_relative_path(join_path(folder, decoded), path) ||
      path.compare(0, folder.size() + 1, folder + "/") != 0) {
    r.problem = tr("broken-link.file-outside-folder", {written, folder});
    return r;
  }
  r.path = path;
  r.output_rel = path.substr(folder.size() + 1);
  if (!m.files.count(path)) {
    r.problem = tr("broken-link.file-missing", {written, path});
    return r;
  }
  if (const Document* owner = m.unpublished_claimant(path))
    r.problem = tr("broken-link.file-unpublished-owner", {written, owner->path});
  return r;
}

std::string extension_of(const std::string& path) {
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string ext = path.substr(dot + 1);
  for (char& c : ext)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return ext;
}

std::string file_type_problem(const std::vector<std::string>& allowed, const std::string& path) {
  const std::string ext = extension_of(path);
  for (const auto& a : allowed)
    if (a == ext) return "";
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return tr("broken-link.file-type", {path.substr(path.rfind('/') + 1), list});
}

std::string human_size(size_t bytes) {
  char buf[32];
  if (bytes < 1024) {
    std::snprintf(buf, sizeof buf, "%zu B", bytes);
  } else if (bytes < 1024 * 1024) {
    std::snprintf(buf, sizeof buf, "%.1f KB", static_cast<double>(bytes) / 1024);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1024 * 1024));
  }
  return buf;
}

}  // namespace govsite
