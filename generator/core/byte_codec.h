// A small binary encoding for the build cache: unsigned varints and length-prefixed
// strings. The reader checks every length against what is left, so a truncated or corrupt
// cache file is refused (ok() turns false) instead of read past its end.
//
// Each struct's fields are listed once, in a `transfer(Io&, Ref<Io, T>)` template that the
// writer runs to encode and the reader to decode, so the two sides cannot drift apart. The
// overloads below transfer the building blocks (numbers, strings, enums, lists, optionals,
// pairs); a codec adds one overload per struct, in namespace govsite so that the templates
// find it by argument-dependent lookup.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace govsite {

class ByteWriter {
 public:
  static constexpr bool kWrites = true;
  ByteWriter() = default;
  // A writer that streams: at the end of an item (end_item()), once it holds `chunk` bytes,
  // it hands them to `sink` and starts again, so a large encoding is never whole in memory.
  ByteWriter(std::function<bool(std::string_view)> sink, size_t chunk) : sink_(std::move(sink)), chunk_(chunk) {}

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
  std::string& bytes() { return out_; }

  void end_item() {
    if (sink_ && out_.size() >= chunk_) flush();
  }
  // Hands what it holds to the sink. False once the sink has refused bytes (then the rest
  // is dropped).
  bool flush() {
    if (sink_ && sunk_ok_) sunk_ok_ = sink_(out_);
    sunk_ += out_.size();
    out_.clear();
    return sunk_ok_;
  }
  // How many bytes were written so far, sunk or held.
  uint64_t position() const { return sunk_ + out_.size(); }

 private:
  std::string out_;
  std::function<bool(std::string_view)> sink_;
  size_t chunk_ = 0;
  uint64_t sunk_ = 0;
  bool sunk_ok_ = true;
};

class ByteReader {
 public:
  static constexpr bool kWrites = false;
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  // What was read cannot be right (a count past a limit, an unknown tag): everything read
  // from here on is empty and ok() stays false.
  void refuse() { fail(); }
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

// What a transfer function takes: the value to write (const) or the value to fill.
template <typename Io, typename T>
using Ref = std::conditional_t<Io::kWrites, const T&, T&>;

inline void transfer(ByteWriter& w, const uint64_t& v) { w.u64(v); }
inline void transfer(ByteReader& r, uint64_t& v) { v = r.u64(); }
inline void transfer(ByteWriter& w, const int64_t& v) { w.i64(v); }
inline void transfer(ByteReader& r, int64_t& v) { v = r.i64(); }
inline void transfer(ByteWriter& w, const int& v) { w.i64(v); }
inline void transfer(ByteReader& r, int& v) { v = r.i32(); }
inline void transfer(ByteWriter& w, const bool& v) { w.boolean(v); }
inline void transfer(ByteReader& r, bool& v) { v = r.boolean(); }
inline void transfer(ByteWriter& w, const std::string& v) { w.str(v); }
inline void transfer(ByteReader& r, std::string& v) { v = r.str(); }

// Declared ahead so that each can hold the others (a list of pairs, an optional list).
template <typename T>
void transfer(ByteWriter& w, const std::vector<T>& list);
template <typename T>
void transfer(ByteReader& r, std::vector<T>& list);
template <typename T>
void transfer(ByteWriter& w, const std::optional<T>& v);
template <typename T>
void transfer(ByteReader& r, std::optional<T>& v);
template <typename A, typename B>
void transfer(ByteWriter& w, const std::pair<A, B>& p);
template <typename A, typename B>
void transfer(ByteReader& r, std::pair<A, B>& p);

// An enum as its number; `last` bounds what the reader accepts (see get_enum).
template <typename Enum>
void transfer(ByteWriter& w, const Enum& v, Enum /*last*/) {
  w.u64(static_cast<uint64_t>(v));
}
template <typename Enum>
void transfer(ByteReader& r, Enum& v, Enum last) {
  v = get_enum(r, last);
}

// A list: its length, then each item.
template <typename T>
void transfer(ByteWriter& w, const std::vector<T>& list) {
  w.u64(list.size());
  for (const T& item : list) transfer(w, item);
}
template <typename T>
void transfer(ByteReader& r, std::vector<T>& list) {
  list.clear();
  list.resize(r.count());  // every item takes at least a byte: bounded by what is left
  for (T& item : list) {
    if (!r.ok()) break;
    transfer(r, item);
  }
}

// An optional: whether it is there, then the value.
template <typename T>
void transfer(ByteWriter& w, const std::optional<T>& v) {
  w.boolean(v.has_value());
  if (v) transfer(w, *v);
}
template <typename T>
void transfer(ByteReader& r, std::optional<T>& v) {
  v.reset();
  if (!r.boolean()) return;
  T value{};
  transfer(r, value);
  v = std::move(value);
}

// A pair: first, then second.
template <typename A, typename B>
void transfer(ByteWriter& w, const std::pair<A, B>& p) {
  transfer(w, p.first);
  transfer(w, p.second);
}
template <typename A, typename B>
void transfer(ByteReader& r, std::pair<A, B>& p) {
  transfer(r, p.first);
  transfer(r, p.second);
}

}  // namespace govsite
