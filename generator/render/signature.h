// 落款: in a Chinese official document the issuing body and the date close the text and
// are set right-aligned (GB/T 9704). Editors write them as two plain paragraphs; this
// finds such pairs in rendered HTML and marks them so the theme can align them.
#pragma once

#include <string>

namespace govsite {

// Wraps every "<p>机关名称</p>\n<p>YYYY年M月D日</p>\n" pair in <div class="signature">. The
// first paragraph must be short (at most 40 characters) and hold no sentence punctuation,
// so an ordinary paragraph followed by a date is left alone.
std::string mark_signatures(const std::string& html);

}  // namespace govsite
