// Personal data that must never be published by mistake (公示名单未脱敏): 居民身份证号码
// that pass the GB 11643 check digit, mobile numbers, and bank card numbers that pass the
// Luhn check. A finder over text, so the document parser, the attachment check and the
// tests share one definition of what counts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govsite {

enum class PersonalDataKind { id_number, mobile, bank_card };

struct PersonalDataMatch {
  size_t offset = 0;  // byte offset of the number's first character in the text
  PersonalDataKind kind = PersonalDataKind::id_number;
  std::string digits;  // ASCII digits (and a final X), separators and full-width forms folded
};

// Every number in `text` that is personal data. Digits may be ASCII or full-width (０-９),
// and grouped by single spaces or hyphens the way people write them (138 1234 5678,
// 6222 0212 3456 7890 123). A number touching a Latin letter, another digit or `*` is part
// of something else (a code, a masked number) and is not matched.
std::vector<PersonalDataMatch> find_personal_data(std::string_view text);

// What a message may show: the first and last digits with the rest as `*`
// (2101**********1234, 138****5678, 6222***********0123). Never the whole number.
std::string masked_personal_number(const PersonalDataMatch& m);

// 居民身份证号码, 手机号码, 银行卡号.
const char* personal_data_kind_name(PersonalDataKind k);

// Only the digits (and a final X) of a number as an editor wrote it, full-width folded: the
// form `public_numbers` entries are compared in.
std::string personal_number_digits(std::string_view written);

bool is_valid_id_number(std::string_view digits);  // 18 characters, GB 11643
bool passes_luhn(std::string_view digits);

}  // namespace govsite
