#include "cache/render_memo.h"

namespace govsite {

bool RenderMemo::unchanged(const std::string& output_path, uint64_t key) const {
  if (!previous_) return false;
  auto it = previous_->outputs.find(output_path);
  return it != previous_->outputs.end() && it->second.render_key == key;
}

std::shared_ptr<const CachedPage> RenderMemo::previous_page(const std::string& output_path) const {
  if (!previous_) return nullptr;
  auto it = previous_->pages.find(output_path);
  return it == previous_->pages.end() ? nullptr : it->second;
}

void RenderMemo::record_key(const std::string& output_path, uint64_t key) {
  std::lock_guard<std::mutex> lock(mutex_);
  keys_[output_path] = key;
}

void RenderMemo::record_page(const std::string& output_path, std::shared_ptr<const CachedPage> page) {
  std::lock_guard<std::mutex> lock(mutex_);
  pages_[output_path] = std::move(page);
}

}  // namespace govsite
