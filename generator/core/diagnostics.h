// Diagnostics are data: every stage appends to one collection, nothing is thrown across
// stages for a content error, and the command decides how to print them at the end.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

namespace govsite {

enum class Severity { warning, error };

struct Diagnostic {
  std::string path;  // relative to the site folder, e.g. content/policies/a.md
  int line = 0;      // 1-based; 0 when the problem has no line (a missing file)
  int column = 0;    // 1-based, counted in characters (code points); 0 when unknown
  Severity severity = Severity::error;
  std::string code;     // stable identifier for CI, e.g. "review-incomplete"
  std::string message;  // what is wrong and what to do, for an editor
  // Caused by an error in another file (a reference to a document that is itself broken):
  // printed after every root cause, so the editor reads the cause first.
  bool follow_on = false;
};

// Thread-safe: documents are parsed and rendered on several threads.
//
// Capped: one file keeps at most kMaxPerFileAndCode diagnostics of one code (in the order
// they came in, which for one file is its own order: a file is handled by one thread at a
// time); the rest are counted and stand as one "too-many-diagnostics" diagnostic at the
// first one left out. So a document of a million broken links gives a report, a --json
// stream and a build.json of a hundred lines, and every printer sees the same list.
class Diagnostics {
 public:
  static constexpr size_t kMaxPerFileAndCode = 100;

  void add(Diagnostic d);
  void error(const std::string& path, int line, int column, const std::string& code, const std::string& message);
  void warning(const std::string& path, int line, int column, const std::string& code, const std::string& message);

  bool has_errors() const;
  // Whether an error of `code` was reported ("io-error": a write failed, so the output
  // folder may be half written).
  bool has_error_code(const std::string& code) const;
  // Of the diagnostics sorted() returns (each "too-many-diagnostics" counts once).
  size_t error_count() const;
  size_t warning_count() const;
  // Root causes first, then follow-on diagnostics; each part sorted by path, line, column,
  // then message, so output does not depend on thread timing; with one
  // "too-many-diagnostics" for each file and code that went over the cap.
  std::vector<Diagnostic> sorted() const;

 private:
  // The diagnostics left out of one file and code: how many, and the first of them.
  struct LeftOut {
    size_t kept = 0;
    size_t count = 0;
    Diagnostic first;
  };

  std::vector<Diagnostic> all_locked() const;

  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
  std::map<std::pair<std::string, std::string>, LeftOut> per_file_and_code_;
};

// The one diagnostic that stands for `count` diagnostics of `first.code` left out of
// `first.path`, placed where the first of them was.
Diagnostic too_many_diagnostics(const Diagnostic& first, size_t count);

const char* severity_name(Severity s);

// "path:line:col: error: message" followed, when `source_line` is given, by the source line
// and a caret under the column, the way compilers show it.
std::string format_diagnostic(const Diagnostic& d, const std::string* source_line);

class JsonWriter;
// One JSON object: {"file":…,"line":…,"column":…,"severity":…,"code":…,"message":…}
void write_diagnostic_json(JsonWriter& w, const Diagnostic& d);
std::string diagnostic_json(const Diagnostic& d);

}  // namespace govsite
