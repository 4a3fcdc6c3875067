// check_inlines skips eight bytes at a time inside Chinese text; the whole check as it was
// before (below, as the reference, unchanged) must give the same answer, line, column and
// message, on texts that trip each limit in the middle of Chinese text, and on random ones.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>

#include "core/messages.h"
#include "render/markdown_limits.h"

using namespace govsite;

namespace reference {

namespace {

// cmark-gfm allocates a node of about 200 bytes for each line and for most ASCII marks it
// parses (and keeps them all until the page is written), so lines and marks bound memory.
constexpr size_t kMaxLines = 300000;
constexpr size_t kMaxMarkupChars = 500000;
// Every open container (block quote, list) is visited again on each following line and for
// each mark in it: the work is the nesting depth times the lines and marks within it.
constexpr uint64_t kMaxNestingWork = 20000000;
// The table extension fills every row up to the header's width, and splits a row in time
// quadratic in its cells.
constexpr size_t kMaxTableColumns = 100;
constexpr size_t kMaxTableCells = 200000;
// Work counts of the quadratic shapes, in the library's own steps (see each use below).
// Each allows far more than a real document needs, and a fraction of a second of parsing.
constexpr uint64_t kMaxImageBracketWork = 20000000;
constexpr uint64_t kMaxUnclosedHtmlWork = 500000000;
constexpr uint64_t kMaxTableHeaderWork = 10000000;
constexpr uint64_t kTableHeaderPipeWork = 32;  // a cell costs the parser about 32 bytes' worth
constexpr uint64_t kMaxAutolinkWork = 500000000;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\v' || c == '\f'; }

// The characters cmark-gfm (with the autolink extension, which looks at every `w`, `.` and
// `:` for "www." and "://") turns into a node of their own or a delimiter.
bool is_markup(char c) {
  switch (c) {
    case '&':
    case '<':
    case '[':
    case ']':
    case '!':
    case '\\':
    case '"':
    case '\'':
    case '.':
    case ':':
    case 'w':
    case '*':
    case '_':
    case '~':
    case '`': return true;
    default: return false;
  }
}

// The bytes check_inlines looks at; it skips all others (letters, digits, every byte of a
// Chinese character), so that ordinary text costs one table look-up per byte.
struct InlineBytes {
  bool interesting[256] = {};
  InlineBytes() {
    for (int c = 0; c < 128; ++c) {
      const char ch = static_cast<char>(c);
      interesting[c] = is_markup(ch) || is_space(ch) || ch == ')' || ch == '@';
    }
  }
};

const InlineBytes kInlineBytes;

// A line that the table extension may take for the one under a table's header: only `|`,
// `-`, `:` and spaces, with at least one `-`.
bool is_delimiter_row(std::string_view rest) {
  bool dash = false;
  for (char c : rest) {
    if (c == '-') dash = true;
    else if (c != '|' && c != ':' && !is_space(c)) return false;
  }
  return dash;
}

// Cells of a table row: the parts between unescaped `|`, without empty outer ones.
struct RowCells {
  size_t cells = 1;
  size_t pipes = 0;
};

RowCells count_cells(std::string_view rest) {
  size_t begin = 0, end = rest.size();
  while (begin < end && is_space(rest[begin])) ++begin;
  while (end > begin && is_space(rest[end - 1])) --end;
  RowCells r;
  if (rest.find('|') == std::string_view::npos) return r;
  for (size_t i = begin; i < end; ++i) {
    if (rest[i] == '\\') ++i;
    else if (rest[i] == '|') ++r.pipes;
  }
  size_t cells = r.pipes + 1;
  if (begin < end && rest[begin] == '|') --cells;
  if (end > begin + 1 && rest[end - 1] == '|' && rest[end - 2] != '\\') --cells;
  r.cells = std::max<size_t>(cells, 1);
  return r;
}

struct Scan {
  // The document so far.
  size_t lines = 0;
  size_t markup = 0;
  size_t table_cells = 0;
  uint64_t image_bracket_work = 0;
  uint64_t unclosed_html_work = 0;
  uint64_t table_header_work = 0;
  uint64_t autolink_work = 0;
  uint64_t nesting_work = 0;
  size_t open_levels = 0;  // of the last non-blank line
  // The block (run of non-blank lines) so far; the paragraph is the part of it since the
  // last table opened.
  size_t paragraph_bytes = 0;
  size_t paragraph_pipes = 0;
  size_t previous_cells = 0;  // 0 at the block's first line
  bool in_table = false;
  size_t columns = 0;
  // The inline content (paragraph, or table row) so far.
  uint64_t image_openers = 0;
  uint64_t html_openers = 0;
};

MarkdownTooComplex too_complex(int line, size_t column, std::string message) {
  return {line, static_cast<int>(column), std::move(message)};
}

// The container markers (">", list markers) and indentation before a line's content. Each
// marker and each two columns of indentation is a nesting level.
struct ContainerPrefix {
  size_t length = 0;
  size_t markers = 0;
  size_t levels = 0;
};

ContainerPrefix container_prefix(std::string_view line) {
  ContainerPrefix p;
  size_t i = 0, indent = 0;
  auto marker = [&](size_t end) {  // the space after a marker belongs to it
    ++p.markers;
    i = end;
    if (i < line.size() && is_space(line[i])) ++i;
  };
  while (i < line.size()) {
    const char c = line[i];
    if (c == ' ') {
      ++indent;
      ++i;
    } else if (c == '\t') {
      indent += 4;
      ++i;
    } else if (c == '>') {
      marker(i + 1);
    } else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.size() && is_space(line[i + 1])) {
      marker(i + 1);
    } else if (c >= '0' && c <= '9') {
      size_t j = i;
      while (j < line.size() && j - i < 9 && line[j] >= '0' && line[j] <= '9') ++j;
      if (j < line.size() && (line[j] == '.' || line[j] == ')') && (j + 1 == line.size() || is_space(line[j + 1])))
        marker(j + 1);
      else break;
    } else {
      break;
    }
  }
  p.length = i;
  p.levels = p.markers + indent / 2;
  return p;
}

MarkdownTooComplex too_many_marks(int line, size_t column) {
  return too_complex(line, column, tr("markdown-too-complex.marks", {std::to_string(kMaxMarkupChars)}));
}

// Checks the inline content of one line: marks, image brackets, unclosed `<?` and `<![`,
// and web and mail addresses that the autolink extension trims one character at a time.
std::optional<MarkdownTooComplex> check_inlines(Scan& s, std::string_view rest, int line, size_t offset) {
  size_t word_start = 0, word_marks = 0;
  bool word_address = false;
  uint64_t html_openers_here = 0;
  auto end_word = [&](size_t end) -> std::optional<MarkdownTooComplex> {
    if (word_address && word_marks > 0) {
      s.autolink_work += static_cast<uint64_t>(word_marks) * (end - word_start);
      // cmark-gfm trims a `)` after an address by counting the parentheses of the whole
      // address again, and looks at every `@` of a word for a mail address.
      if (s.autolink_work > kMaxAutolinkWork)
        return too_complex(line, offset + word_start + 1,
                           tr(word_marks == 1 ? "markdown-too-complex.address-one" : "markdown-too-complex.address",
                              {std::to_string(end - word_start), std::to_string(word_marks)}));
    }
    word_marks = 0;
    word_address = false;
    word_start = end + 1;
    return std::nullopt;
  };
  for (size_t k = 0; k < rest.size(); ++k) {
    const char c = rest[k];
    if (!kInlineBytes.interesting[static_cast<unsigned char>(c)]) continue;
    if (is_markup(c) && ++s.markup > kMaxMarkupChars) return too_many_marks(line, offset + k + 1);
    if (c == '!' && k + 1 < rest.size() && rest[k + 1] == '[') {
      ++s.image_openers;
    } else if (c == ']') {
      // Every `]` that closes a link walks back over all open image brackets `![` before it.
      s.image_bracket_work += s.image_openers;
      if (s.image_bracket_work > kMaxImageBracketWork)
        return too_complex(line, offset + k + 1, tr("markdown-too-complex.images", {std::to_string(s.image_openers)}));
    } else if (c == '<' && k + 1 < rest.size() &&
               (rest[k + 1] == '?' || (rest[k + 1] == '!' && k + 2 < rest.size() && rest[k + 2] == '['))) {
      ++html_openers_here;
    }
    if (is_space(c) || c == '<') {
      if (auto p = end_word(k)) return p;
    } else if (c == ')' || c == '@') {
      ++word_marks;
      if (c == '@') word_address = true;
    } else if ((c == 'w' && rest.substr(k, 4) == "www.") || (c == ':' && rest.substr(k, 3) == "://")) {
      word_address = true;
    }
  }
  if (auto p = end_word(rest.size())) return p;
  // An unclosed `<?` or `<![` makes the parser look for its end through the rest of the
  // paragraph, once for each of them.
  s.html_openers += html_openers_here;
  s.unclosed_html_work += s.html_openers * (rest.size() + 1);
  if (s.unclosed_html_work > kMaxUnclosedHtmlWork)
    return too_complex(line, offset + 1, tr("markdown-too-complex.html", {std::to_string(s.html_openers)}));
  return std::nullopt;
}

std::optional<MarkdownTooComplex> check_table(Scan& s, std::string_view rest, int line, size_t offset) {
  const RowCells row = count_cells(rest);
  if (is_delimiter_row(rest) && s.previous_cells > 0) {
    // The table extension parses the paragraph above such a line for its header (its last
    // line), and again at each such line while the paragraph goes on.
    s.table_header_work += s.paragraph_bytes + kTableHeaderPipeWork * s.paragraph_pipes;
    if (s.table_header_work > kMaxTableHeaderWork)
      return too_complex(line, offset + 1, tr("markdown-too-complex.delimiter-rows"));
    if (row.cells > kMaxTableColumns)
      return too_complex(line, offset + 1,
                         tr("markdown-too-complex.table-columns",
                            {std::to_string(row.cells), std::to_string(kMaxTableColumns)}));
    if (s.previous_cells > kMaxTableColumns)
      return too_complex(line - 1, 1,
                         tr("markdown-too-complex.header-cells",
                            {std::to_string(s.previous_cells), std::to_string(kMaxTableColumns)}));
    if (row.cells == s.previous_cells) {            // a table opens here (or this is a row of one)
      if (!s.in_table) s.table_cells += row.cells;  // its header
      s.in_table = true;
      // Never narrower within a block: a table ended by a heading and followed by a narrower
      // one is counted at the wider width, so no row is counted narrower than it is filled.
      s.columns = std::max(s.columns, row.cells);
      s.paragraph_bytes = s.paragraph_pipes = 0;
    }
  }
  if (s.in_table) {
    if (row.cells > kMaxTableColumns)
      return too_complex(line, offset + 1,
                         tr("markdown-too-complex.row-cells",
                            {std::to_string(row.cells), std::to_string(kMaxTableColumns)}));
    s.table_cells += std::max(row.cells, s.columns);
    s.image_openers = s.html_openers = 0;  // each cell is parsed on its own
    if (s.table_cells > kMaxTableCells)
      return too_complex(line, offset + 1, tr("markdown-too-complex.table-cells", {std::to_string(kMaxTableCells)}));
  }
  s.previous_cells = row.cells;
  s.paragraph_pipes += row.pipes;
  return std::nullopt;
}

std::optional<MarkdownTooComplex> check_line(Scan& s, std::string_view line, int number) {
  if (++s.lines > kMaxLines)
    return too_complex(number, 1, tr("markdown-too-complex.lines", {std::to_string(kMaxLines)}));
  const ContainerPrefix prefix = container_prefix(line);
  const size_t levels = prefix.levels, offset = prefix.length;
  const std::string_view rest = line.substr(offset);
  const bool blank = std::all_of(rest.begin(), rest.end(), is_space);
  s.markup += prefix.markers;
  if (s.markup > kMaxMarkupChars) return too_many_marks(number, 1);
  const size_t marks_before = s.markup;  // the containers of this line are opened once
  if (blank) {                           // a blank line ends every paragraph and table
    s.paragraph_bytes = s.paragraph_pipes = 0;
    s.previous_cells = 0;
    s.in_table = false;
    s.columns = 0;
    s.image_openers = s.html_openers = 0;
  } else {
    if (auto p = check_table(s, rest, number, offset)) return p;
    if (auto p = check_inlines(s, rest, number, offset)) return p;
    s.paragraph_bytes += line.size() + 1;
  }
  const size_t depth = std::max(levels, s.open_levels);
  s.nesting_work += static_cast<uint64_t>(depth) * (1 + s.markup - marks_before);
  if (s.nesting_work > kMaxNestingWork)
    return too_complex(number, 1, tr("markdown-too-complex.depth", {std::to_string(depth)}));
  if (!blank) s.open_levels = levels;
  return std::nullopt;
}

}  // namespace

