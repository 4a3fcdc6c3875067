// The merged posting lists' table: adding a document to a token's list, and growing the
// table's slots (linear probing, at most half full) as tokens come.
#include "outputs/search_index_postings.h"

#include "core/hashing.h"

namespace govsite {

void PostingTable::add(uint64_t hash, std::string_view token, uint32_t doc) {
  if (2 * (entries_.size() + 1) > slots_.size()) grow();
  const size_t mask = slots_.size() - 1;
  size_t at = home(hash);
  for (; slots_[at] != 0; at = (at + 1) & mask) {
    Entry& e = entries_[slots_[at] - 1];
    if (e.hash == hash && e.size == token.size() &&
        (token.size() <= kShortHashExact || std::string_view(bytes_).substr(e.offset, e.size) == token)) {
      e.docs.push_back(doc);
      return;
    }
  }
  entries_.push_back({hash, static_cast<uint32_t>(bytes_.size()), static_cast<uint32_t>(token.size()), {doc}});
  bytes_.append(token.data(), token.size());
  slots_[at] = static_cast<uint32_t>(entries_.size());
}

void PostingTable::grow() {
  const size_t capacity = slots_.empty() ? 1024 : 2 * slots_.size();
  shift_ = 64;
  for (size_t c = capacity; c > 1; c >>= 1) --shift_;
  std::vector<uint32_t>(capacity, 0).swap(slots_);
  for (size_t k = 0; k < entries_.size(); ++k) {
    size_t at = home(entries_[k].hash);
    while (slots_[at] != 0) at = (at + 1) & (capacity - 1);
    slots_[at] = static_cast<uint32_t>(k + 1);
  }
}

}  // namespace govsite
