#include "cli/options.h"

#include <cstdlib>

namespace govsite {

std::string usage_text() { return tr("cli.usage"); }

namespace {

// A whole number from `min` to `max`; nullopt for anything else ("", "8x", "-1").
std::optional<long> number_in(const std::string& value, long min, long max) {
  char* end = nullptr;
  const long n = std::strtol(value.c_str(), &end, 10);
  if (value.empty() || *end || n < min || n > max) return std::nullopt;
  return n;
}

// Puts `message` into `error`; false, which the parsers below return when they refuse.
bool failed(std::string& error, std::string message) {
  error = std::move(message);
  return false;
}

// Options each command accepts; the rest are usage errors.
bool accepts(Command c, const std::string& opt) {
  if (c == Command::init) return opt == "--lang";
  if (opt == "--site" || opt == "--lang") return true;
  if (c == Command::new_document)
    return opt == "--id" || opt == "--now" || opt == "--year" || opt == "--interprets" || opt == "--folder";
  if (c == Command::assign_index) return false;
  if (opt == "--now" || opt == "--jobs") return true;
  if (c == Command::serve)
    return opt == "--bind" || opt == "--port" || opt == "--drafts" || opt == "--quiet" || opt == "--timings";
  if (opt == "--json") return true;
  if (opt == "--format") return c == Command::check || c == Command::build;
  if (c == Command::build && (opt == "--timings" || opt == "--clean")) return true;
  if (c == Command::check && opt == "--inspection") return true;
  if (c == Command::build || c == Command::bundle) return opt == "--out" || opt == "--quiet";
  return false;
}

}  // namespace

Language choose_language(const std::vector<std::string>& args, const char* lc_all, const char* lc_messages,
                         const char* lang) {
  Language l = Language::zh;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--lang" && i + 1 < args.size() && parse_language(args[i + 1], l)) return l;
    if (args[i].rfind("--lang=", 0) == 0 && parse_language(args[i].substr(7), l)) return l;
  }
  // POSIX order: the first of LC_ALL, LC_MESSAGES and LANG that is set decides. Only an
  // English locale switches to English; C, POSIX and unset (CI containers) keep Chinese.
  for (const char* v : {lc_all, lc_messages, lang})
    if (v && *v) return parse_language(v, l) && l == Language::en ? Language::en : Language::zh;
  return Language::zh;
}

