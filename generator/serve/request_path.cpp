#include "serve/request_path.h"

#include "core/file_system.h"
#include "core/url.h"

namespace govsite {

bool preview_file_path(const std::string& path, std::string& rel) {
  if (path.empty() || path[0] != '/') return false;
  for (unsigned char c : path)
    if (c < 0x20 || c == 0x7f) return false;
  return normalize_relative_path("." + path, rel);
}

std::string folder_location(const std::string& rel) {
  // normalize_relative_path leaves no empty segment, so the encoded path never starts
  // with a second '/'; percent_encode_path keeps only unreserved characters and '/'.
  return rel.empty() ? "/" : "/" + percent_encode_path(rel) + "/";
}

}  // namespace govsite
