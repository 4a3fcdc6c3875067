// The flat posting table of the whole search index and the hash it is keyed by: every
// token comes back once with its documents in order, tokens that share a hash stay apart,
// and short_hash64 tells short tokens apart exactly and spreads them over a table's slots.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/hashing.h"
#include "outputs/search_index_postings.h"

using namespace govsite;

namespace {

// Every two-character string of `count` consecutive CJK ideographs from U+4E00.
std::vector<std::string> bigrams(size_t count) {
  std::vector<std::string> chars;
  for (char32_t c = 0x4E00; c < 0x4E00 + count; ++c)
    chars.push_back({static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                     static_cast<char>(0x80 | (c & 0x3F))});
  std::vector<std::string> out;
  for (const auto& a : chars)
    for (const auto& b : chars) out.push_back(a + b);
  return out;
}

std::map<std::string, std::vector<uint32_t>> contents(const PostingTable& table) {
  std::map<std::string, std::vector<uint32_t>> out;
  table.for_each([&](std::string_view token, const std::vector<uint32_t>& docs) {
    CHECK(out.emplace(std::string(token), docs).second);  // each token once
  });
  return out;
}

}  // namespace

TEST_CASE("short_hash64: strings of up to eight bytes and one length never collide", "[search]") {
  std::set<uint64_t> seen;
  for (const std::string& b : bigrams(150)) {  // 6 bytes, and 7 with the head's '#'
    CHECK(seen.insert(short_hash64(b)).second);
    CHECK(seen.insert(short_hash64("#" + b)).second);
  }
  for (size_t n = 1, strings = 40; n <= 3; ++n, strings *= 40)  // every string of 1-3 bytes over 40 values
    for (size_t k = 0; k < strings; ++k) {
      std::string s;
      for (size_t i = 0, v = k; i < n; ++i, v /= 40) s += static_cast<char>('0' + v % 40);
      CHECK(seen.insert(short_hash64(s)).second);
    }
  CHECK(seen.size() == 2 * 150 * 150 + 40 + 1600 + 64000);
}

TEST_CASE("short_hash64: every byte counts at every length, and equal bytes hash equal", "[search]") {
  const std::string text = "政务公开IPv6改造实施方案盘司发2019年12号文件的通知";
  std::set<uint64_t> prefixes;
  for (size_t n = 0; n <= text.size(); ++n) {
    const std::string s = text.substr(0, n);
    CHECK(short_hash64(s) == short_hash64(std::string(s)));  // another buffer, the same hash
    CHECK(prefixes.insert(short_hash64(s)).second);
    for (size_t i = 0; i < n; ++i) {
      std::string changed = s;
      changed[i] = static_cast<char>(changed[i] ^ 1);
      CHECK(short_hash64(changed) != short_hash64(s));
    }
  }
}

TEST_CASE("short_hash64: low bits and high bits both spread bigrams evenly", "[search]") {
  // The per-document set takes a slot from the low bits, the posting table from the high.
  const std::vector<std::string> tokens = bigrams(200);
  std::vector<size_t> low(1024), high(1024);
  for (const auto& t : tokens) {
    ++low[short_hash64(t) & 1023];
    ++high[short_hash64(t) >> 54];
  }
  const size_t mean = tokens.size() / 1024;
  CHECK(*std::max_element(low.begin(), low.end()) < 2 * mean);
  CHECK(*std::max_element(high.begin(), high.end()) < 2 * mean);
  CHECK(*std::min_element(low.begin(), low.end()) > mean / 2);
  CHECK(*std::min_element(high.begin(), high.end()) > mean / 2);
}

TEST_CASE("posting table: each token once with its documents in order, through growth", "[search]") {
  PostingTable table;
  std::map<std::string, std::vector<uint32_t>> expected;
  const std::vector<std::string> tokens = bigrams(120);  // 14,400: the table grows several times
  for (uint32_t doc = 0; doc < 5; ++doc)
    for (size_t k = doc; k < tokens.size(); k += 1 + doc) {
      table.add(short_hash64(tokens[k]), tokens[k], doc);
      expected[tokens[k]].push_back(doc);
    }
  CHECK(table.size() == expected.size());
  CHECK(contents(table) == expected);
}

TEST_CASE("posting table: tokens that share a hash stay apart", "[search]") {
  PostingTable table;
  const std::string gram1 = "一二三四五六七八", gram2 = "二三四五六七八九";  // 24 bytes each
  table.add(42, gram1, 0);
  table.add(42, gram2, 1);
  table.add(42, "#" + gram1, 2);  // another length
  table.add(42, gram1, 3);
  CHECK(contents(table) ==
        std::map<std::string, std::vector<uint32_t>>{{gram1, {0, 3}}, {gram2, {1}}, {"#" + gram1, {2}}});
}
