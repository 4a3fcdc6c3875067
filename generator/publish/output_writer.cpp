#include "publish/output_writer.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace govsite {

bool is_safe_output_path(const std::string& rel) {
  if (rel.empty() || rel[0] == '/' || rel.back() == '/') return false;
  if (rel.find('\\') != std::string::npos || rel.find('\0') != std::string::npos) return false;
  size_t start = 0;
  while (start <= rel.size()) {
    size_t slash = rel.find('/', start);
    if (slash == std::string::npos) slash = rel.size();
    std::string_view seg(rel.data() + start, slash - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = slash + 1;
  }
  return true;
}

bool DirectoryWriter::make_parents(const std::string& rel, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
    std::string dir = rel.substr(0, slash);
    if (made_.count(dir)) continue;
    std::string full = root_ + "/" + dir;
    if (::mkdir(full.c_str(), 0755) != 0 && errno != EEXIST) {
      error = "cannot create folder " + full + ": " + std::strerror(errno);
      return false;
    }
    made_.insert(dir);
  }
  return true;
}

bool DirectoryWriter::write(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!is_safe_output_path(rel)) {
    error = "refused to write outside the output folder: \"" + rel + "\"";
    return false;
  }
  if (!make_parents(rel, error)) return false;
  const std::string full = root_ + "/" + rel;
  std::FILE* f = std::fopen(full.c_str(), "wb");
  if (!f) {
    error = "cannot write " + full + ": " + std::strerror(errno);
    return false;
  }
  size_t written = std::fwrite(bytes.data(), 1, bytes.size(), f);
  bool ok = written == bytes.size();
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) error = "cannot write " + full + ": " + std::strerror(errno);
  return ok;
}

bool MemoryWriter::write(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!is_safe_output_path(rel)) {
    error = "refused to write outside the output folder: \"" + rel + "\"";
    return false;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  files_[rel] = keep_ ? std::string(bytes) : std::string();
  return true;
}

}  // namespace govsite