namespace {

// The command `name` names; false for none.
bool command_named(const std::string& name, Command& c) {
  static const std::pair<const char*, Command> kCommands[] = {{"build", Command::build},
                                                              {"check", Command::check},
                                                              {"next-change", Command::next_change},
                                                              {"bundle", Command::bundle},
                                                              {"serve", Command::serve},
                                                              {"new", Command::new_document},
                                                              {"init", Command::init},
                                                              {"assign-index", Command::assign_index}};
  for (const auto& [n, command] : kCommands)
    if (name == n) {
      c = command;
      return true;
    }
  return false;
}

bool takes_value(const std::string& opt) {
  for (const char* o : {"--site", "--out", "--now", "--jobs", "--bind", "--port", "--id", "--format", "--lang",
                        "--year", "--interprets"})
    if (opt == o) return true;
  return false;
}

// Sets what `opt` (accepted by the command) says; false with `error` for a bad value.
bool apply_option(Options& o, const std::string& opt, const std::string& value, std::string& error) {
  auto bad = [&](const char* key) { return failed(error, tr(key, {value})); };
  if (opt == "--site") o.site_dir = value;
  else if (opt == "--out") o.out_dir = value;
  else if (opt == "--quiet") o.quiet = true;
  else if (opt == "--drafts") o.drafts = true;
  else if (opt == "--timings") o.timings = true;
  else if (opt == "--clean") o.clean = true;
  else if (opt == "--inspection") o.inspection = true;
  else if (opt == "--bind") o.bind = value;
  else if (opt == "--id") o.new_id = value;
  else if (opt == "--interprets") o.new_interprets = value;
  else if (opt == "--folder") o.new_folder = true;
  else if (opt == "--json") o.json = true;
  else if (opt == "--year") {
    const auto n = number_in(value, 2008, 9999);
    if (!n) return bad("cli.bad-year");
    o.new_year = static_cast<int>(*n);
  } else if (opt == "--port") {
    const auto n = number_in(value, 1, 65535);
    if (!n) return bad("cli.bad-port");
    o.port = static_cast<int>(*n);
  } else if (opt == "--lang") {
    Language l;
    if (!parse_language(value, l)) return bad("cli.bad-lang");
    o.lang = l;
  } else if (opt == "--format") {
    if (value == "json") o.json = true;
    else if (value == "github" || value == "gitlab") o.ci_format = value;
    else if (value != "text") return bad("cli.bad-format");
  } else if (opt == "--now") {
    if (!(o.now = Date::parse(value))) return bad("cli.bad-now");
  } else if (opt == "--jobs") {
    const auto n = number_in(value, 1, 256);
    if (!n) return bad("cli.bad-jobs");
    o.jobs = static_cast<unsigned>(*n);
  }
  if (o.site_dir.empty() || (opt == "--out" && o.out_dir.empty())) return failed(error, tr("cli.needs-folder", {opt}));
  return true;
}

// new's type and title, init's folder. An annual report's title is the format's own
// (…年政府信息公开工作年度报告, …政府网站工作年度报表（…年度）).
bool take_positional(Options& o, const std::vector<std::string>& positional, std::string& error) {
  if (o.command == Command::new_document) {
    const bool annual_report = !positional.empty() &&
                               (positional[0] == "annual-report" || positional[0] == "annual-web-report");
    if (positional.size() != 2 && !(annual_report && positional.size() == 1))
      return failed(error, tr("cli.new-arguments"));
    o.new_type = positional[0];
    if (positional.size() == 2) o.new_title = positional[1];
    if (!o.new_interprets.empty() && o.new_type != "interpretation")
      return failed(error, tr("cli.interprets-not-interpretation"));
  }
  if (o.command == Command::init) {
    if (positional.size() != 1) return failed(error, tr("cli.init-arguments"));
    o.init_dir = positional[0];
  }
  return true;
}

}  // namespace

std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error) {
  Options o;
  auto refused = [&](std::string message) {
    error = std::move(message);
    return std::nullopt;
  };
  if (args.empty()) return refused(tr("cli.no-command"));
  const std::string& cmd = args[0];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") return o;
  if (cmd == "--version" || cmd == "-V") {
    o.command = Command::version;
    return o;
  }
  if (!command_named(cmd, o.command)) return refused(tr("cli.unknown-command", {cmd}));

  std::vector<std::string> positional;
  for (size_t i = 1; i < args.size(); ++i) {
    std::string opt = args[i], value;
    if ((o.command == Command::new_document || o.command == Command::init) && (opt.empty() || opt[0] != '-')) {
      positional.push_back(opt);
      continue;
    }
    bool has_inline_value = false;
    if (size_t eq = opt.find('='); opt.rfind("--", 0) == 0 && eq != std::string::npos) {
      value = opt.substr(eq + 1);
      opt = opt.substr(0, eq);
      has_inline_value = true;
    }
    if (opt == "--help" || opt == "-h") {
      o.command = Command::help;
      return o;
    }
    if (!accepts(o.command, opt))
      return refused(tr(opt.rfind("-", 0) == 0 ? "cli.unknown-option" : "cli.unknown-argument", {cmd, opt}));
    if (takes_value(opt) && !has_inline_value) {
      if (i + 1 >= args.size()) return refused(tr("cli.needs-value", {opt}));
      value = args[++i];
    } else if (!takes_value(opt) && has_inline_value) {
      return refused(tr("cli.takes-no-value", {opt}));
    }
    if (!apply_option(o, opt, value, error)) return std::nullopt;
  }
  if (!take_positional(o, positional, error)) return std::nullopt;
  return o;
}

}  // namespace govsite
