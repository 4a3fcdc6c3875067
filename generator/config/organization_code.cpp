#include "config/organization_code.h"

#include "core/messages.h"

namespace govsite {

namespace {

// GB 32100-2015 table 1: the 31 characters of a 统一社会信用代码, in order of value.
constexpr const char kCreditCharset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

int credit_value(char c) {
  for (int v = 0; kCreditCharset[v] != '\0'; ++v)
    if (kCreditCharset[v] == c) return v;
  return -1;
}

}  // namespace

char organization_code_check(const std::string& first8) {
  // GB 11714-1997: C9 = 11 − (Σ Ci·Wi mod 11), 10 written X and 11 written 0; a letter
  // counts as 10 (A) to 35 (Z).
  static const int kWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};
  if (first8.size() != 8) return '\0';
  int sum = 0;
  for (size_t i = 0; i < 8; ++i) {
    const char c = first8[i];
    int v;
    if (c >= '0' && c <= '9') v = c - '0';
    else if (c >= 'A' && c <= 'Z') v = c - 'A' + 10;
    else return '\0';
    sum += v * kWeights[i];
  }
  const int check = 11 - sum % 11;
  return check == 10 ? 'X' : check == 11 ? '0' : static_cast<char>('0' + check);
}

char credit_code_check(const std::string& first17) {
  // GB 32100-2015: Wi = 3^(i−1) mod 31, C18 = 31 − (Σ Ci·Wi mod 31), 31 written 0.
  if (first17.size() != 17) return '\0';
  int sum = 0, weight = 1;
  for (char c : first17) {
    const int v = credit_value(c);
    if (v < 0) return '\0';
    sum += v * weight;
    weight = weight * 3 % 31;
  }
  const int check = (31 - sum % 31) % 31;
  return kCreditCharset[check];
}

std::string organization_code_problem(const std::string& code) {
  if (code.size() == 9) {
    const char check = organization_code_check(code.substr(0, 8));
    if (check == '\0') return tr("bad-index-prefix.organization-code");
    if (code[8] != check)
      return tr("bad-index-prefix.organization-code-check",
                {std::string(1, check), code.substr(0, 8), code.substr(8, 1)});
    return "";
  }
  if (code.size() == 18) {
    const char check = credit_code_check(code.substr(0, 17));
    if (check == '\0') return tr("bad-index-prefix.credit-code");
    if (code[17] != check)
      return tr("bad-index-prefix.credit-code-check", {std::string(1, check), code.substr(0, 17), code.substr(17, 1)});
    return "";
  }
  return tr("bad-index-prefix.length", {std::to_string(code.size())});
}

}  // namespace govsite
