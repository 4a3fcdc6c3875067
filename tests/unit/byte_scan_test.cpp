// The escapers that skip eight bytes at a time (escape_html, the JSON writer's strings)
// against the byte-at-a-time versions they replaced, kept here as the reference: the same
// output on edge cases and on random bytes of every value.
#include <catch2/catch.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "core/html_escape.h"
#include "core/json_writer.h"
#include "core/word_scan.h"

using namespace govsite;

namespace {

// The versions before the eight-byte scan, as they were.
std::string reference_escape_html(const std::string& s) {
  std::string out;
  out.reserve(s.size() + 16);
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity;
    switch (s[i]) {
      case '&': entity = "&amp;"; break;
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(s, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s, run, std::string::npos);
  return out;
}

void reference_append_json_quoted(std::string& out, std::string_view s) {
  // Runs of plain bytes are copied whole: the search index quotes tens of MB of text.
  out += '"';
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
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
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

std::string reference_json_quoted(std::string_view s) {
  std::string out;
  reference_append_json_quoted(out, s);
  return out;
}

std::string json_quoted(std::string_view s) { return JsonWriter().string(s).str(); }

// Every byte next to each byte that either escaper treats specially or that borders one
// (0x1f/0x20, 0x21/0x22, 0x25-0x28, 0x3b-0x3f, 0x5b-0x5d, 0x7f/0x80, 0xff), at each offset
// within and across an 8-byte word, in runs of ASCII and of Chinese text.
std::vector<std::string> edge_cases() {
  std::vector<std::string> cases = {"", "a", "政", "政务公开政务公开", "abcdefgh", "abcdefghi"};
  std::string bytes;
  for (int b = 0; b < 256; ++b) bytes += static_cast<char>(b);
  cases.push_back(bytes);
  for (const std::string fill : {"x", "\xe6\x94\xbf", "\xff", "\x80"}) {
    for (int b = 0; b < 256; ++b) {
      for (size_t at = 0; at < 18; ++at) {
        std::string s;
        while (s.size() < 24) s += fill;
        s[at] = static_cast<char>(b);
        cases.push_back(s);
        cases.push_back(s.substr(0, at + 1));  // the byte last
      }
    }
  }
  return cases;
}

// Random strings: uniform bytes, mostly special bytes, and long plain runs (ASCII, Chinese,
// bytes of 0x80 and above that are not UTF-8) with now and then a special byte.
std::vector<std::string> random_cases() {
  std::mt19937 rng(26);
  const std::string specials = "&<>\"'\\\n\r\t\x01\x1f\x7f";
  const std::vector<std::string> runs = {"政务公开", "abcdefgh", "\xe6\x94", "\x80\xff\xc0", " "};
  std::vector<std::string> cases;
  for (int n = 0; n < 3000; ++n) {
    std::string s;
    const size_t length = rng() % 200;
    const unsigned kind = n % 3;
    while (s.size() < length) {
      if (kind == 0) s += static_cast<char>(rng() % 256);
      else if (kind == 1) s += rng() % 2 ? specials[rng() % specials.size()] : static_cast<char>(rng() % 256);
      else if (rng() % 10 == 0) s += specials[rng() % specials.size()];
      else s += runs[rng() % runs.size()];
    }
    cases.push_back(s);
  }
  return cases;
}

}  // namespace

TEST_CASE("byte scans: escape_html equals the byte-at-a-time escaper", "[helpers][byte-scan]") {
  size_t differ = 0;
  for (const auto& set : {edge_cases(), random_cases()}) {
    for (const std::string& s : set) {
      if (escape_html(s) != reference_escape_html(s)) {
        if (++differ < 5) CHECK(escape_html(s) == reference_escape_html(s));
      }
    }
  }
  CHECK(differ == 0);
}

TEST_CASE("byte scans: JSON strings equal the byte-at-a-time quoting", "[json][byte-scan]") {
  size_t differ = 0;
  for (const auto& set : {edge_cases(), random_cases()}) {
    for (const std::string& s : set) {
      if (json_quoted(s) != reference_json_quoted(s)) {
        if (++differ < 5) CHECK(json_quoted(s) == reference_json_quoted(s));
      }
    }
  }
  CHECK(differ == 0);
}

TEST_CASE("find_first_byte: the first wanted byte at every offset and length, words and the tail alike",
          "[byte_scan]") {
  using namespace word_scan;
  const auto word_may_hold = [](uint64_t w) { return has_byte(w, 'x') || has_byte_below(w ^ (kOnes * '0'), 10); };
  const auto wanted = [](char c) { return c == 'x' || (c >= '0' && c <= '9'); };
  for (const char found : {'x', '0', '9'})
    for (size_t n = 0; n <= 40; ++n)
      for (size_t at = 0; at <= n; ++at) {
        std::string s(n, '\xE6');  // bytes of Han text, never wanted
        if (at < n) s[at] = found;
        for (size_t from = 0; from <= n; ++from) {
          INFO("n=" << n << " at=" << at << " from=" << from << " byte " << found);
          const size_t expected = at < n && from <= at ? at : n;
          CHECK(find_first_byte(s, from, word_may_hold, wanted) == expected);
        }
      }
  // The word tests are exact as yes/no answers, on neighbours of the bytes they look for.
  for (int b = 0; b < 256; ++b) {
    const uint64_t w = kOnes * static_cast<uint64_t>(b);
    CHECK(has_byte(w, '"') == (b == '"'));
    CHECK(has_byte_below(w, 0x20) == (b < 0x20));
    CHECK(has_byte_below(w ^ (kOnes * '0'), 10) == (b >= '0' && b <= '9'));
  }
  // A word test that is true for words without a wanted byte only costs time.
  CHECK(find_first_byte(
            std::string(20, 'a') + "x", 0, [](uint64_t) { return true; }, wanted) == 20);
}