std::optional<MarkdownTooComplex> find_markdown_too_complex(std::string_view markdown) {
  Scan s;
  int number = 0;
  size_t pos = 0;
  while (pos < markdown.size()) {
    // Lines end as cmark-gfm ends them: at "\n", "\r\n" or a lone "\r".
    size_t end = markdown.find('\n', pos);
    if (end == std::string_view::npos) end = markdown.size();
    size_t next = end + 1;
    if (size_t cr = markdown.substr(pos, end - pos).find('\r'); cr != std::string_view::npos) {
      end = pos + cr;
      next = end + (end + 1 < markdown.size() && markdown[end + 1] == '\n' ? 2 : 1);
    }
    if (auto p = check_line(s, markdown.substr(pos, end - pos), ++number)) return p;
    pos = next;
  }
  return std::nullopt;
}

}  // namespace reference

namespace {

std::string answer(const std::optional<MarkdownTooComplex>& p) {
  return p ? std::to_string(p->line) + ":" + std::to_string(p->column) + ": " + p->message : "none";
}

void check_same(const std::string& text) {
  const std::string now = answer(find_markdown_too_complex(text));
  const std::string before = answer(reference::find_markdown_too_complex(text));
  INFO("text of " << text.size() << " bytes: " << text.substr(0, 200));
  CHECK(now == before);
}

std::string repeat(const std::string& s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

}  // namespace

TEST_CASE("markdown limits: the same answers as the byte-at-a-time check", "[markdown-limits][byte-scan]") {
  set_language(Language::en);
  const std::string zh = "政务公开";  // 12 bytes, none of them ASCII
  SECTION("each limit tripped after Chinese runs of every length") {
    for (size_t run : {0, 1, 2, 3, 5, 7, 8, 9, 13, 17}) {
      const std::string chinese = repeat("\xe6\x94\xbf", run) + std::string("\x80\xff", run % 3);
      check_same(repeat(chinese + "*", 500001) + "\n");                               // marks
      check_same("www." + repeat(chinese + ")", 40000) + "\n");                       // an address
      check_same(repeat(chinese + "a@", 30000) + "\n");                               // mail marks
      check_same(repeat("![" + chinese, 5000) + repeat(chinese + "]", 5000) + "\n");  // images
      check_same(repeat("<?" + chinese + "\n", 2000));                                // unclosed <?
      check_same(repeat(chinese + "<![" + zh + " \n", 2000));
    }
  }
  SECTION("random texts of markup, spaces, ASCII and Chinese") {
    const std::vector<std::string> pieces = {zh,   "\xe6\x94", "\x80\xff\xc0", "a",  "w",  "www.", "://", ")",
                                             "@",  "*",        "![",           "]",  "<?", "<![",  "<",   "|",
                                             "-",  " ",        "\t",           "\n", "\r", "> ",   "- ",  "1. ",
                                             "  ", "`",        "\\",           "&",  "."};
    std::mt19937 rng(26);
    for (int n = 0; n < 400; ++n) {
      std::string text;
      const size_t length = rng() % 4000;
      while (text.size() < length) text += pieces[rng() % pieces.size()];
      check_same(text);
    }
    // Enough marks and addresses to trip a limit somewhere in a long random text.
    for (int n = 0; n < 6; ++n) {
      std::string text;
      while (text.size() < 3000000) text += rng() % 3 ? zh : pieces[rng() % pieces.size()];
      check_same(text);
    }
  }
  set_language(Language::zh);
}
