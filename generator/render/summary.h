// Summaries for the description meta tag and listings: cut at a sentence end (。！？；)
// within the limit, never inside a character.
#pragma once

#include <string>
#include <string_view>

namespace govsite {

// Collapses whitespace, then keeps at most `max_chars` code points: up to the last sentence
// end within the limit when there is one, else the limit (moved back to the start of a
// Latin word or number it would split) followed by "…".
std::string summarize(std::string_view text, size_t max_chars);

// The text without its first line when that line is a 公文's addressees (主送机关,
// "各县、区司法局，……："): a summary starts after them.
std::string_view without_salutation(std::string_view text);

}  // namespace govsite
