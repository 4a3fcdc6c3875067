#include "core/virtual_file_system.h"

#include <algorithm>
#include <cerrno>

#include "core/system_error.h"

namespace govsite {

namespace {

bool below(const std::string& path, const std::string& dir) {
  return path.size() > dir.size() && path.compare(0, dir.size(), dir) == 0 && path[dir.size()] == '/';
}

}  // namespace

// Collects the pieces and stores them as the file when closed, as one write.
class VirtualFileBeingWritten : public FileBeingWritten {
 public:
  VirtualFileBeingWritten(VirtualFileSystem& fs, std::string path) : fs_(fs), path_(std::move(path)) {}
  bool append(std::string_view bytes) override {
    contents_.append(bytes);
    return true;
  }
  bool close(std::string&) override {
    std::lock_guard<std::mutex> lock(fs_.mutex_);
    fs_.put(path_, std::move(contents_), /*logged=*/true);
    return true;
  }

 private:
  VirtualFileSystem& fs_;
  std::string path_;
  std::string contents_;
};

void VirtualFileSystem::tick(int64_t ns) {
  std::lock_guard<std::mutex> lock(mutex_);
  now_ns_ += ns;
}

int64_t VirtualFileSystem::now_ns() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return now_ns_;
}

void VirtualFileSystem::add(const std::string& path, std::string contents) {
  std::lock_guard<std::mutex> lock(mutex_);
  put(path, std::move(contents), /*logged=*/false);
}

void VirtualFileSystem::put(const std::string& path, std::string contents, bool logged) {
  File& file = files_[path];
  if (file.stat.inode == 0) file.stat.inode = next_inode_++;
  file.stat.size = contents.size();
  file.stat.mtime_ns = file.stat.ctime_ns = now_ns_;
  file.contents = std::move(contents);
  if (logged) written_.push_back(path);
}

std::vector<std::string> VirtualFileSystem::files_read() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return read_;
}

std::vector<std::string> VirtualFileSystem::files_written() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return written_;
}

bool VirtualFileSystem::was_read(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::find(read_.begin(), read_.end(), path) != read_.end();
}

void VirtualFileSystem::clear_logs() {
  std::lock_guard<std::mutex> lock(mutex_);
  read_.clear();
  written_.clear();
}

bool VirtualFileSystem::read_file(const std::string& path, std::string& contents, std::string& error) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) {
    error = system_error_text(directory_locked(path) ? EISDIR : ENOENT);
    return false;
  }
  read_.push_back(path);
  contents = it->second.contents;
  return true;
}

bool VirtualFileSystem::is_file(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return files_.count(path) > 0;
}

bool VirtualFileSystem::directory_locked(const std::string& path) const {
  if (path.empty() || folders_.count(path)) return true;
  const std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
}

bool VirtualFileSystem::parent_exists_locked(const std::string& path) const {
  return directory_locked(parent_path(path));
}

bool VirtualFileSystem::is_directory(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  return directory_locked(path);
}

std::vector<std::string> VirtualFileSystem::list_files(const std::string& dir, std::vector<std::string>&) const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::string> out;
  const std::string prefix = dir.empty() ? "" : dir + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0;
       ++it) {
    std::string rel = it->first.substr(prefix.size());
    const bool hidden = rel[0] == '.' || rel.find("/.") != std::string::npos;
    if (!hidden) out.push_back(std::move(rel));
  }
  return out;  // std::map keeps them sorted bytewise already
}

std::string VirtualFileSystem::stamp(const std::string& path) const {
  FileStat st;
  if (!stat_file(path, st)) return std::string();
  return std::to_string(st.size) + ":" + std::to_string(st.mtime_ns) + ":" + std::to_string(st.inode);
}

bool VirtualFileSystem::stat_file(const std::string& path, FileStat& st) const {
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = files_.find(path);
  if (it == files_.end()) return false;
  st = it->second.stat;
  return true;
}

