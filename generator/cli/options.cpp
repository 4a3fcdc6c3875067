#include "cli/options.h"

#include <cstdlib>

namespace govsite {

const char* const kUsage =
    "usage: govsite <command> [options]\n"
    "\n"
    "commands:\n"
    "  build  [--site DIR] [--out DIR] [--now YYYY-MM-DD] [--jobs N] [--quiet] [--json]\n"
    "         [--clean] [--timings]\n"
    "         render the site into DIR (default SITE/public) and reports into SITE/reports;\n"
    "         a rebuild renders and rewrites only what changed (its cache sits beside\n"
    "         DIR: .public.govsite-cache for public/);\n"
    "         --clean renders everything into a fresh folder; --timings prints the time\n"
    "         each stage took\n"
    "  check  [--site DIR] [--now YYYY-MM-DD] [--json] [--format text|json|github|gitlab]\n"
    "         [--inspection]\n"
    "         run every rule of the build; write only the inspection report\n"
    "         (SITE/reports/inspection.json and .html, 国办秘函〔2019〕19号);\n"
    "         --inspection: a failing single-veto item is an error (exit 1);\n"
    "         --format github prints GitHub Actions annotations, --format gitlab a\n"
    "         GitLab Code Quality report (build takes --format too)\n"
    "  bundle [--site DIR] [--out FILE] [--now YYYY-MM-DD] [--jobs N] [--quiet]\n"
    "         build the site and pack the deployment bundle (site, gzip copies, nginx\n"
    "         config, install.sh, MANIFEST.sha256, bundle.json with IPv6 readiness);\n"
    "         default FILE: SITE/dist/<server_name>-<build date>.tar.gz\n"
    "  serve  [--site DIR] [--bind ADDR] [--port N] [--drafts] [--now YYYY-MM-DD]\n"
    "         preview on http://127.0.0.1:8000/ and http://[::1]:8000/, rebuilt on every\n"
    "         change; --drafts also shows drafts, marked 未审核\n"
    "  new    TYPE \"TITLE\" [--id ID] [--site DIR]\n"
    "         write a new document with valid front matter (TYPE: policy, interpretation,\n"
    "         consultation, notice, service, progress, page, enforcement,\n"
    "         inspection-plan, inspection-result)\n"
    "  init   DIR\n"
    "         make a new department site in DIR (which must be empty or new): site.yaml\n"
    "         and the required pages with placeholders 【请填写：…】 that govsite check\n"
    "         lists, .gitignore, a README for editors, and both CI pipeline files\n"
    "  assign-index [--site DIR]\n"
    "         give every public document without a 索引号 the next free one (adds an\n"
    "         index_no line to its front matter; the rest of the file is kept as it is)\n"
    "  next-change [--site DIR] [--now YYYY-MM-DD] [--json]\n"
    "         the next date the site's output changes with no edit (a scheduled or\n"
    "         expiring document, a consultation opening or closing, a column or the\n"
    "         home page turning stale)\n"
    "  --version, --help\n"
    "\n"
    "exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors,\n"
    "            3 I/O or internal errors\n";

namespace {

// A whole number from `min` to `max`; nullopt for anything else ("", "8x", "-1").
std::optional<long> number_in(const std::string& value, long min, long max) {
  char* end = nullptr;
  const long n = std::strtol(value.c_str(), &end, 10);
  if (value.empty() || *end || n < min || n > max) return std::nullopt;
  return n;
}

// Options each command accepts; the rest are usage errors.
bool accepts(Command c, const std::string& opt) {
  if (c == Command::init) return false;
  if (opt == "--site") return true;
  if (c == Command::new_document) return opt == "--id" || opt == "--now";
  if (c == Command::assign_index) return false;
  if (opt == "--now" || opt == "--jobs") return true;
  if (c == Command::serve) return opt == "--bind" || opt == "--port" || opt == "--drafts" || opt == "--quiet";
  if (opt == "--json") return true;
  if (opt == "--format") return c == Command::check || c == Command::build;
  if (c == Command::build && (opt == "--timings" || opt == "--clean")) return true;
  if (c == Command::check && opt == "--inspection") return true;
  if (c == Command::build || c == Command::bundle) return opt == "--out" || opt == "--quiet";
  return false;
}

}  // namespace

std::optional<Options> parse_options(const std::vector<std::string>& args, std::string& error) {
  Options o;
  if (args.empty()) {
    error = "no command given";
    return std::nullopt;
  }
  const std::string& cmd = args[0];
  if (cmd == "--help" || cmd == "-h" || cmd == "help") return o;
  if (cmd == "--version" || cmd == "-V") {
    o.command = Command::version;
    return o;
  }
  if (cmd == "build") o.command = Command::build;
  else if (cmd == "check") o.command = Command::check;
  else if (cmd == "next-change") o.command = Command::next_change;
  else if (cmd == "bundle") o.command = Command::bundle;
  else if (cmd == "serve") o.command = Command::serve;
  else if (cmd == "new") o.command = Command::new_document;
  else if (cmd == "init") o.command = Command::init;
  else if (cmd == "assign-index") o.command = Command::assign_index;
  else {
    error = "unknown command \"" + cmd + "\"";
    return std::nullopt;
  }

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
    if (!accepts(o.command, opt)) {
      error = "\"" + cmd + "\" does not take " + (opt.rfind("-", 0) == 0 ? "the option " : "the argument ") + "\"" + opt + "\"";
      return std::nullopt;
    }
    const bool takes_value = opt == "--site" || opt == "--out" || opt == "--now" || opt == "--jobs" ||
                             opt == "--bind" || opt == "--port" || opt == "--id" || opt == "--format";
    if (takes_value && !has_inline_value) {
      if (i + 1 >= args.size()) {
        error = opt + " needs a value";
        return std::nullopt;
      }
      value = args[++i];
    } else if (!takes_value && has_inline_value) {
      error = opt + " takes no value";
      return std::nullopt;
    }
    if (opt == "--site") o.site_dir = value;
    else if (opt == "--out") o.out_dir = value;
    else if (opt == "--quiet") o.quiet = true;
    else if (opt == "--drafts") o.drafts = true;
    else if (opt == "--timings") o.timings = true;
    else if (opt == "--clean") o.clean = true;
    else if (opt == "--inspection") o.inspection = true;
    else if (opt == "--bind") o.bind = value;
    else if (opt == "--id") o.new_id = value;
    else if (opt == "--port") {
      const auto n = number_in(value, 1, 65535);
      if (!n) {
        error = "--port expects a number from 1 to 65535, got \"" + value + "\"";
        return std::nullopt;
      }
      o.port = static_cast<int>(*n);
    }
    else if (opt == "--json") o.json = true;
    else if (opt == "--format") {
      if (value == "json") o.json = true;
      else if (value == "github" || value == "gitlab") o.ci_format = value;
      else if (value != "text") {
        error = "--format expects text, json, github or gitlab, got \"" + value + "\"";
        return std::nullopt;
      }
    }
    else if (opt == "--now") {
      o.now = Date::parse(value);
      if (!o.now) {
        error = "--now expects a date YYYY-MM-DD, got \"" + value + "\"";
        return std::nullopt;
      }
    } else if (opt == "--jobs") {
      const auto n = number_in(value, 1, 256);
      if (!n) {
        error = "--jobs expects a number from 1 to 256, got \"" + value + "\"";
        return std::nullopt;
      }
      o.jobs = static_cast<unsigned>(*n);
    }
    if (o.site_dir.empty() || (opt == "--out" && o.out_dir.empty())) {
      error = opt + " needs a folder";
      return std::nullopt;
    }
  }
  if (o.command == Command::new_document) {
    if (positional.size() != 2) {
      error = "new takes a type and a title: govsite new policy \"关于……的通知\" [--id ID]";
      return std::nullopt;
    }
    o.new_type = positional[0];
    o.new_title = positional[1];
  }
  if (o.command == Command::init) {
    if (positional.size() != 1) {
      error = "init takes one folder: govsite init DIR";
      return std::nullopt;
    }
    o.init_dir = positional[0];
  }
  return o;
}

}  // namespace govsite
