#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/utf8.h"

using namespace govsite;

namespace {

// The definition, read straight from the standard: decode the code point a lead byte
// announces, then refuse overlong forms, surrogates and anything past U+10FFFF. A
// different shape from find_invalid_utf8 (which tests byte ranges), so the two can be
// compared on every input.
size_t reference_invalid_utf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = s[i];
    size_t length = 0;
    char32_t cp = 0, least = 0;
    if (c < 0x80) length = 1, cp = c;
    else if ((c & 0xE0) == 0xC0) length = 2, cp = c & 0x1F, least = 0x80;
    else if ((c & 0xF0) == 0xE0) length = 3, cp = c & 0x0F, least = 0x800;
    else if ((c & 0xF8) == 0xF0) length = 4, cp = c & 0x07, least = 0x10000;
    else return i;
    if (i + length > s.size()) return i;
    for (size_t k = 1; k < length; ++k) {
      const unsigned char cc = s[i + k];
      if ((cc & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < least || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return i;
    i += length;
  }
  return std::string::npos;
}

std::string bytes(std::initializer_list<int> list) {
  std::string out;
  for (int b : list) out += static_cast<char>(b);
  return out;
}

}  // namespace

TEST_CASE("find_invalid_utf8: the edge cases of the standard", "[utf8]") {
  CHECK(find_invalid_utf8("") == std::string::npos);
  CHECK(find_invalid_utf8("plain ASCII, longer than eight bytes") == std::string::npos);
  CHECK(find_invalid_utf8("关于印发《盘山市政务公开工作要点》的通知") == std::string::npos);
  CHECK(find_invalid_utf8(bytes({0xF0, 0x9F, 0x98, 0x80})) == std::string::npos);  // U+1F600
  CHECK(find_invalid_utf8(bytes({0xF4, 0x8F, 0xBF, 0xBF})) == std::string::npos);  // U+10FFFF
  CHECK(find_invalid_utf8(bytes({0xEF, 0xBF, 0xBD})) == std::string::npos);        // U+FFFD
  CHECK(find_invalid_utf8(bytes({0xED, 0x9F, 0xBF})) == std::string::npos);        // U+D7FF
  CHECK(find_invalid_utf8(bytes({0xEE, 0x80, 0x80})) == std::string::npos);        // U+E000

  // Overlong forms of '/', U+07FF and U+FFFF.
  CHECK(find_invalid_utf8(bytes({0xC0, 0xAF})) == 0);
  CHECK(find_invalid_utf8(bytes({0xC1, 0xBF})) == 0);
  CHECK(find_invalid_utf8(bytes({0xE0, 0x9F, 0xBF})) == 0);
  CHECK(find_invalid_utf8(bytes({0xF0, 0x8F, 0xBF, 0xBF})) == 0);
  // UTF-16 surrogates written as UTF-8 (CESU-8).
  CHECK(find_invalid_utf8(bytes({0xED, 0xA0, 0x80})) == 0);
  CHECK(find_invalid_utf8(bytes({0xED, 0xBF, 0xBF})) == 0);
  // Past U+10FFFF.
  CHECK(find_invalid_utf8(bytes({0xF4, 0x90, 0x80, 0x80})) == 0);
  CHECK(find_invalid_utf8(bytes({0xF5, 0x80, 0x80, 0x80})) == 0);
  CHECK(find_invalid_utf8(bytes({0xFF})) == 0);
  // A continuation byte alone, and a lead byte whose continuation is missing.
  CHECK(find_invalid_utf8("abc" + bytes({0x80})) == 3);
  CHECK(find_invalid_utf8("文" + bytes({0xE6, 0x96}) + "x") == 3);
  // Truncated at the very end, after an ASCII run the eight-byte path takes.
  CHECK(find_invalid_utf8("0123456789" + bytes({0xE6})) == 10);
  CHECK(find_invalid_utf8("0123456789" + bytes({0xE6, 0x96})) == 10);
  CHECK(find_invalid_utf8("01234567" + bytes({0xF0, 0x9F, 0x98})) == 8);
  CHECK(find_invalid_utf8("0123456" + bytes({0xC3})) == 7);
  // A bad byte inside an eight-byte ASCII window.
  CHECK(find_invalid_utf8("abcdefg" + bytes({0xA9}) + "hijklmnop") == 7);
  // GBK: "文件" is CE C4 BC FE.
  CHECK(find_invalid_utf8("标题：" + bytes({0xCE, 0xC4, 0xBC, 0xFE})) == std::string("标题：").size());
}

TEST_CASE("find_invalid_utf8 agrees with the definition on every short sequence", "[utf8]") {
  const int tails[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF};
  size_t compared = 0, disagreements = 0;
  auto compare = [&](const std::string& s) {
    ++compared;
    if (find_invalid_utf8(s) != reference_invalid_utf8(s)) {
      if (++disagreements <= 5) FAIL_CHECK("disagree on " << escape_non_ascii(s));
    }
  };
  for (int b0 = 0; b0 < 256; ++b0)
    for (int b1 = 0; b1 < 256; ++b1) {
      compare(bytes({b0, b1}));
      for (int b2 : tails) {
        compare(bytes({b0, b1, b2}));
        // After seven ASCII bytes: the sequence straddles the eight-byte window.
        if (b0 >= 0xC0) compare("1234567" + bytes({b0, b1, b2}));
        if (b0 >= 0xF0)
          for (int b3 : tails) compare(bytes({b0, b1, b2, b3}));
      }
    }
  CHECK(disagreements == 0);
  CHECK(compared > 1000000);
}

TEST_CASE("find_invalid_utf8 agrees with the definition on mixed text with damage", "[utf8]") {
  std::mt19937 rng(26);
  const std::string pieces[] = {"a", "0123456789", "文", "，", "é", "😀", "\n", " ", "《通知》"};
  size_t disagreements = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const int count = static_cast<int>(rng() % 24);
    for (int k = 0; k < count; ++k) s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
    if (round % 2 && !s.empty()) s[rng() % s.size()] = static_cast<char>(rng() % 256);  // one byte damaged
    if (round % 3 == 0 && !s.empty()) s.pop_back();                                     // cut short
    if (find_invalid_utf8(s) != reference_invalid_utf8(s) && ++disagreements <= 5)
      FAIL_CHECK("disagree on " << escape_non_ascii(s));
  }
  CHECK(disagreements == 0);
}
