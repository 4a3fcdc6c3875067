// The one unit that talks to yaml-cpp: it parses a YAML mapping and reads typed fields out
// of it, turning every shape problem into a diagnostic that points at the editor's own
// line (yaml-cpp marks are 0-based within the YAML text; `first_line` shifts them into the
// file). Config and front matter loading both read through it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/diagnostics.h"
#include "core/value.h"
#include "yaml/yaml_scalars.h"  // bad_date_message, for the readers of dates

namespace YAML {
struct Mark;
}

namespace govsite {

struct SourcePos {
  int line = 0;
  int column = 0;  // 1-based, in characters
};

class YamlFields {
 public:
  // Parses `yaml` (which starts at line `first_line` of `path`). On a syntax error, or when
  // the top level is not a mapping, reports it and returns nullptr.
  static std::unique_ptr<YamlFields> parse(const std::string& yaml, const std::string& path, int first_line,
                                           Diagnostics& diags);
  ~YamlFields();

  bool has(const std::string& key) const;
  // Where `key` is written; the mapping's start when it is absent.
  SourcePos pos(const std::string& key) const;
  SourcePos start() const { return start_; }
  // Every key with its position, in file order.
  std::vector<std::pair<std::string, SourcePos>> key_positions() const;

  std::optional<std::string> string(const std::string& key, bool required = false);
  std::optional<Date> date(const std::string& key, bool required = false);
  // A date that may carry a time of day: "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"; `minute` gets
  // the minutes after midnight (0 without a time).
  std::optional<Date> date_time(const std::string& key, int& minute, bool required = false);
  std::optional<bool> boolean(const std::string& key);
  std::optional<long> integer(const std::string& key, long min, long max);
  // One of `allowed`; reports the allowed values otherwise.
  std::optional<std::string> one_of(const std::string& key, const std::vector<std::string>& allowed,
                                    bool required = false);
  // A list of strings; a single string is taken as a one-item list.
  std::vector<std::string> string_list(const std::string& key);
  // A list of mappings, each read with its own YamlFields (positions kept).
  std::vector<std::unique_ptr<YamlFields>> mapping_list(const std::string& key);
  // A nested mapping, or nullptr (with a diagnostic when present but not a mapping).
  std::unique_ptr<YamlFields> mapping(const std::string& key);

  // Every key not read through the accessors above, in file order, converted to plain
  // values for templates.
  std::vector<std::pair<std::string, Value>> unread_fields() const;
  // Of the keys asked for through the accessors above (present or not: what the reader
  // knows), the one closest to `key` by edit distance, or "" when none is close enough to be
  // a typo of it. The reader is the list of known keys: there is no second one to drift.
  std::string closest_read_key(const std::string& key) const;

  void error(const std::string& key, const std::string& code, const std::string& message);
  // At the value of `key` (a scalar) rather than at the key: where the editor has to change it.
  void error_at_value(const std::string& key, const std::string& code, const std::string& message);
  void warning(const std::string& key, const std::string& code, const std::string& message);
  const std::string& path() const { return path_; }

 private:
  struct Impl;
  YamlFields(std::unique_ptr<Impl> impl, std::string path, int first_line, Diagnostics& diags);
  SourcePos at(const YAML::Mark& m) const;
  // `expected`: the catalog key saying what the value should be (with `expected_arg` as its
  // {1}), made into text only when there is something to report.
  std::optional<std::string> scalar(const std::string& key, bool required, const char* expected,
                                    std::string_view expected_arg = {});

  std::unique_ptr<Impl> impl_;
  std::string path_;
  int first_line_;
  Diagnostics& diags_;
  SourcePos start_;
};

}  // namespace govsite
