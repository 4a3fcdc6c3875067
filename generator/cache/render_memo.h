// The renderers' view of the build cache: whether a page's inputs are the same as when the
// previous build rendered it (then its file is kept and it is not rendered again), and the
// keys and page records of this build, for the next one. Thread-safe to record into.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

#include "cache/build_cache.h"

namespace govsite {

class RenderMemo {
 public:
  // `identity` goes into every key; `previous` is the last build's cache, or null.
  RenderMemo(uint64_t identity, const BuildCache* previous) : identity_(identity), previous_(previous) {}

  KeyHasher hasher() const {
    KeyHasher h;
    h.add(identity_);
    return h;
  }
  // The previous build's cache when it was made by this same binary from the same
  // configuration, theme and date (so its keys are comparable), else null.
  const BuildCache* previous() const { return previous_; }

  // The previous build rendered `output_path` from the same `key`.
  bool unchanged(const std::string& output_path, uint64_t key) const;
  // What the previous build remembered of a document page, or null.
  std::shared_ptr<const CachedPage> previous_page(const std::string& output_path) const;

  // A file rendered and written by this build, with the key it was rendered from. (A kept
  // file's record passes to the next cache with its key.)
  void record_key(const std::string& output_path, uint64_t key);
  // A document page of this build, rendered or kept, for the next cache.
  void record_page(const std::string& output_path, std::shared_ptr<const CachedPage> page);

  // For the next cache.
  std::unordered_map<std::string, uint64_t> take_keys() { return std::move(keys_); }
  std::unordered_map<std::string, std::shared_ptr<const CachedPage>> take_pages() { return std::move(pages_); }

 private:
  uint64_t identity_;
  const BuildCache* previous_;
  std::mutex mutex_;
  std::unordered_map<std::string, uint64_t> keys_;
  std::unordered_map<std::string, std::shared_ptr<const CachedPage>> pages_;
};

}  // namespace govsite
