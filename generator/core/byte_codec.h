// A small binary encoding for the build cache: unsigned varints and length-prefixed
// strings. The reader checks every length against what is left, so a truncated or corrupt
// cache file is refused (ok() turns false) instead of read past its end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govsite {

class ByteWriter {
 public:
  void u64(uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>(v | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void i64(int64_t v) { u64((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void boolean(bool b) { out_ += b ? '\1' : '\0'; }
  void str(std::string_view s) {
    u64(s.size());
    out_.append(s.data(), s.size());
  }
  void strings(const std::vector<std::string>& list) {
    u64(list.size());
    for (const auto& s : list) str(s);
  }
  std::string& bytes() { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }

  uint64_t u64() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ >= in_.size()) return fail();
      const auto byte = static_cast<unsigned char>(in_[at_++]);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    return fail();
  }
  int64_t i64() {
    const uint64_t v = u64();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  int i32() { return static_cast<int>(i64()); }
  bool boolean() { return u64() != 0; }
  std::string str() { return std::string(view()); }
  std::vector<std::string> strings() {
    std::vector<std::string> list(count());
    for (auto& s : list) s = str();
    return list;
  }
  std::string_view view() {
    const uint64_t n = u64();
    if (!ok_ || n > in_.size() - at_) return fail(), std::string_view();
    std::string_view s = in_.substr(at_, n);
    at_ += n;
    return s;
  }
  // A count of items that each take at least one byte: larger than what is left is corrupt.
  size_t count() {
    const uint64_t n = u64();
    if (n > in_.size() - at_) return fail();
    return static_cast<size_t>(n);
  }

 private:
  uint64_t fail() {
    ok_ = false;
    at_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t at_ = 0;
  bool ok_ = true;
};

// An enum written as its number; a number past `last` (a corrupt or newer cache) reads as
// `last`.
template <typename Enum>
Enum get_enum(ByteReader& r, Enum last) {
  const uint64_t n = r.u64();
  return n <= static_cast<uint64_t>(last) ? static_cast<Enum>(n) : last;
}

}  // namespace govsite
