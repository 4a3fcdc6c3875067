// The codes that name a Chinese public body, checked by their check characters: the
// 9-character 组织机构代码 (GB 11714-1997) and the 18-character 统一社会信用代码
// (GB 32100-2015). Real 政府信息公开 catalogs start every 索引号 with one of them.
#pragma once

#include <string>

namespace govsite {

// The check character a 组织机构代码's first 8 characters call for ('0'–'9' or 'X'), or
// '\0' when they are not 8 digits or capital letters.
char organization_code_check(const std::string& first8);
// The check character of a 统一社会信用代码's first 17 characters, or '\0' when they are
// not from its character set (digits and capitals without I, O, S, V, Z).
char credit_code_check(const std::string& first17);

// Why `code` is neither a valid 组织机构代码 nor a valid 统一社会信用代码; empty when it is one.
std::string organization_code_problem(const std::string& code);

}  // namespace govsite
