// The one-pass tokenizer of outputs/search_tokens.cpp against the rules written out the
// plain way (a character at a time, a word built char by char, the phrase grams in a
// second pass: the code this project had before the one pass), on random text mixing
// every class of character, invalid UTF-8 included; and a document's distinct tokens
// taken into reused buffers.
#include <catch2/catch.hpp>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "core/hashing.h"
#include "core/utf8.h"
#include "outputs/search_tokens.h"

using namespace govsite;

namespace {

bool reference_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FFF) || (c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x3FFFF);
}

std::vector<std::string> reference_tokens(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  size_t run_start = 0, run_chars = 0, prev_char = 0;
  auto flush = [&](size_t run_end) {
    if (!word.empty()) out.push_back(word);
    word.clear();
    if (run_chars == 1) out.emplace_back(text.substr(run_start, run_end - run_start));
    run_chars = 0;
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    char32_t c = next_code_point(text, i);
    if (c >= 0xFF10 && c <= 0xFF5A) c -= 0xFEE0;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      if (run_chars) flush(start);
      word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    } else if (reference_cjk(c)) {
      if (!word.empty()) flush(start);
      if (run_chars == 0) run_start = start;
      else out.emplace_back(text.substr(prev_char, i - prev_char));
      prev_char = start;
      ++run_chars;
    } else {
      flush(start);
    }
  }
  flush(text.size());
  return out;
}

std::vector<std::string> reference_grams(std::string_view text) {
  std::vector<std::string> out;
  std::vector<size_t> starts;
  auto flush = [&](size_t end) {
    const size_t chars = starts.size();
    if (chars >= kSearchGram + kSearchWindow - 1) {
      starts.push_back(end);
      auto gram = [&](size_t g) { return text.substr(starts[g], starts[g + kSearchGram] - starts[g]); };
      const size_t grams = chars - kSearchGram + 1;
      size_t last = grams;
      for (size_t w = 0; w + kSearchWindow <= grams; ++w) {
        size_t best = w;
        for (size_t g = w + 1; g < w + kSearchWindow; ++g)
          if (fnv1a32(gram(g)) < fnv1a32(gram(best))) best = g;
        if (best != last) out.emplace_back(gram(best));
        last = best;
      }
    }
    starts.clear();
  };
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    if (reference_cjk(next_code_point(text, i))) starts.push_back(start);
    else if (!starts.empty()) flush(start);
  }
  flush(text.size());
  return out;
}

// Random text: long and short CJK runs, ASCII and full-width words in both cases,
// punctuation, kana, Hangul, a character past U+FFFF, and broken UTF-8.
std::string random_text(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {"政",
                                                  "务",
                                                  "公",
                                                  "开",
                                                  "实",
                                                  "施",
                                                  "方",
                                                  "案",
                                                  "盘",
                                                  "锦",
                                                  "市",
                                                  "司",
                                                  "法",
                                                  "局",
                                                  "。",
                                                  "，",
                                                  "〔",
                                                  "〕",
                                                  "a",
                                                  "Z",
                                                  "q",
                                                  "0",
                                                  "9",
                                                  "Ｉ",
                                                  "ｐ",
                                                  "６",
                                                  "：",
                                                  "＿",
                                                  " ",
                                                  "\n",
                                                  "\t",
                                                  "-",
                                                  "#",
                                                  "\"",
                                                  "の",
                                                  "한",
                                                  "𠀀",
                                                  "\xE4\xB8",
                                                  "\xFF",
                                                  "\x80",
                                                  "\xE4\xB8\x41",
                                                  "\xF0\x9F\x98\x80",
                                                  "\xC3\xA9"};
  std::uniform_int_distribution<size_t> pick(0, pieces.size() - 1), length(0, 60), han(0, 13);
  std::string text;
  for (size_t n = length(rng); n > 0; --n) {
    const size_t p = pick(rng);
    if (p < 14)  // a CJK run, often long enough for phrase grams
      for (size_t k = length(rng) / 3; k > 0; --k) text += pieces[han(rng)];
    text += pieces[p];
  }
  return text;
}

}  // namespace

TEST_CASE("search tokens: one pass gives the tokens and phrase grams of the plain rules", "[search]") {
  std::mt19937 rng(26);
  for (int k = 0; k < 3000; ++k) {
    const std::string text = random_text(rng);
    INFO(text);
    CHECK(search_tokens(text) == reference_tokens(text));
    std::vector<std::string> grams;
    for_each_phrase_gram(text, [&](std::string_view g) { grams.emplace_back(g); });
    CHECK(grams == reference_grams(text));
  }
}

TEST_CASE("search tokens: distinct tokens into reused buffers, each with its short_hash64", "[search]") {
  std::mt19937 rng(7);
  DocumentTokens reused;
  for (int k = 0; k < 200; ++k) {
    const std::string record = random_text(rng) + "\nu\tt\td\t" + random_text(rng) + "\t\t\n" + random_text(rng);
    distinct_tokens(record, reused);
    const DocumentTokens fresh = distinct_tokens(record);
    REQUIRE(reused.tokens.size() == fresh.tokens.size());
    std::set<std::string> seen;
    for (size_t t = 0; t < fresh.tokens.size(); ++t) {
      CHECK(reused.text(reused.tokens[t]) == fresh.text(fresh.tokens[t]));
      CHECK(reused.tokens[t].hash == short_hash64(reused.text(reused.tokens[t])));
      CHECK(seen.insert(std::string(fresh.text(fresh.tokens[t]))).second);
    }
    const auto listed = search_record_tokens(record);
    CHECK(std::set<std::string>(listed.begin(), listed.end()) == seen);
  }
}
