#include "core/json_writer.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace govsite {

namespace {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHighBits = 0x8080808080808080ULL;

// Whether any of the 8 bytes of `w` is below 0x20, '"' or '\\'. Each test is exact as a
// yes/no answer (only which byte it flags can be wrong), which is all the scan asks.
bool word_needs_escape(uint64_t w) {
  const auto has_zero_byte = [](uint64_t v) { return ((v - kOnes) & ~v & kHighBits) != 0; };
  const bool control = ((w - kOnes * 0x20) & ~w & kHighBits) != 0;
  return control || has_zero_byte(w ^ (kOnes * '"')) || has_zero_byte(w ^ (kOnes * '\\'));
}

bool needs_escape(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return c < 0x20 || c == '"' || c == '\\';
}

// The position of the first byte from `i` on that needs escaping, or `n`. Tests a word of
// eight bytes at a time; the last few bytes are tested as a word padded with a plain letter.
size_t next_needing_escape(const char* data, size_t n, size_t i) {
  while (i < n) {
    uint64_t w;
    if (n - i >= 8) {
      std::memcpy(&w, data + i, 8);
    } else {
      char tail[8];
      std::memset(tail, 'a', sizeof tail);
      std::memcpy(tail, data + i, n - i);
      std::memcpy(&w, tail, 8);
    }
    if (word_needs_escape(w)) {
      while (!needs_escape(data[i])) ++i;  // the word holds one
      return i;
    }
    i += 8;
  }
  return n;
}

// A JSON string literal with quotes, appended to `out`; control characters escaped, UTF-8
// passed through. Runs of plain bytes are found eight bytes at a time and copied whole: the
// search index quotes tens of MB of text.
void append_json_quoted(std::string& out, std::string_view s) {
  out += '"';
  const char* data = s.data();
  const size_t n = s.size();
  size_t run = 0;
  for (size_t i = next_needing_escape(data, n, 0); i < n; i = next_needing_escape(data, n, run)) {
    out.append(data + run, i - run);
    run = i + 1;
    const unsigned char c = static_cast<unsigned char>(data[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: {
        char buf[8];
        std::snprintf(buf, sizeof buf, "\\u%04x", c);
        out += buf;
      }
    }
  }
  out.append(data + run, n - run);
  out += '"';
}

}  // namespace

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_ += '{';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  out_ += '}';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_ += '[';
  first_.push_back(true);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  out_ += ']';
  first_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  append_json_quoted(out_, k);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::string(std::string_view s) {
  before_value();
  append_json_quoted(out_, s);
  return *this;
}

JsonWriter& JsonWriter::number(int64_t n) {
  before_value();
  out_ += std::to_string(n);
  return *this;
}

JsonWriter& JsonWriter::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_ += "null";
  return *this;
}

}  // namespace govsite
