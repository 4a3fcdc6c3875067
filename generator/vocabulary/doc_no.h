// 发文字号: 机关代字〔年份〕序号号, e.g. 盘司发〔2019〕12号 (GB/T 9704-2012, 党政机关公文格式).
#pragma once

#include <string>
#include <string_view>

namespace govsite {

// Whether `s` has the shape 机关代字〔YYYY〕N号, the year in the six-cornered brackets 〔〕.
bool is_doc_no(std::string_view s);

// The 机关代字 of a well-formed 发文字号 ("盘司发" of 盘司发〔2019〕12号); empty otherwise.
std::string doc_no_agency(std::string_view doc_no);

// `s` with the slips made when typing 〔〕 mended: [], (), （）, 【】, ［］ or 〖〗 around the
// year, spaces, a missing 号 ("盘司发[2019]12" → 盘司发〔2019〕12号); empty when that does not
// make a well-formed 发文字号.
std::string mended_doc_no(std::string_view s);

// A 发文字号 of `agency` for the examples the editors are shown: 盘司发〔2026〕1号. Without an
// agency, a neutral one (某发〔2026〕1号), never another department's.
std::string doc_no_example(const std::string& agency, int year, int serial);

}  // namespace govsite
