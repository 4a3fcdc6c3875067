#include "publish/staged_directory.h"
#include "core/messages.h"

namespace govsite {

StagedDirectory::StagedDirectory(std::string target) : StagedDirectory(real_disk(), std::move(target)) {}

StagedDirectory::StagedDirectory(FileSystem& fs, std::string target) : fs_(fs), target_(std::move(target)) {
  while (target_.size() > 1 && target_.back() == '/') target_.pop_back();
  const size_t slash = target_.rfind('/');
  const std::string parent = slash == std::string::npos ? "" : slash == 0 ? "/" : target_.substr(0, slash);
  const std::string name = target_.substr(slash == std::string::npos ? 0 : slash + 1);
  staging_ = join_path(parent, "." + name + ".govsite-staging");
  std::string reason;
  if (!parent.empty() && !fs_.make_directories(parent, reason)) {
    error_ = tr("io-error.create", {parent, reason});
    return;
  }
  if (!fs_.remove_tree(staging_, reason)) {
    error_ = tr("io-error.staging", {staging_, reason});
    return;
  }
  // Removed a moment ago: whatever is there now, another build put there meanwhile.
  if (fs_.exists(staging_)) error_ = tr("io-error.staging-exists", {staging_});
  else if (!fs_.make_directory(staging_, reason)) error_ = tr("io-error.staging", {staging_, reason});
}

StagedDirectory::~StagedDirectory() {
  if (!committed_) {
    std::string ignored;
    fs_.remove_tree(staging_, ignored);
  }
}

bool StagedDirectory::commit(std::string& error) {
  std::string reason;
  if (fs_.exists(target_)) {
    // Atomic swap: the target's old contents end up at the staging path.
    if (!fs_.exchange(staging_, target_, reason)) {
      error = tr("io-error.replace", {target_, reason});
      return false;
    }
    committed_ = true;
    fs_.remove_tree(staging_, reason);  // the previous output; failing to delete it is harmless
    return true;
  }
  if (!fs_.rename(staging_, target_, reason)) {
    error = tr("io-error.create", {target_, reason});
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace govsite
