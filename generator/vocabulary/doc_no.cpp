#include "vocabulary/doc_no.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace govsite {

namespace {

constexpr std::string_view kOpen = "〔", kClose = "〕", kHao = "号";

bool all_digits(std::string_view s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

// Checked by hand rather than with std::regex, which works on bytes and would split the
// multi-byte 〔〕.
bool is_doc_no(std::string_view s) {
  size_t a = s.find(kOpen);
  if (a == 0 || a == std::string_view::npos) return false;
  std::string_view agency = s.substr(0, a);
  if (agency.find_first_of(" \t") != std::string_view::npos) return false;
  std::string_view rest = s.substr(a + kOpen.size());
  if (rest.size() < 4 || !all_digits(rest.substr(0, 4))) return false;
  rest.remove_prefix(4);
  if (rest.substr(0, kClose.size()) != kClose) return false;
  rest.remove_prefix(kClose.size());
  if (rest.size() <= kHao.size() || rest.substr(rest.size() - kHao.size()) != kHao) return false;
  return all_digits(rest.substr(0, rest.size() - kHao.size()));
}

std::string doc_no_agency(std::string_view doc_no) {
  return is_doc_no(doc_no) ? std::string(doc_no.substr(0, doc_no.find(kOpen))) : std::string();
}

std::string mended_doc_no(std::string_view s) {
  // Each slip and what it stands for.
  static constexpr std::pair<std::string_view, std::string_view> kSlips[] = {
      {"[", kOpen},   {"(", kOpen},   {"（", kOpen}, {"【", kOpen},  {"［", kOpen},
      {"〖", kOpen},  {"]", kClose},  {")", kClose}, {"）", kClose}, {"】", kClose},
      {"］", kClose}, {"〗", kClose}, {" ", ""},     {"\t", ""},     {"　", ""}};
  std::string out;
  for (size_t i = 0; i < s.size();) {
    const auto* slip = std::find_if(std::begin(kSlips), std::end(kSlips),
                                    [&](const auto& p) { return s.substr(i, p.first.size()) == p.first; });
    if (slip == std::end(kSlips)) {
      out += s[i++];
    } else {
      out += slip->second;
      i += slip->first.size();
    }
  }
  if (out.size() < kHao.size() || out.compare(out.size() - kHao.size(), kHao.size(), kHao) != 0) out += kHao;
  return is_doc_no(out) ? out : std::string();
}

std::string doc_no_example(const std::string& agency, int year, int serial) {
  return (agency.empty() ? "某发" : agency) + std::string(kOpen) + std::to_string(year) + std::string(kClose) +
         std::to_string(serial) + std::string(kHao);
}

}  // namespace govsite
