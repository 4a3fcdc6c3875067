#include "core/file_system.h"

#include "core/messages.h"
#include "core/system_error.h"
#include "core/url.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace govsite {

namespace fs = std::filesystem;

bool RealFileSystem::read_file(const std::string& path, std::string& contents, std::string& error) const {
  // One open, fstat and read (files under /proc report size 0: read on to the end).
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = system_error_text(errno);
    return false;
  }
  struct stat st;
  size_t size = ::fstat(fd, &st) == 0 && st.st_size > 0 ? static_cast<size_t>(st.st_size) : 0;
  contents.resize(size);
  size_t done = 0;
  // Once the buffer is full, the read that finds the end goes into a small buffer of its
  // own: growing `contents` for it would zero and copy as many bytes again, for every
  // file a build reads, and for the build cache.
  char probe[4096];
  while (true) {
    const bool full = done == contents.size();
    char* into = full ? probe : &contents[done];
    const ssize_t n = ::read(fd, into, full ? sizeof probe : contents.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = system_error_text(errno);
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    if (full) {
      contents.append(probe, static_cast<size_t>(n));
      contents.resize(std::max(contents.size(), 2 * done));  // the file was longer than its size said
    }
    done += static_cast<size_t>(n);
  }
  contents.resize(done);
  ::close(fd);
  return true;
}

bool RealFileSystem::is_file(const std::string& path) const {
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

bool RealFileSystem::is_directory(const std::string& path) const {
  std::error_code ec;
  return fs::is_directory(path, ec);
}

bool RealFileSystem::is_file_without_links(const std::string& dir, const std::string& path) const {
  std::string root = dir;
  while (root.size() > 1 && root.back() == '/') root.pop_back();
  const fs::path rel = fs::path(path).lexically_relative(root);
  if (rel.empty() || *rel.begin() == "..") return false;
  fs::path at = root;
  struct stat st;
  for (const fs::path& part : rel) {
    at /= part;
    if (::lstat(at.c_str(), &st) != 0 || S_ISLNK(st.st_mode)) return false;
  }
  return S_ISREG(st.st_mode);
}

std::vector<std::string> RealFileSystem::list_files(const std::string& dir, std::vector<std::string>& problems) const {
  std::vector<std::string> out;
  std::error_code ec;
  const fs::path root = fs::weakly_canonical(dir, ec);
  fs::recursive_directory_iterator it(dir, fs::directory_options::none, ec), end;
  if (ec) {
    problems.push_back(".: " + system_error_text(ec));
    return out;
  }
  for (; it != end; it.increment(ec)) {
    if (ec) {
      problems.push_back(it->path().lexically_relative(dir).generic_string() + ": " + system_error_text(ec));
      ec.clear();
      continue;
    }
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    const std::string rel = p.lexically_relative(dir).generic_string();
    if (!name.empty() && name[0] == '.') {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_symlink(ec)) {
      // A link may point anywhere; follow it only when its target stays inside `dir`,
      // so no document can make the build read outside the site.
      fs::path target = fs::canonical(p, ec);
      if (ec) {
        problems.push_back(rel + ": " + tr("unreadable.broken-link"));
        ec.clear();
        continue;
      }
      auto [root_end, _] = std::mismatch(root.begin(), root.end(), target.begin(), target.end());
      if (root_end != root.end()) {
        problems.push_back(rel + ": " + tr("unreadable.link-outside"));
        continue;
      }
      // Linked folders are not descended into (no loops). Only documents may be links:
      // an attachment or image reached through a link would escape the check of which
      // document owns the file (a withheld document's file under another name).
      if (!fs::is_regular_file(target, ec)) continue;
      if (!ends_with(rel, ".md")) {
        problems.push_back(rel + ": " + tr("unreadable.link-not-document"));
        continue;
      }
      out.push_back(rel);
      continue;
    }
    if (it->is_regular_file(ec)) out.push_back(rel);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool RealFileSystem::stat_file(const std::string& path, FileStat& out) const {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return false;
  out.size = static_cast<uint64_t>(st.st_size);
  out.inode = static_cast<uint64_t>(st.st_ino);
  out.mtime_ns = static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  out.ctime_ns = static_cast<int64_t>(st.st_ctim.tv_sec) * 1000000000 + st.st_ctim.tv_nsec;
  return true;
}

EntryKind RealFileSystem::entry_kind(const std::string& path) const {
  struct stat st;
  if (::lstat(path.c_str(), &st) != 0)
    return errno == ENOENT || errno == ENOTDIR ? EntryKind::missing : EntryKind::unknown;
  if (S_ISREG(st.st_mode)) return EntryKind::file;
  if (S_ISDIR(st.st_mode)) return EntryKind::folder;
  if (S_ISLNK(st.st_mode)) return EntryKind::link;
  return EntryKind::other;
}

std::string RealFileSystem::stamp(const std::string& path) const {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return std::string();
  return std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec) + ":" + std::to_string(st.st_ino);
}

bool FileSystem::read_shared(const std::string& path, SharedBytes& out, std::string& error) const {
  auto copy = std::make_shared<std::string>();
  if (!read_file(path, *copy, error)) return false;
  out.bytes = *copy;
  out.owner = std::move(copy);
  return true;
}

bool FileSystem::write_file(const std::string& path, std::string_view bytes, std::string& error) {
  std::unique_ptr<FileBeingWritten> file = create_file(path, error);
  if (!file) return false;
  const bool appended = file->append(bytes);
  return file->close(error) && appended;
}

bool FileSystem::make_directories(const std::string& path, std::string& error) {
  if (path.empty() || path == "/" || path == "." || is_directory(path)) return true;
  const std::string parent = parent_path(path);
  if (!parent.empty() && !make_directories(parent, error)) return false;
  return make_directory(path, error);
}

RealFileSystem& real_disk() {
  static RealFileSystem disk;
  return disk;
}

bool RealFileSystem::read_shared(const std::string& path, SharedBytes& out, std::string& error) const {
  // Mapped rather than read into a buffer: zeroing and filling a buffer the size of a large
  // build cache was more than half of reading it.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = system_error_text(errno);
    return false;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
    ::close(fd);
    return FileSystem::read_shared(path, out, error);  // empty, or not a plain file: read it
  }
  const size_t size = static_cast<size_t>(st.st_size);
  void* at = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  const int mapping_errno = errno;
  ::close(fd);
  if (at == MAP_FAILED) {
    error = system_error_text(mapping_errno);
    return false;
  }
  out.owner = std::shared_ptr<const void>(at, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
  out.bytes = std::string_view(static_cast<const char*>(at), size);
  return true;
}

bool RealFileSystem::exists(const std::string& path) const {
  struct stat st;
  return ::lstat(path.c_str(), &st) == 0;
}

int64_t RealFileSystem::now_ns() const {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string join_path(const std::string& base, const std::string& rel) {
  if (base.empty() || base == ".") return rel;
  if (rel.empty()) return base;
  return base.back() == '/' ? base + rel : base + "/" + rel;
}

std::string parent_path(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? std::string() : path.substr(0, slash);
}

bool normalize_relative_path(const std::string& path, std::string& out) {
  if (path.empty() || path[0] == '/') return false;
  std::vector<std::string_view> parts;
  if (!push_path_segments(parts, path)) return false;
  out.clear();
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += '/';
    out += parts[i];
  }
  return true;
}

}  // namespace govsite
