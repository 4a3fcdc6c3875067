// The posting lists of the whole search index as they are merged: token → ascending
// document numbers, for the hundreds of thousands of distinct tokens of a large site.
// A flat table (the tokens' bytes in one buffer, the lists in one array, open addressing
// over their hashes) rather than a node, a string and a list allocated per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govsite {

class PostingTable {
 public:
  // Appends `doc` to the list of `token`, whose short_hash64 (core/hashing.h) is `hash`;
  // documents are added in ascending order. Tokens that share a hash stay apart.
  void add(uint64_t hash, std::string_view token, uint32_t doc);

  size_t size() const { return entries_.size(); }
  // fn(token, list) for every token, in no particular order.
  template <typename Fn>
  void for_each(Fn&& fn) const {
    for (const Entry& e : entries_) fn(std::string_view(bytes_).substr(e.offset, e.size), e.docs);
  }

 private:
  struct Entry {
    uint64_t hash;
    uint32_t offset, size;  // of the token in bytes_
    std::vector<uint32_t> docs;
  };
  void grow();
  // Slot of a hash: its top bits, as the index builder splits the tokens between threads
  // by the low ones.
  size_t home(uint64_t hash) const { return static_cast<size_t>(hash >> shift_); }

  std::string bytes_;
  std::vector<Entry> entries_;
  std::vector<uint32_t> slots_;  // entry number + 1, 0 = empty; at most half full
  unsigned shift_ = 64;          // 64 - log2(slots_.size())
};

}  // namespace govsite
