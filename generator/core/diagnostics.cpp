#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "core/json_writer.h"
#include "core/messages.h"
#include "core/source_window.h"
#include "core/utf8.h"

namespace govsite {

namespace {

// Each part of `path` that is not UTF-8 with every byte from 0x80 up as \xNN (its GBK
// bytes, all of them, not only those that happen not to look like UTF-8), the others as
// they are: content/政策/\xB2\xE2\xCA\xD4.md.
std::string escaped_path(std::string_view path) {
  std::string out;
  for (size_t start = 0; start <= path.size();) {
    const size_t slash = std::min(path.find('/', start), path.size());
    const std::string_view part = path.substr(start, slash - start);
    if (find_invalid_utf8(part) == std::string_view::npos) out.append(part);
    else out.append(escape_non_ascii(part));
    if (slash < path.size()) out += '/';
    start = slash + 1;
  }
  return out;
}

}  // namespace

void Diagnostics::add(Diagnostic d) {
  // Nothing undecodable leaves govsite: a GBK file name (a zip made on Windows, unpacked
  // here) or a value quoted from a GBK file would be mojibake on a terminal and invalid
  // JSON in --json, build.json and the CI formats. Its bytes are shown as \xNN, which tell
  // one such file from another, and the message says why the name looks so.
  if (find_invalid_utf8(d.message) != std::string::npos) d.message = escape_invalid_utf8(d.message);
  if (find_invalid_utf8(d.path) != std::string::npos) {
    d.path = escaped_path(d.path);
    d.message += tr("not-utf8.file-name");
  }
  std::lock_guard<std::mutex> lock(mutex_);
  LeftOut& left_out = per_file_and_code_[{d.path, d.code}];
  if (left_out.kept < kMaxPerFileAndCode) {
    ++left_out.kept;
    items_.push_back(std::move(d));
    return;
  }
  if (left_out.count++ == 0) left_out.first = std::move(d);
}

void Diagnostics::error(const std::string& path, int line, int column, const std::string& code,
                        const std::string& message) {
  add({path, line, column, Severity::error, code, message});
}

void Diagnostics::warning(const std::string& path, int line, int column, const std::string& code,
                          const std::string& message) {
  add({path, line, column, Severity::warning, code, message});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

bool Diagnostics::has_error_code(const std::string& code) const {
  // The first of a file's diagnostics of one code is always kept, so items_ has it.
  std::lock_guard<std::mutex> lock(mutex_);
  for (const Diagnostic& d : items_)
    if (d.severity == Severity::error && d.code == code) return true;
  return false;
}

std::vector<Diagnostic> Diagnostics::all_locked() const {
  std::vector<Diagnostic> all = items_;
  for (const auto& [key, left_out] : per_file_and_code_)
    if (left_out.count > 0) all.push_back(too_many_diagnostics(left_out.first, left_out.count));
  return all;
}

size_t Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  size_t n = std::count_if(items_.begin(), items_.end(),
                           [](const Diagnostic& d) { return d.severity == Severity::error; });
  for (const auto& [key, left_out] : per_file_and_code_)
    n += left_out.count > 0 && left_out.first.severity == Severity::error;
  return n;
}

size_t Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  size_t n = std::count_if(items_.begin(), items_.end(),
                           [](const Diagnostic& d) { return d.severity == Severity::warning; });
  for (const auto& [key, left_out] : per_file_and_code_)
    n += left_out.count > 0 && left_out.first.severity == Severity::warning;
  return n;
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    copy = all_locked();
  }
  std::sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.follow_on, a.path, a.line, a.column, a.message) <
           std::tie(b.follow_on, b.path, b.line, b.column, b.message);
  });
  return copy;
}

Diagnostic too_many_diagnostics(const Diagnostic& first, size_t count) {
  Diagnostic d = first;
  d.code = "too-many-diagnostics";
  d.message = tr("too-many-diagnostics",
                 {std::to_string(count), first.code, std::to_string(Diagnostics::kMaxPerFileAndCode)});
  return d;
}

const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

std::string format_diagnostic(const Diagnostic& d, const std::string* source_line) {
  std::string out = d.path.empty() ? std::string("govsite") : d.path;
  if (d.line > 0) {
    out += ":" + std::to_string(d.line);
    if (d.column > 0) out += ":" + std::to_string(d.column);
  }
  out += ": ";
  out += severity_name(d.severity);
  out += ": " + d.message + "\n";
  if (source_line && d.line > 0) {
    // The caret sits under the column counted in characters, padded by their display width
    // (a Chinese character takes two cells); a long line is cut to a window around it.
    constexpr size_t kWindowCells = 120;
    const SourceWindow shown = source_window(*source_line, d.column, kWindowCells);
    out += "    " + shown.text + "\n";
    if (d.column > 0) out += "    " + std::string(shown.caret_cells, ' ') + "^\n";
  }
  return out;
}

std::string diagnostic_json(const Diagnostic& d) {
  JsonWriter w;
  write_diagnostic_json(w, d);
  return w.str();
}

void write_diagnostic_json(JsonWriter& w, const Diagnostic& d) {
  w.begin_object();
  w.key("file").string(d.path);
  w.key("line").number(d.line);
  w.key("column").number(d.column);
  w.key("severity").string(severity_name(d.severity));
  w.key("code").string(d.code);
  w.key("message").string(d.message);
  // Only when set: a script that skips follow-on errors finds them, and the lines of every
  // root cause stay as they were.
  if (d.follow_on) w.key("follow_on").boolean(true);
  w.end_object();
}

}  // namespace govsite
