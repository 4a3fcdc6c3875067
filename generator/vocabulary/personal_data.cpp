#include "vocabulary/personal_data.h"

#include <cctype>
#include <initializer_list>

#include "core/word_scan.h"

namespace govsite {

namespace {

// The ASCII digit that text[i] spells (ASCII or full-width ０-９), with its length in bytes;
// 0 bytes when text[i] is not a digit.
struct DigitAt {
  char digit = 0;
  size_t bytes = 0;
};

DigitAt digit_at(std::string_view t, size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c >= '0' && c <= '9') return {static_cast<char>(c), 1};
  // U+FF10..U+FF19 are EF BC 90..99.
  if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBC) {
    const auto c2 = static_cast<unsigned char>(t[i + 2]);
    if (c2 >= 0x90 && c2 <= 0x99) return {static_cast<char>('0' + (c2 - 0x90)), 3};
  }
  return {};
}

// X, x, Ｘ (U+FF38: EF BC B8) or ｘ (U+FF58: EF BD 98): the check character of an ID number.
size_t check_x_at(std::string_view t, size_t i) {
  if (i >= t.size()) return 0;
  if (t[i] == 'X' || t[i] == 'x') return 1;
  if (t.compare(i, 3, "\xEF\xBC\xB8") == 0 || t.compare(i, 3, "\xEF\xBD\x98") == 0) return 3;
  return 0;
}

// A Latin letter, a digit or an asterisk (ASCII or full-width ＊, U+FF0A: EF BC 8A) next to
// a number makes it part of a code or a masked number.
bool binds_left(std::string_view t, size_t at) {
  if (at == 0) return false;
  const auto c = static_cast<unsigned char>(t[at - 1]);
  if (std::isalnum(c) || c == '*') return true;
  if (at >= 3 && (t.compare(at - 3, 3, "\xEF\xBC\x8A") == 0 || digit_at(t, at - 3).bytes == 3)) return true;
  // A decimal fraction: "3.1415…"
  return c == '.' && at >= 2 && std::isdigit(static_cast<unsigned char>(t[at - 2]));
}

bool binds_right(std::string_view t, size_t at) {
  if (at >= t.size()) return false;
  const auto c = static_cast<unsigned char>(t[at]);
  if (std::isalnum(c) || c == '*') return true;
  if (t.compare(at, 3, "\xEF\xBC\x8A") == 0 || digit_at(t, at).bytes == 3) return true;
  return c == '.' && at + 1 < t.size() && std::isdigit(static_cast<unsigned char>(t[at + 1]));
}

// The first byte from `i` on that can start a digit: an ASCII digit, or EF, the lead byte
// of a full-width one. The text between numbers (Chinese, mostly) is passed over eight
// bytes at a time.
size_t next_digit_candidate(std::string_view t, size_t i) {
  using namespace word_scan;
  return find_first_byte(
      t, i, [](uint64_t w) { return has_byte_below(w ^ (kOnes * '0'), 10) || has_byte(w, 0xEF); },
      [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return (c >= '0' && c <= '9') || c == 0xEF;
      });
}

struct Group {
  size_t begin = 0, end = 0;  // bytes
  std::string digits;
};

bool all_digits(const std::string& s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Region (first digit 1-8) and a real birth date: the shape of an ID number whatever its
// check digit, so such a number is never taken for a bank card.
bool has_id_shape(std::string_view d) {
  if (d.size() != 18 || d[0] < '1' || d[0] > '8') return false;
  for (size_t i = 0; i < 17; ++i)
    if (d[i] < '0' || d[i] > '9') return false;
  const int year = std::stoi(std::string(d.substr(6, 4)));
  const int month = std::stoi(std::string(d.substr(10, 2)));
  const int day = std::stoi(std::string(d.substr(12, 2)));
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  return day <= days[month - 1] + (month == 2 && is_leap(year) ? 1 : 0);
}

bool is_mobile(const std::string& d) {
  return d.size() == 11 && all_digits(d) && d[0] == '1' && d[1] >= '3' && d[1] <= '9';
}

bool is_bank_card(const std::string& d) {
  if (d.size() < 16 || d.size() > 19 || !all_digits(d)) return false;
  if (d[0] != '3' && d[0] != '4' && d[0] != '5' && d[0] != '6' && d[0] != '9') return false;
  return !has_id_shape(d) && passes_luhn(d);
}

// Whether groups [from, from + lengths.size()) have exactly these lengths.
bool lengths_are(const std::vector<Group>& g, size_t from, size_t n, std::initializer_list<size_t> lengths) {
  if (n != lengths.size()) return false;
  for (size_t length : lengths)
    if (g[from++].digits.size() != length) return false;
  return true;
}

// Whether groups [from, from + n) written together are one number of some kind.
bool classify(const std::vector<Group>& g, size_t from, size_t n, PersonalDataKind& kind, std::string& digits) {
  digits.clear();
  for (size_t k = from; k < from + n; ++k) digits += g[k].digits;
  if ((lengths_are(g, from, n, {18}) || lengths_are(g, from, n, {6, 8, 4})) && is_valid_id_number(digits)) {
    kind = PersonalDataKind::id_number;
    return true;
  }
  if ((lengths_are(g, from, n, {11}) || lengths_are(g, from, n, {3, 4, 4})) && is_mobile(digits)) {
    kind = PersonalDataKind::mobile;
    return true;
  }
  bool card_grouping = n == 1 || (n == 2 && g[from].digits.size() == 6);
  if (n >= 4) {
    card_grouping = true;
    for (size_t k = 0; k + 1 < n; ++k) card_grouping = card_grouping && g[from + k].digits.size() == 4;
  }
  if (card_grouping && is_bank_card(digits)) {
    kind = PersonalDataKind::bank_card;
    return true;
  }
  return false;
}

}  // namespace

