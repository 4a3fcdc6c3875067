#include "yaml/yaml_precheck.h"

#include <optional>

#include "core/messages.h"
#include "core/utf8.h"

namespace govsite {

namespace {

// Brackets nested deeper than yaml-cpp's own limit are only counted, not remembered.
constexpr size_t kMaxNesting = 1000;

constexpr std::string_view kFullwidthColon = "\xEF\xBC\x9A";  // ：
constexpr std::string_view kFullwidthSpace = "\xE3\x80\x80";  // 　

bool starts_with(std::string_view s, size_t at, std::string_view prefix) {
  return s.compare(at, prefix.size(), prefix) == 0;
}

// Keys of front matter and site.yaml are lower-case snake_case: only text shaped like one is
// taken for a key that lost its ": " ("ID:身份证" in a list stays a value).
bool is_key_start(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

bool is_key_char(char c) { return is_key_start(c) || (c >= '0' && c <= '9') || c == '-'; }

// Nothing but a comment or spaces from `at` on.
bool rest_is_empty(std::string_view line, size_t at) {
  while (at < line.size() && (line[at] == ' ' || line[at] == '\t')) ++at;
  return at == line.size() || line[at] == '#';
}

class SlipFinder {
 public:
  std::vector<YamlSlip> run(std::string_view yaml) {
    int number = 0;
    for (size_t start = 0; start <= yaml.size(); ++number) {
      size_t end = yaml.find('\n', start);
      if (end == std::string_view::npos) end = yaml.size();
      std::string_view line = yaml.substr(start, end - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      line_ = line;
      number_ = number + 1;
      check_line();
      start = end + 1;
    }
    if (!opens_.empty()) report_unclosed();
    return std::move(slips_);
  }

 private:
  // An open "[", "{" or quote, and the indentation of the line it belongs to: the lines it
  // goes on over must be indented more.
  struct Open {
    char closer;
    int line;
    std::string_view line_text;  // its column is counted only if it is reported
    size_t byte;
    size_t owner;
    int column() const { return column_of_byte(line_text, byte); }
  };

  void slip(size_t byte, const char* code) { slip_at(number_, column_of_byte(line_, byte), code); }
  void slip_at(int line, int column, const char* code) {
    if (!slips_.empty() && slips_.back().line == line) return;  // the first slip of a line
    slips_.push_back({line, column, code});
  }

  void report_unclosed() {
    const Open& o = opens_.back();
    slip_at(o.line, o.column(),
            o.closer == ']'   ? "yaml-unclosed-list"
            : o.closer == '}' ? "yaml-unclosed-mapping"
                              : "yaml-unclosed-quote");
    opens_.clear();
    deeper_ = 0;
  }

  void check_line() {
    size_t indent = 0;
    while (indent < line_.size() && line_[indent] == ' ') ++indent;
    size_t first = indent;  // tabs before a comment or on an empty line are harmless
    while (first < line_.size() && line_[first] == '\t') ++first;
    const bool blank = first == line_.size();
    const bool comment = !blank && line_[first] == '#';
    if (block_scalar_owner_) {  // a | or > value: free text while indented more than its key
      if (blank || indent > *block_scalar_owner_) return;
      block_scalar_owner_.reset();
    }
    if (!opens_.empty()) {
      const bool closes_here = indent < line_.size() && (line_[indent] == ']' || line_[indent] == '}');
      if (blank || indent > opens_.front().owner || closes_here) {
        scan_flow(indent);
        return;
      }
      report_unclosed();
    }
    if (blank || comment) return;
    if (continuation_owner_) {  // more lines of a plain value
      if (indent > *continuation_owner_) return;
      continuation_owner_.reset();
    }
    if (empty_list_) {
      const bool item = line_[indent] == '-' && (indent + 1 == line_.size() || line_[indent + 1] == ' ');
      if (indent > empty_list_->owner || (item && indent >= empty_list_->owner))
        slip_at(empty_list_->line, empty_list_->column(), "yaml-empty-list-then-items");
      empty_list_.reset();
    }
    // Indentation: spaces only.
    for (size_t i = 0; i < line_.size();) {
      if (line_[i] == '\t') return slip(i, "yaml-tab");
      if (starts_with(line_, i, kFullwidthSpace)) return slip(i, "yaml-fullwidth-space");
      if (line_[i] != ' ') break;
      ++i;
    }
    // "- " items, then a key or a value.
    size_t at = indent;
    bool item = false;
    while (at < line_.size() && line_[at] == '-' && (at + 1 == line_.size() || line_[at + 1] == ' ')) {
      item = true;
      ++at;
      while (at < line_.size() && line_[at] == ' ') ++at;
    }
    if (rest_is_empty(line_, at)) return;
    const char c = line_[at];
    if (c == '[' || c == '{' || c == '"' || c == '\'') {
      scan_flow_from(at, item ? indent : at);
      return;
    }
    if (item && (c == '|' || c == '>')) {
      block_scalar_owner_ = indent;
      return;
    }
    check_plain(at, item, indent);
  }

  // A plain key (or a plain item): "key: value", or one of the slips that make it not one.
  // `indent` is the line's.
  void check_plain(size_t at, bool item, size_t indent) {
    size_t key_end = at;
    while (key_end < line_.size() && is_key_char(line_[key_end])) ++key_end;
    const bool key_like = key_end > at && is_key_start(line_[at]);
    // The first ": " (or ":" at the end) ends the key; a " #" starts a comment.
    for (size_t i = at; i < line_.size(); ++i) {
      if (line_[i] == '#' && i > at && line_[i - 1] == ' ') break;
      if (line_[i] == ':' && (i + 1 == line_.size() || line_[i + 1] == ' ' || line_[i + 1] == '\t')) {
        check_value(i + 1, at);
        return;
      }
    }
    // Not a key: a value, which may go on over more indented lines.
    continuation_owner_ = indent;
    if (!key_like) return;
    size_t after = key_end;
    while (after < line_.size() && line_[after] == ' ') ++after;
    if (starts_with(line_, after, kFullwidthColon)) return slip(after, "yaml-fullwidth-colon");
    if (after != key_end || after >= line_.size() || line_[after] != ':') return;
    if (starts_with(line_, after + 1, kFullwidthSpace)) return slip(after + 1, "yaml-fullwidth-space");
    const unsigned char next = line_[after + 1];
    // "- http://…" or "- 10:30" are values; "- by:王某" and "issuer:盘锦市司法局" are keys.
    if (next == '/' || (item && next < 0x80)) return;
    slip(after, "yaml-no-space");
  }

  // The value after "key:", which starts at `at`; `owner` is the key's column.
  void check_value(size_t at, size_t owner) {
    while (at < line_.size() && (line_[at] == ' ' || line_[at] == '\t')) ++at;
    if (rest_is_empty(line_, at)) return;  // the value is on the lines below
    const char c = line_[at];
    if (c == '|' || c == '>') {
      block_scalar_owner_ = owner;
      return;
    }
    if (c == '[' || c == '{' || c == '"' || c == '\'') {
      const size_t end = scan_flow_from(at, owner);
      if (opens_.empty() && c == '[' && line_.substr(at, end - at) == "[]" && rest_is_empty(line_, end))
        empty_list_ = Open{']', number_, line_, at, owner};
      // title: "关于印发"七五"普法规划的通知": the inner quote ends the value early, the likeliest
      // quoting slip in Chinese titles (yaml-cpp only says "end of map not found").
      if (opens_.empty() && (c == '"' || c == '\'') && end <= line_.size() && !rest_is_empty(line_, end))
        slip(end - 1, "yaml-quote-in-quote");
      return;
    }
    if (c == '&' || c == '*' || c == '!') return;
    continuation_owner_ = owner;
  }

  // A flow collection or quoted string opening at `at`, on a line whose key (or item)
  // starts at `owner`. Returns where it ends on this line.
  size_t scan_flow_from(size_t at, size_t owner) {
    owner_ = owner;
    return scan(at);
  }
  void scan_flow(size_t from) { scan(from); }

  size_t scan(size_t i) {
    while (i < line_.size()) {
      const char c = line_[i];
      if (!opens_.empty() && (opens_.back().closer == '"' || opens_.back().closer == '\'')) {
        const char q = opens_.back().closer;
        if (q == '"' && c == '\\') {
          i += 2;
          continue;
        }
        if (c == q) {
          if (q == '\'' && i + 1 < line_.size() && line_[i + 1] == '\'') {
            i += 2;
            continue;
          }
          opens_.pop_back();
          if (opens_.empty()) return i + 1;
        }
        ++i;
        continue;
      }
      if (c == '#' && (i == 0 || line_[i - 1] == ' ')) return line_.size();
      if (c == '[' || c == '{' || c == '"' || c == '\'') {
        if ((c == '"' || c == '\'') && !opens_.empty() && !at_item_start(i)) {
          ++i;  // an apostrophe inside a plain item: [it's]
          continue;
        }
        if (opens_.size() == kMaxNesting) {  // only counted: yaml-cpp refuses it as too deep
          if (c == '[' || c == '{') ++deeper_;
          ++i;
          continue;
        }
        const size_t owner = opens_.empty() ? owner_ : opens_.front().owner;
        opens_.push_back({c == '[' ? ']' : c == '{' ? '}' : c, number_, line_, i, owner});
      } else if ((c == ']' || c == '}') && deeper_ > 0) {
        --deeper_;
      } else if ((c == ']' || c == '}') && !opens_.empty()) {
        opens_.pop_back();
        if (opens_.empty()) return i + 1;
      }
      ++i;
    }
    return i;
  }

  // Whether a quote at `i` inside a flow collection starts an item or key (only there is it
  // a quote): after "[", "{", "," or ": ", spaces aside.
  bool at_item_start(size_t i) const {
    while (i > 0 && line_[i - 1] == ' ') --i;
    if (i == 0) return true;
    const char p = line_[i - 1];
    return p == '[' || p == '{' || p == ',' || p == ':';
  }

  std::string_view line_;
  int number_ = 0;
  size_t owner_ = 0;
  std::vector<Open> opens_;
  std::optional<size_t> block_scalar_owner_;
  std::optional<size_t> continuation_owner_;
  std::optional<Open> empty_list_;  // "key: []" on the line before
  std::vector<YamlSlip> slips_;
  size_t deeper_ = 0;  // brackets open past kMaxNesting
};

}  // namespace

std::vector<YamlSlip> find_yaml_slips(std::string_view yaml) {
  if (starts_with(yaml, 0, "\xEF\xBB\xBF")) yaml.remove_prefix(3);
  return SlipFinder().run(yaml);
}

// The message of each slip is in the catalog (messages/content.cpp) under its code; the line
// and column are in the diagnostic's location already.
std::string yaml_slip_message(const std::string& code, bool chinese) {
  return tr_in(chinese ? Language::zh : Language::en, code);
}

bool report_yaml_slips(std::string_view yaml, const std::string& path, int first_line, Diagnostics& diags) {
  const std::vector<YamlSlip> slips = find_yaml_slips(yaml);
  for (const YamlSlip& s : slips) diags.error(path, s.line + first_line - 1, s.column, s.code, tr(s.code));
  return !slips.empty();
}

}  // namespace govsite
