#include "core/diagnostics.h"

#include <algorithm>
#include <tuple>

#include "core/json_writer.h"
#include "core/utf8.h"

namespace govsite {

void Diagnostics::add(Diagnostic d) {
  std::lock_guard<std::mutex> lock(mutex_);
  items_.push_back(std::move(d));
}

void Diagnostics::error(const std::string& path, int line, int column, const std::string& code,
                        const std::string& message) {
  add({path, line, column, Severity::error, code, message});
}

void Diagnostics::warning(const std::string& path, int line, int column,
                          const std::string& code, const std::string& message) {
  add({path, line, column, Severity::warning, code, message});
}

bool Diagnostics::has_errors() const { return error_count() > 0; }

size_t Diagnostics::error_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::error; });
}

size_t Diagnostics::warning_count() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::count_if(items_.begin(), items_.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::warning; });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> copy;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    copy = items_;
  }
  std::sort(copy.begin(), copy.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line, a.column, a.message) <
           std::tie(b.path, b.line, b.column, b.message);
  });
  return copy;
}

const char* severity_name(Severity s) { return s == Severity::error ? "error" : "warning"; }

namespace {

// Code points [from, from + count) of s.
std::string code_point_slice(const std::string& s, size_t from, size_t count) {
  size_t i = 0, n = 0, start = s.size();
  while (i < s.size() && n < from + count) {
    if (n == from) start = i;
    next_code_point(s, i);
    ++n;
  }
  return start >= s.size() ? std::string() : s.substr(start, i - start);
}

}  // namespace

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
    // A very long line is shown as a window of kWindow characters around the column.
    constexpr size_t kWindow = 120;
    std::string shown = *source_line;
    size_t column = d.column > 0 ? static_cast<size_t>(d.column) : 0;
    if (code_point_count(shown) > kWindow) {
      size_t from = column > kWindow / 2 ? column - kWindow / 2 : 0;
      shown = (from > 0 ? "…" : "") + code_point_slice(*source_line, from, kWindow) + "…";
      if (column > 0) column = column - from + (from > 0 ? 1 : 0);
    }
    out += "    " + shown + "\n";
    if (column > 0) {
      // The caret sits under the column counted in characters; wide (CJK) characters take
      // two terminal cells, so pad with their display width.
      size_t cells = display_width_of_prefix(shown, column - 1);
      out += "    " + std::string(cells, ' ') + "^\n";
    }
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
  w.end_object();
}

}  // namespace govsite