bool is_valid_id_number(std::string_view d) {
  if (d.size() != 18) return false;
  static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) {
    if (d[i] < '0' || d[i] > '9') return false;
    sum += (d[i] - '0') * weights[i];
  }
  const char expected = "10X98765432"[sum % 11];
  const char check = d[17] == 'x' ? 'X' : d[17];
  return check == expected && has_id_shape(d);
}

bool passes_luhn(std::string_view d) {
  if (d.empty()) return false;
  int sum = 0;
  bool twice = false;
  for (size_t i = d.size(); i-- > 0;) {
    if (d[i] < '0' || d[i] > '9') return false;
    int v = d[i] - '0';
    if (twice) v = v * 2 > 9 ? v * 2 - 9 : v * 2;
    sum += v;
    twice = !twice;
  }
  return sum % 10 == 0;
}

std::vector<PersonalDataMatch> find_personal_data(std::string_view t) {
  std::vector<PersonalDataMatch> found;
  std::vector<Group> groups;
  for (size_t i = 0; i < t.size();) {
    i = next_digit_candidate(t, i);
    if (i == t.size()) break;
    if (!digit_at(t, i).bytes) {
      ++i;
      continue;
    }
    // A run of digit groups joined by single spaces or hyphens.
    groups.clear();
    size_t at = i;
    while (true) {
      Group g;
      g.begin = at;
      for (DigitAt d; (d = digit_at(t, at)).bytes; at += d.bytes) g.digits += d.digit;
      if (g.digits.size() == 17 || g.digits.size() == 3)
        if (size_t x = check_x_at(t, at)) {
          g.digits += 'X';
          at += x;
        }
      g.end = at;
      groups.push_back(std::move(g));
      if (at + 1 < t.size() && (t[at] == ' ' || t[at] == '-') && digit_at(t, at + 1).bytes && groups.size() < 8) ++at;
      else break;
    }
    // Fewer than 11 digits in all (a date, an article number): no window can be a number
    // of any kind, the shortest being a mobile number.
    size_t digits = 0;
    for (const Group& g : groups) digits += g.digits.size();
    // Longest numbers first, each window bounded by something that is not part of a number.
    for (size_t from = 0; digits >= 11 && from < groups.size();) {
      size_t taken = 0;
      for (size_t n = groups.size() - from; n >= 1 && !taken; --n) {
        if (binds_left(t, groups[from].begin) || binds_right(t, groups[from + n - 1].end)) continue;
        PersonalDataMatch m;
        if (classify(groups, from, n, m.kind, m.digits)) {
          m.offset = groups[from].begin;
          found.push_back(std::move(m));
          taken = n;
        }
      }
      from += taken ? taken : 1;
    }
    i = at;
  }
  return found;
}

std::string masked_personal_number(const PersonalDataMatch& m) {
  const size_t head = m.kind == PersonalDataKind::mobile ? 3 : 4;
  const size_t tail = 4;
  const std::string& d = m.digits;
  if (d.size() <= head + tail) return std::string(d.size(), '*');
  return d.substr(0, head) + std::string(d.size() - head - tail, '*') + d.substr(d.size() - tail);
}

const char* personal_data_kind_name(PersonalDataKind k) {
  switch (k) {
    case PersonalDataKind::id_number: return "居民身份证号码";
    case PersonalDataKind::mobile: return "手机号码";
    case PersonalDataKind::bank_card: return "银行卡号";
  }
  return "";
}

std::string personal_number_digits(std::string_view written) {
  std::string out;
  for (size_t i = 0; i < written.size();) {
    if (DigitAt d = digit_at(written, i); d.bytes) {
      out += d.digit;
      i += d.bytes;
    } else if (size_t x = check_x_at(written, i)) {
      out += 'X';
      i += x;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace govsite
