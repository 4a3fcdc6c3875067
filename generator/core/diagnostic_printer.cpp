#include "core/diagnostic_printer.h"

#include <map>
#include <vector>

namespace govsite {

namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
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
  return lines;
}

}  // namespace

void print_diagnostics(const Diagnostics& diags, const FileSystem& fs, const std::string& site_dir,
                       bool json, bool errors_only, std::FILE* out) {
  std::map<std::string, std::vector<std::string>> files;  // read once per file
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
        std::vector<std::string> lines;
        if (fs.is_file(d.path) && fs.read_file(d.path, text, error)) lines = split_lines(text);
        it = files.emplace(rel, std::move(lines)).first;
      }
      if (static_cast<size_t>(d.line) <= it->second.size()) source_line = &it->second[d.line - 1];
    }
    std::fputs(format_diagnostic(d, source_line).c_str(), out);
  }
}

}  // namespace govsite
