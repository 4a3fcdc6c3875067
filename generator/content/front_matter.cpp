#include "content/front_matter.h"

#include "vocabulary/document_id.h"
#include "core/messages.h"

namespace govsite {

namespace {

// A line that is exactly `marker`, allowing trailing spaces or tabs.
bool is_marker_line(std::string_view line, std::string_view marker) {
  if (line.substr(0, marker.size()) != marker) return false;
  for (char c : line.substr(marker.size()))
    if (c != ' ' && c != '\t') return false;
  return true;
}

std::string without_carriage_returns(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i)
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) out += text[i];
  return out;
}

}  // namespace

FrontMatterSplit split_front_matter(std::string_view input) {
  FrontMatterSplit r;
  if (input.substr(0, 3) == "\xEF\xBB\xBF") input.remove_prefix(3);
  const std::string text = input.find('\r') == std::string_view::npos ? std::string(input)
                                                                      : without_carriage_returns(input);
  if (text.find_first_not_of(" \t\n") == std::string::npos) {
    r.error = tr("no-front-matter.empty");
    return r;
  }
  size_t eol = text.find('\n');
  std::string_view first(text.data(), eol == std::string::npos ? text.size() : eol);
  if (!is_marker_line(first, "---")) {
    r.error = tr("no-front-matter.no-start");
    r.error_line = 1;
    return r;
  }
  size_t pos = eol == std::string::npos ? text.size() : eol + 1;
  int line = 2;
  const size_t yaml_start = pos;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view l(text.data() + pos, end - pos);
    if (is_marker_line(l, "---") || is_marker_line(l, "...")) {
      r.ok = true;
      r.yaml = text.substr(yaml_start, pos - yaml_start);
      r.yaml_first_line = 2;
      size_t body_start = end < text.size() ? end + 1 : text.size();
      r.body = text.substr(body_start);
      r.body_first_line = line + 1;
      return r;
    }
    pos = end + 1;
    ++line;
  }
  r.error = tr("no-front-matter.not-closed");
  r.error_line = 1;
  return r;
}

std::string declared_id(std::string_view text) {
  // The split needs a closing marker; a file without one is read to its end.
  FrontMatterSplit split = split_front_matter(text);
  std::string_view yaml = split.ok ? std::string_view(split.yaml) : text;
  while (!yaml.empty()) {
    const size_t eol = yaml.find('\n');
    std::string_view line = yaml.substr(0, eol);
    yaml = eol == std::string_view::npos ? std::string_view() : yaml.substr(eol + 1);
    if (line.substr(0, 3) != "id:") continue;
    std::string_view value = line.substr(3);
    if (size_t hash = value.find(" #"); hash != std::string_view::npos) value = value.substr(0, hash);
    const size_t first = value.find_first_not_of(" \t\r"), last = value.find_last_not_of(" \t\r");
    if (first == std::string_view::npos) return "";
    value = value.substr(first, last - first + 1);
    if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0])
      value = value.substr(1, value.size() - 2);
    return is_valid_id(value) ? std::string(value) : "";
  }
  return "";
}

}  // namespace govsite
