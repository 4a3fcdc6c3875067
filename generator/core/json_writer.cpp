#include "core/json_writer.h"

#include <cstdio>

#include "core/word_scan.h"

namespace govsite {

namespace {

bool needs_escape(char ch) {
  const unsigned char c = static_cast<unsigned char>(ch);
  return c < 0x20 || c == '"' || c == '\\';
}

// The position of the first byte from `i` on that needs escaping, or the end.
size_t next_needing_escape(std::string_view s, size_t i) {
  using namespace word_scan;
  return find_first_byte(
      s, i, [](uint64_t w) { return has_byte_below(w, 0x20) || has_byte(w, '"') || has_byte(w, '\\'); }, needs_escape);
}

// A JSON string literal with quotes, appended to `out`; control characters escaped, UTF-8
// passed through. Runs of plain bytes are found eight bytes at a time and copied whole: the
// search index quotes tens of MB of text.
void append_json_quoted(std::string& out, std::string_view s) {
  out += '"';
  const char* data = s.data();
  const size_t n = s.size();
  size_t run = 0;
  for (size_t i = next_needing_escape(s, 0); i < n; i = next_needing_escape(s, run)) {
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
