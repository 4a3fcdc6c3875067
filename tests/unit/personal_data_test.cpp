#include <catch2/catch.hpp>

#include "vocabulary/personal_data.h"

using namespace govsite;

namespace {

std::vector<std::string> masked_in(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& m : find_personal_data(text))
    out.push_back(std::string(personal_data_kind_name(m.kind)) + " " + masked_personal_number(m));
  return out;
}

}  // namespace

TEST_CASE("personal data: ID numbers that pass the GB 11643 check digit", "[personal-data]") {
  CHECK(is_valid_id_number("211100198503121237"));
  CHECK(is_valid_id_number("11010519491231002X"));
  CHECK(is_valid_id_number("11010519491231002x"));
  CHECK_FALSE(is_valid_id_number("211100198503121231"));  // check digit wrong
  CHECK_FALSE(is_valid_id_number("211100198502301237"));  // no 30 February

  CHECK(masked_in("当事人身份证号211100198503121237，住") ==
        std::vector<std::string>{"居民身份证号码 2111**********1237"});
  CHECK(masked_in("ID 11010519491231002X.") == std::vector<std::string>{"居民身份证号码 1101**********002X"});
  CHECK(masked_in("written 211100 19850312 1237 apart") ==
        std::vector<std::string>{"居民身份证号码 2111**********1237"});
  // Full-width digits, as a Chinese input method types them.
  CHECK(masked_in("２１１１００１９８５０３１２１２３７") ==
        std::vector<std::string>{"居民身份证号码 2111**********1237"});
}

TEST_CASE("personal data: what is not personal data", "[personal-data]") {
  CHECK(masked_in("211100198503121231").empty());              // wrong check digit, and not a card
  CHECK(masked_in("2111**********1237 138****5678").empty());  // already masked
  CHECK(masked_in("索引号 2111000046/2019-00012，盘司发〔2019〕12号，2019-08-12").empty());
  CHECK(masked_in("电话 0427-2826700，传真 04272826701").empty());
  CHECK(masked_in("代码 91211100MA0Y3R8K2B、ABC211100198503121237、211100198503121237ABC").empty());
  CHECK(masked_in("金额 13812345678.50 元，比例 3.6222021234567890128").empty());
  CHECK(masked_in("1381234567 和 138123456789").empty());  // 10 and 12 digits
}

TEST_CASE("personal data: mobile numbers and bank cards", "[personal-data]") {
  CHECK(masked_in("张某,211100198503121237,13812345678\n") ==
        std::vector<std::string>{"居民身份证号码 2111**********1237", "手机号码 138****5678"});
  CHECK(masked_in("联系人手机13812345678。") == std::vector<std::string>{"手机号码 138****5678"});
  CHECK(masked_in("手机 138 1234 5678 或 138-1234-5678") ==
        std::vector<std::string>{"手机号码 138****5678", "手机号码 138****5678"});
  CHECK(masked_in("账号6222021234567890128") == std::vector<std::string>{"银行卡号 6222***********0128"});
  CHECK(masked_in("账号 6222 0212 3456 7890 128") == std::vector<std::string>{"银行卡号 6222***********0128"});
  CHECK(masked_in("账号6222021234567890127").empty());  // fails the Luhn check
  CHECK(passes_luhn("6222021234567890128"));
  CHECK_FALSE(passes_luhn("6222021234567890127"));
}

TEST_CASE("personal data: public_numbers compare digits only", "[personal-data]") {
  CHECK(personal_number_digits("138-1234-5678") == "13812345678");
  CHECK(personal_number_digits("１３８ １２３４ ５６７８") == "13812345678");
  CHECK(personal_number_digits("11010519491231002x") == "11010519491231002X");
}

TEST_CASE("personal data: found at every offset, after any text that passes for none", "[personal-data]") {
  // The scan passes eight bytes at a time over text without a digit or an EF byte (the
  // lead of full-width digits and of ，。（）): a number must be found wherever it starts.
  const std::string fillers[] = {"a", "文", "，", "ｘ", "Ａ", " "};
  for (const std::string& filler : fillers)
    for (size_t count = 0; count < 20; ++count) {
      std::string before;
      for (size_t k = 0; k < count; ++k) before += filler;
      INFO(before);
      for (const std::string number : {"13812345678", "１３８１２３４５６７８", "138 1234 5678"}) {
        const auto found = find_personal_data(before + "、" + number + "。");
        REQUIRE(found.size() == 1);
        CHECK(found[0].offset == before.size() + std::string("、").size());
        CHECK(found[0].digits == "13812345678");
      }
      CHECK(find_personal_data(before).empty());
      CHECK(find_personal_data(before + "2019年8月12日，第3条").empty());
    }
}
