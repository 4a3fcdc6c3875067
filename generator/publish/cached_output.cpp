#include "publish/cached_output.h"

#include <algorithm>
#include <vector>

#include "core/file_system.h"
#include "core/parallel.h"
#include "core/messages.h"

namespace govsite {

CachedOutput::CachedOutput(FileSystem& fs, std::string dir)
    : fs_(fs), dir_(dir), direct_(fs, std::move(dir), /*background=*/true) {}

CachedOutput::CachedOutput(FileSystem& fs, std::string dir, const BuildCache& previous, size_t hold_bytes)
    : fs_(fs), dir_(dir), previous_(&previous), direct_(fs, std::move(dir)), hold_bytes_(hold_bytes) {
  by_address_.reserve(previous.outputs.size());
  for (const Entry& entry : previous.outputs) by_address_.push_back(&entry);
  std::sort(by_address_.begin(), by_address_.end());
  kept_.reset(new std::atomic<bool>[by_address_.size()]());
}

const CachedOutput::Entry* CachedOutput::previous_entry(const std::string& rel, size_t& slot) const {
  if (!previous_) return nullptr;
  auto it = previous_->outputs.find(rel);  // the previous cache is never changed: no lock
  if (it == previous_->outputs.end()) return nullptr;
  slot = static_cast<size_t>(std::lower_bound(by_address_.begin(), by_address_.end(), &*it) - by_address_.begin());
  return &*it;
}

namespace {

// "a/b.html" → "a/.b.html.govsite-new": beside the final name, hidden, same folder (so
// the rename is atomic).
std::string temporary_of(const std::string& rel) {
  const size_t cut = rel.rfind('/');
  return cut == std::string::npos ? "." + rel + ".govsite-new"
                                  : rel.substr(0, cut) + "/." + rel.substr(cut + 1) + ".govsite-new";
}

}  // namespace

CachedOutput::~CachedOutput() {
  if (!previous_ || applied_) return;
  std::string ignored;
  for (const auto& rel : spilled_) fs_.remove_file(join_path(dir_, temporary_of(rel)), ignored);
}

bool CachedOutput::write(const std::string& rel, std::string_view bytes, std::string& error) {
  return write_bytes(rel, bytes, nullptr, error);
}

bool CachedOutput::write_owned(const std::string& rel, std::string&& bytes, std::string& error) {
  return write_bytes(rel, bytes, &bytes, error);
}

bool CachedOutput::write_bytes(const std::string& rel, std::string_view bytes, std::string* owned, std::string& error) {
  if (!check_output_path(rel, error)) return false;
  OutputRecord record;
  record.hash = content_hash(bytes);
  record.size = bytes.size();
  if (!previous_) {
    if (!(owned ? direct_.write_owned(rel, std::move(*owned), error) : direct_.write(rel, bytes, error))) return false;
    std::lock_guard<std::mutex> lock(mutex_);
    records_[rel] = record;
    ++written_;
    return true;
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (auto it = held_.find(rel); it != held_.end()) {  // written twice: the last one counts
    held_bytes_ -= it->second.size();
    held_.erase(it);
  }
  auto old = previous_->outputs.find(rel);
  // (A file already put in place by apply_written() is no longer what the previous build left.)
  if (old != previous_->outputs.end() && old->second.hash == record.hash && old->second.size == record.size &&
      !applied_early_.count(rel)) {
    records_[rel] = old->second;  // the same bytes are there already
    std::string ignored;
    if (spilled_.erase(rel)) fs_.remove_file(join_path(dir_, temporary_of(rel)), ignored);
    return true;
  }
  records_[rel] = record;
  if (held_bytes_ + record.size <= hold_bytes_ && !spilled_.count(rel)) {
    held_[rel] = owned ? std::move(*owned) : std::string(bytes);
    held_bytes_ += record.size;
    return true;
  }
  if (!direct_.write(temporary_of(rel), bytes, error)) return false;
  spilled_.insert(rel);
  return true;
}

bool CachedOutput::keep(const std::string& rel) {
  size_t slot = 0;
  if (!previous_entry(rel, slot)) return false;
  kept_[slot].store(true, std::memory_order_relaxed);
  return true;
}

bool CachedOutput::kept(const std::string& rel) const {
  std::lock_guard<std::mutex> lock(mutex_);
  if (records_.count(rel))  // written: with the same bytes?
    return previous_ && !held_.count(rel) && !spilled_.count(rel) && !applied_early_.count(rel);
  size_t slot = 0;
  return previous_entry(rel, slot) && kept_[slot].load(std::memory_order_relaxed);
}

bool CachedOutput::put_in_place(std::string& error) {
  for (const auto& [rel, bytes] : held_) {  // the spilled ones are on disk already
    if (!direct_.write(temporary_of(rel), bytes, error)) return false;
    spilled_.insert(rel);
  }
  held_.clear();
  held_bytes_ = 0;
  for (auto it = spilled_.begin(); it != spilled_.end(); it = spilled_.erase(it)) {
    const std::string& rel = *it;
    renamed_.push_back(rel);
    // Written beside its final name, then renamed over it: atomic per file.
    const std::string from = join_path(dir_, temporary_of(rel)), to = join_path(dir_, rel);
    std::string reason, ignored;
    if (!fs_.rename(from, to, reason)) {
      error = tr("io-error.replace", {to, reason});
      fs_.remove_file(from, ignored);
      return false;
    }
    ++written_;
  }
  return true;
}

bool CachedOutput::apply_written(std::string& error) {
  if (!previous_) return true;  // a full build's folder is swapped in whole
  std::lock_guard<std::mutex> lock(mutex_);
  const size_t before = renamed_.size();
  const bool ok = put_in_place(error);
  applied_early_.insert(renamed_.begin() + static_cast<std::ptrdiff_t>(before), renamed_.end());
  return ok;
}

bool CachedOutput::apply(std::string& error) {
  if (!previous_) return direct_.finish(error);
  if (!put_in_place(error)) return false;
  applied_ = true;
  // Files of the previous build that this one did not produce (a withdrawn document, a
  // listing page fewer), then the folders they leave empty.
  std::vector<std::string> folders;
  for (size_t slot = 0; slot < by_address_.size(); ++slot) {
    const std::string& rel = by_address_[slot]->first;
    if (kept_[slot].load(std::memory_order_relaxed) || records_.count(rel)) continue;
    const std::string path = join_path(dir_, rel);
    std::string reason;
    if (!fs_.remove_file(path, reason)) {
      error = tr("io-error.delete", {path, reason});
      return false;
    }
    ++deleted_;
    for (std::string folder = parent_path(rel); !folder.empty(); folder = parent_path(folder))
      folders.push_back(folder);
  }
  std::sort(folders.begin(), folders.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const auto& folder : folders)
    fs_.remove_empty_directory(join_path(dir_, folder));  // fails while not empty: fine
  return true;
}

std::unordered_map<std::string, OutputRecord> CachedOutput::records(const std::string& final_dir, unsigned jobs) {
  // The time stamps of the files this build put in place. A kept file still has the size
  // and time its previous record says: the build checked that before it began.
  std::vector<std::pair<const std::string, OutputRecord>*> all;
  if (previous_) {
    for (const auto& rel : renamed_)
      if (auto it = records_.find(rel); it != records_.end()) all.push_back(&*it);
    // A kept file: its record as it was (a file written too has its new record).
    records_.reserve(records_.size() + by_address_.size());
    for (size_t slot = 0; slot < by_address_.size(); ++slot)
      if (kept_[slot].load(std::memory_order_relaxed)) records_.insert(*by_address_[slot]);
  } else {
    for (auto& entry : records_) all.push_back(&entry);
  }
  parallel_for(all.size(), jobs, [&](size_t k) {
    FileStat st;
    // -1 matches nothing: the next build will be a full one.
    all[k]->second.mtime_ns = fs_.stat_file(join_path(final_dir, all[k]->first), st) ? st.mtime_ns : -1;
  });
  return std::move(records_);
}

}  // namespace govsite
