#include "publish/staged_directory.h"
#include "core/messages.h"
#include "core/system_error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>

namespace govsite {

namespace fs = std::filesystem;

StagedDirectory::StagedDirectory(std::string target) : target_(std::move(target)) {
  while (target_.size() > 1 && target_.back() == '/') target_.pop_back();
  fs::path t(target_);
  staging_ = (t.parent_path() / ("." + t.filename().string() + ".govsite-staging")).string();
  std::error_code ec;
  if (!t.parent_path().empty()) fs::create_directories(t.parent_path(), ec);
  if (ec) {
    error_ = tr("io-error.create", {t.parent_path().string(), system_error_text(ec)});
    return;
  }
  fs::remove_all(staging_, ec);
  if (ec || !fs::create_directory(staging_, ec) || ec)
    error_ = ec ? tr("io-error.staging", {staging_, system_error_text(ec)}) : tr("io-error.staging-exists", {staging_});
}

StagedDirectory::~StagedDirectory() {
  if (!committed_) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

bool StagedDirectory::commit(std::string& error) {
  std::error_code ec;
  if (fs::exists(fs::symlink_status(target_, ec))) {
    // Atomic swap: the target's old contents end up at the staging path.
    if (::renameat2(AT_FDCWD, staging_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) != 0) {
      error = tr("io-error.replace", {target_, system_error_text(errno)});
      return false;
    }
    committed_ = true;
    fs::remove_all(staging_, ec);  // the previous output; failing to delete it is harmless
    return true;
  }
  if (std::rename(staging_.c_str(), target_.c_str()) != 0) {
    error = tr("io-error.create", {target_, system_error_text(errno)});
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace govsite