EntryKind VirtualFileSystem::entry_kind(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (files_.count(path)) return EntryKind::file;
  return directory_locked(path) ? EntryKind::folder : EntryKind::missing;
}

std::unique_ptr<FileBeingWritten> VirtualFileSystem::create_file(const std::string& path, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (directory_locked(path) || !parent_exists_locked(path)) {
    error = system_error_text(directory_locked(path) ? EISDIR : ENOENT);
    return nullptr;
  }
  return std::make_unique<VirtualFileBeingWritten>(*this, path);
}

bool VirtualFileSystem::make_directory(const std::string& path, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (directory_locked(path) || files_.count(path)) return true;
  if (!parent_exists_locked(path)) {
    error = system_error_text(ENOENT);
    return false;
  }
  folders_.insert(path);
  return true;
}

void VirtualFileSystem::move_locked(const std::string& from, const std::string& to) {
  std::map<std::string, File> moved_files;
  for (auto it = files_.begin(); it != files_.end();) {
    if (it->first == from || below(it->first, from)) {
      File file = std::move(it->second);
      file.stat.ctime_ns = now_ns_;  // a rename changes the inode's ctime, not its mtime
      moved_files.emplace(to + it->first.substr(from.size()), std::move(file));
      it = files_.erase(it);
    } else {
      ++it;
    }
  }
  std::set<std::string> moved_folders;
  for (auto it = folders_.begin(); it != folders_.end();) {
    if (*it == from || below(*it, from)) {
      moved_folders.insert(to + it->substr(from.size()));
      it = folders_.erase(it);
    } else {
      ++it;
    }
  }
  for (auto& [path, file] : moved_files) files_[path] = std::move(file);
  folders_.insert(moved_folders.begin(), moved_folders.end());
}

bool VirtualFileSystem::rename(const std::string& from, const std::string& to, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  const bool is_folder = directory_locked(from);
  if ((!files_.count(from) && !is_folder) || !parent_exists_locked(to)) {
    error = system_error_text(ENOENT);
    return false;
  }
  if (is_folder && directory_locked(to)) {  // as on disk: only over an empty folder
    const std::string prefix = to + "/";
    auto it = files_.lower_bound(prefix);
    if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0) {
      error = system_error_text(ENOTEMPTY);
      return false;
    }
    folders_.erase(to);
  }
  if (!is_folder && directory_locked(to)) {
    error = system_error_text(EISDIR);
    return false;
  }
  files_.erase(to);
  move_locked(from, to);
  return true;
}

bool VirtualFileSystem::exchange(const std::string& a, const std::string& b, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  const bool a_there = files_.count(a) || directory_locked(a), b_there = files_.count(b) || directory_locked(b);
  if (!a_there || !b_there) {
    error = system_error_text(ENOENT);
    return false;
  }
  const std::string aside = a + "\n(exchanging)";  // no real path holds a newline
  move_locked(a, aside);
  move_locked(b, a);
  move_locked(aside, b);
  return true;
}

bool VirtualFileSystem::remove_file(const std::string& path, std::string& error) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (files_.erase(path) || !directory_locked(path)) return true;
  error = system_error_text(EISDIR);
  return false;
}

bool VirtualFileSystem::remove_empty_directory(const std::string& path) {
  std::lock_guard<std::mutex> lock(mutex_);
  const std::string prefix = path + "/";
  auto it = files_.lower_bound(prefix);
  if (it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0) return false;
  auto sub = folders_.lower_bound(prefix);
  if (sub != folders_.end() && below(*sub, path)) return false;
  return folders_.erase(path) > 0;
}

bool VirtualFileSystem::remove_tree(const std::string& path, std::string&) {
  std::lock_guard<std::mutex> lock(mutex_);
  for (auto it = files_.begin(); it != files_.end();)
    it = it->first == path || below(it->first, path) ? files_.erase(it) : std::next(it);
  for (auto it = folders_.begin(); it != folders_.end();)
    it = *it == path || below(*it, path) ? folders_.erase(it) : std::next(it);
  return true;
}

}  // namespace govsite
