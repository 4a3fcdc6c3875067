#include "publish/output_writer.h"
#include "core/messages.h"

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

bool check_output_path(const std::string& rel, std::string& error) {
  if (is_safe_output_path(rel)) return true;
  error = tr("io-error.outside-output", {rel});
  return false;
}

bool DirectoryWriter::make_parents(const std::string& rel, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
    std::string dir = rel.substr(0, slash);
    if (made_.count(dir)) continue;
    std::string full = root_ + "/" + dir, reason;
    if (!fs_.make_directory(full, reason)) {
      error = tr("io-error.create-folder", {full, reason});
      return false;
    }
    made_.insert(dir);
  }
  return true;
}

namespace {
// Files held for the writer thread before write() waits: bounds memory, not speed.
constexpr size_t kMaxQueuedBytes = 16u << 20;
// The idle writer is woken once this much is queued, not for every file: waking a thread
// costs two context switches, more than writing a small page (figures in
// docs/performance.md). finish() wakes it for whatever is left.
constexpr size_t kWakeBytes = 1u << 20;
constexpr size_t kWakeFiles = 64;
}  // namespace

DirectoryWriter::DirectoryWriter(std::string root, bool background)
    : DirectoryWriter(real_disk(), std::move(root), background) {}

DirectoryWriter::DirectoryWriter(FileSystem& fs, std::string root, bool background) : fs_(fs), root_(std::move(root)) {
  if (background) thread_ = std::thread([this] { drain(); });
}

DirectoryWriter::~DirectoryWriter() {
  std::string ignored;
  finish(ignored);
}

bool DirectoryWriter::write(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!check_output_path(rel, error)) return false;
  if (!thread_.joinable()) return write_now(rel, bytes, error);
  enqueue(rel, std::string(bytes));  // copied outside the lock
  return true;
}

bool DirectoryWriter::write_owned(const std::string& rel, std::string&& bytes, std::string& error) {
  if (!check_output_path(rel, error)) return false;
  if (!thread_.joinable()) return write_now(rel, bytes, error);
  enqueue(rel, std::move(bytes));
  return true;
}

void DirectoryWriter::enqueue(const std::string& rel, std::string&& bytes) {
  std::unique_lock<std::mutex> lock(queue_mutex_);
  if (queued_bytes_ >= kMaxQueuedBytes && !stopping_) {
    ++producers_waiting_;
    space_free_.wait(lock, [&] { return queued_bytes_ < kMaxQueuedBytes || stopping_; });
    --producers_waiting_;
  }
  queued_bytes_ += bytes.size();
  queue_.emplace_back(rel, std::move(bytes));
  if (writer_idle_ && (queued_bytes_ >= kWakeBytes || queue_.size() >= kWakeFiles)) {
    writer_idle_ = false;
    work_ready_.notify_one();
  }
}

void DirectoryWriter::drain() {
  std::unique_lock<std::mutex> lock(queue_mutex_);
  while (true) {
    writer_idle_ = true;
    work_ready_.wait(lock, [&] { return stopping_ || queued_bytes_ >= kWakeBytes || queue_.size() >= kWakeFiles; });
    writer_idle_ = false;
    while (!queue_.empty()) {  // everything queued, then sleep again
      auto [rel, bytes] = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      std::string error;
      const bool ok = write_now(rel, bytes, error);
      lock.lock();
      queued_bytes_ -= bytes.size();
      if (!ok && first_error_.empty()) first_error_ = error;
      if (producers_waiting_ > 0 && queued_bytes_ < kMaxQueuedBytes) space_free_.notify_all();
    }
    if (stopping_) return;
  }
}

bool DirectoryWriter::finish(std::string& error) {
  if (thread_.joinable()) {
    {
      std::lock_guard<std::mutex> lock(queue_mutex_);
      stopping_ = true;
    }
    work_ready_.notify_one();
    space_free_.notify_all();
    thread_.join();
  }
  if (first_error_.empty()) return true;
  error = first_error_;
  return false;
}

bool DirectoryWriter::write_now(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!make_parents(rel, error)) return false;
  const std::string full = root_ + "/" + rel;
  std::string reason;
  if (fs_.write_file(full, bytes, reason)) return true;
  error = tr("io-error.write", {full, reason});
  return false;
}

bool MemoryWriter::write(const std::string& rel, std::string_view bytes, std::string& error) {
  if (!check_output_path(rel, error)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  files_[rel] = keep_ ? std::string(bytes) : std::string();
  return true;
}

bool MemoryWriter::write_owned(const std::string& rel, std::string&& bytes, std::string& error) {
  if (!check_output_path(rel, error)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  files_[rel] = keep_ ? std::move(bytes) : std::string();
  return true;
}

}  // namespace govsite
