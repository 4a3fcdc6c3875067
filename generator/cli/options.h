// Command-line options of SPEC §4, parsed without side effects so they can be tested.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/messages.h"

namespace govsite {

enum class Command { build, check, bundle, serve, new_document, next_change, init, assign_index, help, version };

struct Options {
  Command command = Command::help;
  std::string site_dir = ".";
  std::string out_dir;      // build: default <site>/public; bundle: the .tar.gz
  std::optional<Date> now;  // --now
  unsigned jobs = 0;        // 0: one per hardware thread
  bool quiet = false;
  bool json = false;
  std::string ci_format;    // check, build: --format github or gitlab (see diagnostic_formats.h)
  bool timings = false;     // build, serve: print each stage's wall time (serve: of every rebuild)
  bool clean = false;       // build: ignore the build cache
  bool inspection = false;  // check: a failing single-veto inspection item is an error
  // serve
  std::string bind;  // one address; default: both ::1 and 127.0.0.1
  int port = 8000;
  bool drafts = false;
  // new
  std::string new_type;
  std::string new_title;
  std::string new_id;
  std::string new_interprets;    // new interpretation --interprets POLICY-ID
  bool new_folder = false;       // new --folder: <id>/index.md, a folder for attachments
  std::optional<Language> lang;  // --lang; choose_language() decides before parsing
  int new_year = 0;              // new annual-report --year
  // init
  std::string init_dir;
};

// The language of every message: --lang (looked for before the options are parsed, so that
// a usage error is already in it), else an English LC_ALL, LC_MESSAGES or LANG, else
// Chinese, the language of the editors.
Language choose_language(const std::vector<std::string>& args, const char* lc_all, const char* lc_messages,
                         const char* lang);

// Parses argv (without the program name). On a usage error returns nullopt and sets `error`.
std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error);

// The text of --help, in the current language.
std::string usage_text();

}  // namespace govsite
