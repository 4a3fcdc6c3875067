// The lists the documentation is tested against, read from generator/'s own source so that
// a new diagnostic code or front matter key cannot go undocumented: the codes of the
// message catalog, the codes passed as literals to error()/warning(), and the keys the
// document and data-file readers ask YamlFields for. Used by messages_test.cpp (README's
// table) and editor_guide_test.cpp (docs/editor-guide.md).
#pragma once

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/messages.h"

namespace diagnostic_codes {

inline std::string read_source(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Every .cpp file below generator/`folder`.
inline std::vector<std::filesystem::path> generator_sources(const std::string& folder = "") {
  std::vector<std::filesystem::path> out;
  for (const auto& f : std::filesystem::recursive_directory_iterator(GOVSITE_SOURCE_DIR "/generator/" + folder))
    if (f.path().extension() == ".cpp") out.push_back(f.path());
  return out;
}

// The arguments of the call whose '(' is at text[open], split at top-level commas.
inline std::vector<std::string> call_arguments(const std::string& text, size_t open) {
  std::vector<std::string> args(1);
  int depth = 0;
  for (size_t i = open + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {  // a string literal, escapes included
      size_t end = i + 1;
      while (end < text.size() && text[end] != '"') end += text[end] == '\\' ? 2 : 1;
      args.back() += text.substr(i, end - i + 1);
      i = end;
      continue;
    }
    if (c == '(' || c == '{') ++depth;
    if ((c == ')' || c == '}') && depth-- == 0) break;
    if (c == ',' && depth == 0) args.emplace_back();
    else args.back() += c;
  }
  return args;
}

// The text of `arg` when it is one string literal of `chars` (a code or a key), else "".
inline std::string literal(const std::string& arg, const char* chars) {
  const std::regex re(std::string("^\\s*\"([") + chars + "]+)\"\\s*$");
  std::smatch m;
  return std::regex_match(arg, m, re) ? m[1].str() : std::string();
}

struct Use {
  std::string file;  // where it was found, for the test's message
  std::string name;  // the code or the key
};

// Every code written as a literal in diags.error(path, line, column, "code", …) and
// fields->error("key", "code", …); a code held in a variable is not seen.
inline std::vector<Use> reported_codes() {
  static const std::regex call("(\\bdiags_?\\.(?:error|warning)|->error|\\bf\\.error|\\bfields->error)\\(");
  std::vector<Use> out;
  for (const auto& path : generator_sources()) {
    const std::string text = read_source(path);
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it) {
      const bool diags_call = it->str(1).find("diags") != std::string::npos;
      const auto args = call_arguments(text, static_cast<size_t>(it->position(0) + it->length(0) - 1));
      const size_t at = diags_call ? 3 : 1;
      if (args.size() <= at) continue;
      const std::string code = literal(args[at], "a-z0-9-");
      if (!code.empty()) out.push_back({path.string(), code});
    }
  }
  return out;
}

// The code part of every key of the message catalog ("broken-link.scheme" → "broken-link").
inline std::set<std::string> catalog_codes() {
  std::set<std::string> out;
  for (const auto& e : govsite::message_catalog()) out.insert(std::string(govsite::code_of_key(e.key)));
  return out;
}

// Catalog keys that are no diagnostic: what the command line prints (its usage, summary and
// commands), the reasons a document is left out, the kinds of next-change and the system
// errors' reasons (core/system_error) that go inside messages.
inline bool is_diagnostic_code(const std::string& code) {
  static const std::set<std::string> kNotDiagnostics = {"cli",         "serve",    "bundle", "new",
                                                        "next-change", "left-out", "errno"};
  return kNotDiagnostics.count(code) == 0;
}

// Every diagnostic code govsite can report: the catalog's and the literals of the calls.
inline std::set<std::string> diagnostic_codes() {
  std::set<std::string> out;
  for (const auto& code : catalog_codes())
    if (is_diagnostic_code(code)) out.insert(code);
  for (const auto& use : reported_codes()) out.insert(use.name);
  return out;
}

// Every key an editor can write that the readers of documents (generator/content/) and of
// the data files data/powers.yaml and data/enforcement_staff.yaml ask for by name: the
// YamlFields accessors, the helpers that take YamlFields and a key (keep_string, …), and
// the `for (const char* key : {…})` lists (a service guide's sections).
inline std::vector<Use> front_matter_keys() {
  static const std::regex accessor(
      "(?:\\.|->)(?:string|date|date_time|boolean|integer|one_of|string_list|mapping_list|mapping|has)\\(");
  static const std::regex helper_definition("\\b(\\w+)\\(YamlFields& \\w+,[^)]*\\bkey\\b");
  static const std::regex key_list("for \\(const char\\* key : \\{([^}]*)\\}");
  static const std::regex quoted("\"([a-z_]+)\"");
  std::vector<std::filesystem::path> files = generator_sources("content");
  files.push_back(GOVSITE_SOURCE_DIR "/generator/config/enforcement_data.cpp");
  std::vector<Use> out;
  for (const auto& path : files) {
    const std::string text = read_source(path);
    std::vector<std::regex> calls = {accessor};
    for (auto it = std::sregex_iterator(text.begin(), text.end(), helper_definition); it != std::sregex_iterator();
         ++it)
      calls.emplace_back("\\b" + it->str(1) + "\\(");
    for (const auto& call : calls) {
      for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it) {
        // The first argument that is a literal: the key (helpers take the fields first).
        for (const auto& arg : call_arguments(text, static_cast<size_t>(it->position(0) + it->length(0) - 1))) {
          const std::string key = literal(arg, "a-z_");
          if (key.empty()) continue;
          out.push_back({path.string(), key});
          break;
        }
      }
    }
    for (auto it = std::sregex_iterator(text.begin(), text.end(), key_list); it != std::sregex_iterator(); ++it) {
      const std::string list = it->str(1);
      for (auto k = std::sregex_iterator(list.begin(), list.end(), quoted); k != std::sregex_iterator(); ++k)
        out.push_back({path.string(), k->str(1)});
    }
  }
  return out;
}

}  // namespace diagnostic_codes
