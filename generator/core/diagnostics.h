// Diagnostics are data: every stage appends to one collection, nothing is thrown across
// stages for a content error, and the command decides how to print them at the end.
#pragma once

#include <mutex>
#include <string>
#include <vector>

namespace govsite {

enum class Severity { warning, error };

struct Diagnostic {
  std::string path;     // relative to the site folder, e.g. content/policies/a.md
  int line = 0;         // 1-based; 0 when the problem has no line (a missing file)
  int column = 0;       // 1-based; 0 when unknown
  Severity severity = Severity::error;
  std::string code;     // stable identifier for CI, e.g. "review-incomplete"
  std::string message;  // what is wrong and what to do, for an editor
};

// Thread-safe: documents are parsed and rendered on several threads.
class Diagnostics {
 public:
  void add(Diagnostic d);
  void error(const std::string& path, int line, int column, const std::string& code,
             const std::string& message);
  void warning(const std::string& path, int line, int column, const std::string& code,
               const std::string& message);

  bool has_errors() const;
  size_t error_count() const;
  size_t warning_count() const;
  // Sorted by path, line, column, then message, so output does not depend on thread timing.
  std::vector<Diagnostic> sorted() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

const char* severity_name(Severity s);

// "path:line:col: error: message" followed, when `source_line` is given, by the source line
// and a caret under the column, the way compilers show it.
std::string format_diagnostic(const Diagnostic& d, const std::string* source_line);

class JsonWriter;
// One JSON object: {"file":…,"line":…,"column":…,"severity":…,"code":…,"message":…}
void write_diagnostic_json(JsonWriter& w, const Diagnostic& d);
std::string diagnostic_json(const Diagnostic& d);

}  // namespace govsite
