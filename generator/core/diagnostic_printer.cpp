#include "core/diagnostic_printer.h"

#include <map>
#include <vector>

#include "core/utf8.h"

namespace govsite {

namespace {

// The lines of a file. A line that is not valid UTF-8 (of a GBK file) is never echoed:
// shown, it would be mojibake. It is emptied and marked not decodable.
struct SourceLines {
  std::vector<std::string> lines;
  std::vector<bool> decodable;
};

SourceLines split_lines(const std::string& text) {
  SourceLines source;
  std::vector<std::string>& lines = source.lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
    start = end + 1;
  }
  if (!lines.empty() && lines[0].compare(0, 3, "\xEF\xBB\xBF") == 0) lines[0].erase(0, 3);
  for (std::string& line : lines) {
    source.decodable.push_back(find_invalid_utf8(line) == std::string::npos);
    if (!source.decodable.back()) line.clear();
  }
  return source;
}

}  // namespace

void print_diagnostics(const Diagnostics& diags, const FileSystem& fs, const std::string& site_dir, bool json,
                       bool errors_only, std::FILE* out) {
  std::map<std::string, SourceLines> files;  // read once per file
  for (Diagnostic d : diags.sorted()) {
    if (errors_only && d.severity != Severity::error) continue;
    // Shown as the editor would open the file from where govsite was started.
    const std::string rel = d.path;
    if (!d.path.empty()) d.path = join_path(site_dir, d.path);
    if (json) {
      std::fprintf(out, "%s\n", diagnostic_json(d).c_str());
      continue;
    }
    const std::string* source_line = nullptr;
    if (d.line > 0 && !rel.empty()) {
      auto it = files.find(rel);
      if (it == files.end()) {
        std::string text, error;
        SourceLines lines;
        if (fs.is_file(d.path) && fs.read_file(d.path, text, error)) lines = split_lines(text);
        it = files.emplace(rel, std::move(lines)).first;
      }
      const SourceLines& source = it->second;
      if (static_cast<size_t>(d.line) <= source.lines.size() && source.decodable[d.line - 1])
        source_line = &source.lines[d.line - 1];
    }
    std::fputs(format_diagnostic(d, source_line).c_str(), out);
  }
}

}  // namespace govsite
