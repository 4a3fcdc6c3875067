// RealFileSystem's writes: files written whole or in pieces, folders made, renamed,
// exchanged and removed, each failure said with the system's reason. Apart from the reads
// (file_system.cpp) because the two share nothing but the class.
#include "core/file_system.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "core/system_error.h"

namespace govsite {

namespace fs = std::filesystem;

namespace {

// Writes the whole of `bytes` (looping over partial writes); false with errno set.
bool write_all(int fd, std::string_view bytes) {
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) {
      errno = EIO;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// A file open for writing: no stdio buffer, the caller appends in pieces of its choosing.
class DiskFileBeingWritten : public FileBeingWritten {
 public:
  explicit DiskFileBeingWritten(int fd) : fd_(fd) {}
  ~DiskFileBeingWritten() override {
    if (fd_ >= 0) ::close(fd_);
  }
  bool append(std::string_view bytes) override {
    if (failed_errno_ != 0) return false;
    if (write_all(fd_, bytes)) return true;
    failed_errno_ = errno;
    return false;
  }
  bool close(std::string& error) override {
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0 && failed_errno_ == 0) failed_errno_ = errno;
    if (failed_errno_ == 0) return true;
    error = system_error_text(failed_errno_);
    return false;
  }

 private:
  int fd_;
  int failed_errno_ = 0;
};

// Files and folders are made with every permission the umask leaves, as fopen() and
// mkdir(1) make them: a site whose deploy group shares its files (umask 002) gets
// group-writable output, a private one (077) none readable by others.
int open_for_writing(const std::string& path, std::string& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) error = system_error_text(errno);
  return fd;
}

}  // namespace

bool RealFileSystem::write_file(const std::string& path, std::string_view bytes, std::string& error) {
  // One open, one write, one close: output pages are written by the thousand.
  const int fd = open_for_writing(path, error);
  if (fd < 0) return false;
  bool ok = write_all(fd, bytes);
  int failed = ok ? 0 : errno;
  if (::close(fd) != 0 && ok) {
    ok = false;
    failed = errno;
  }
  if (!ok) error = system_error_text(failed);
  return ok;
}

std::unique_ptr<FileBeingWritten> RealFileSystem::create_file(const std::string& path, std::string& error) {
  const int fd = open_for_writing(path, error);
  if (fd < 0) return nullptr;
  return std::make_unique<DiskFileBeingWritten>(fd);
}

bool RealFileSystem::make_directory(const std::string& path, std::string& error) {
  // Something already there that is no folder makes the writes into it fail instead, with
  // their own reason.
  if (::mkdir(path.c_str(), 0777) == 0 || errno == EEXIST) return true;
  error = system_error_text(errno);
  return false;
}

bool RealFileSystem::rename(const std::string& from, const std::string& to, std::string& error) {
  if (std::rename(from.c_str(), to.c_str()) == 0) return true;
  error = system_error_text(errno);
  return false;
}

bool RealFileSystem::exchange(const std::string& a, const std::string& b, std::string& error) {
  if (::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0) return true;
  error = system_error_text(errno);
  return false;
}

bool RealFileSystem::remove_file(const std::string& path, std::string& error) {
  if (::unlink(path.c_str()) == 0 || errno == ENOENT) return true;
  error = system_error_text(errno);
  return false;
}

bool RealFileSystem::remove_empty_directory(const std::string& path) { return ::rmdir(path.c_str()) == 0; }

bool RealFileSystem::remove_tree(const std::string& path, std::string& error) {
  std::error_code ec;
  fs::remove_all(path, ec);
  if (!ec) return true;
  error = system_error_text(ec);
  return false;
}

}  // namespace govsite
