// The option parser (cli/options.h) without the binary: each command's options, the
// values they take, and every kind of usage error with the message the user sees.
#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <vector>

#include "cli/options.h"

using namespace govsite;

namespace {

// The options of `args`, which must parse.
Options parsed(const std::vector<std::string>& args) {
  std::string error;
  const std::optional<Options> o = parse_options(args, error);
  INFO(error);
  REQUIRE(o);
  CHECK(error.empty());
  return *o;
}

// The usage error of `args`, which must not parse.
std::string refused(const std::vector<std::string>& args) {
  std::string error;
  const std::optional<Options> o = parse_options(args, error);
  CHECK_FALSE(o);
  CHECK_FALSE(error.empty());
  return error;
}

}  // namespace

TEST_CASE("options: build takes site, out, now, jobs, quiet, json, format, timings, clean, lang", "[options]") {
  const Options o = parsed({"build", "--site", "dept", "--out=/srv/www", "--now", "2019-12-31", "--jobs", "4",
                            "--quiet", "--timings", "--clean", "--format", "github", "--lang", "en"});
  CHECK(o.command == Command::build);
  CHECK(o.site_dir == "dept");
  CHECK(o.out_dir == "/srv/www");
  REQUIRE(o.now);
  CHECK(o.now->str() == "2019-12-31");
  CHECK(o.jobs == 4);
  CHECK(o.quiet);
  CHECK(o.timings);
  CHECK(o.clean);
  CHECK(o.ci_format == "github");
  REQUIRE(o.lang);
  CHECK(*o.lang == Language::en);
  CHECK(parsed({"build", "--json"}).json);
  CHECK(parsed({"build", "--format=json"}).json);
  CHECK(refused({"build", "--inspection"}) == tr("cli.unknown-option", {"build", "--inspection"}));
  CHECK(refused({"build", "--drafts"}) == tr("cli.unknown-option", {"build", "--drafts"}));
}

TEST_CASE("options: defaults when a command is given alone", "[options]") {
  const Options o = parsed({"build"});
  CHECK(o.site_dir == ".");
  CHECK(o.out_dir.empty());
  CHECK_FALSE(o.now);
  CHECK(o.jobs == 0);
  CHECK_FALSE(o.quiet);
  CHECK_FALSE(o.json);
  CHECK_FALSE(o.lang);
  CHECK(parsed({"serve"}).port == 8000);
  CHECK(parsed({"serve"}).bind.empty());
}

TEST_CASE("options: check takes inspection, format and json but writes nowhere", "[options]") {
  const Options o = parsed({"check", "--inspection", "--format=gitlab", "--site", "s", "--jobs=2"});
  CHECK(o.command == Command::check);
  CHECK(o.inspection);
  CHECK(o.ci_format == "gitlab");
  CHECK(o.jobs == 2);
  CHECK(parsed({"check", "--format", "text"}).ci_format.empty());
  for (const char* opt : {"--out", "--timings", "--clean", "--quiet"})
    CHECK(refused({"check", opt}) == tr("cli.unknown-option", {"check", opt}));
}

TEST_CASE("options: bundle takes out, quiet, json, now and jobs", "[options]") {
  const Options o = parsed({"bundle", "--out", "dist/site.tar.gz", "--quiet", "--now=2020-01-02", "--json"});
  CHECK(o.command == Command::bundle);
  CHECK(o.out_dir == "dist/site.tar.gz");
  CHECK(o.quiet);
  CHECK(o.json);
  CHECK(o.now->str() == "2020-01-02");
  for (const char* opt : {"--format", "--timings", "--inspection", "--port"})
    CHECK(refused({"bundle", opt}) == tr("cli.unknown-option", {"bundle", opt}));
}

TEST_CASE("options: serve takes bind, port, drafts, quiet and timings", "[options]") {
  const Options o = parsed(
      {"serve", "--bind", "0.0.0.0", "--port", "8080", "--drafts", "--quiet", "--now", "2019-01-01", "--timings"});
  CHECK(o.command == Command::serve);
  CHECK(o.timings);
  CHECK_FALSE(parsed({"serve"}).timings);
  CHECK(o.bind == "0.0.0.0");
  CHECK(o.port == 8080);
  CHECK(o.drafts);
  CHECK(o.quiet);
  CHECK(parsed({"serve", "--port=1"}).port == 1);
  CHECK(parsed({"serve", "--port=65535"}).port == 65535);
  for (const char* port : {"0", "65536", "80x", "", "-1"})
    CHECK(refused({"serve", "--port", port}) == tr("cli.bad-port", {port}));
  for (const char* opt : {"--out", "--json", "--format"})
    CHECK(refused({"serve", opt}) == tr("cli.unknown-option", {"serve", opt}));
}

TEST_CASE("options: new takes a type and a title, and id, now, year, interprets, folder", "[options]") {
  const Options o = parsed({"new", "policy", "关于印发某办法的通知", "--id", "sfj-2019-1", "--folder"});
  CHECK(o.command == Command::new_document);
  CHECK(o.new_type == "policy");
  CHECK(o.new_title == "关于印发某办法的通知");
  CHECK(o.new_id == "sfj-2019-1");
  CHECK(o.new_folder);
  const Options i = parsed({"new", "interpretation", "解读", "--interprets", "sfj-2019-1"});
  CHECK(i.new_interprets == "sfj-2019-1");
  const Options a = parsed({"new", "annual-report", "--year", "2019"});
  CHECK(a.new_type == "annual-report");
  CHECK(a.new_title.empty());
  CHECK(a.new_year == 2019);
  CHECK(parsed({"new", "annual-web-report"}).new_type == "annual-web-report");
  CHECK(refused({"new", "policy"}) == tr("cli.new-arguments"));
  CHECK(refused({"new"}) == tr("cli.new-arguments"));
  CHECK(refused({"new", "policy", "a", "b"}) == tr("cli.new-arguments"));
  CHECK(refused({"new", "policy", "标题", "--interprets", "x"}) == tr("cli.interprets-not-interpretation"));
  CHECK(refused({"new", "annual-report", "--year", "2007"}) == tr("cli.bad-year", {"2007"}));
  CHECK(refused({"new", "annual-report", "--year", "next"}) == tr("cli.bad-year", {"next"}));
  for (const char* opt : {"--jobs", "--json", "--out"})
    CHECK(refused({"new", "policy", "标题", opt}) == tr("cli.unknown-option", {"new", opt}));
}

TEST_CASE("options: next-change takes json, now and jobs", "[options]") {
  const Options o = parsed({"next-change", "--json", "--now", "2019-06-30", "--site", "s"});
  CHECK(o.command == Command::next_change);
  CHECK(o.json);
  CHECK(o.site_dir == "s");
  for (const char* opt : {"--out", "--quiet", "--format"})
    CHECK(refused({"next-change", opt}) == tr("cli.unknown-option", {"next-change", opt}));
}

TEST_CASE("options: assign-index takes only site and lang", "[options]") {
  CHECK(parsed({"assign-index", "--site", "s", "--lang=zh"}).command == Command::assign_index);
  for (const char* opt : {"--now", "--jobs", "--json"})
    CHECK(refused({"assign-index", opt}) == tr("cli.unknown-option", {"assign-index", opt}));
  CHECK(refused({"assign-index", "extra"}) == tr("cli.unknown-argument", {"assign-index", "extra"}));
}

TEST_CASE("options: init takes one folder and lang", "[options]") {
  const Options o = parsed({"init", "new-site", "--lang", "zh"});
  CHECK(o.command == Command::init);
  CHECK(o.init_dir == "new-site");
  CHECK(refused({"init"}) == tr("cli.init-arguments"));
  CHECK(refused({"init", "a", "b"}) == tr("cli.init-arguments"));
  CHECK(refused({"init", "a", "--site", "b"}) == tr("cli.unknown-option", {"init", "--site"}));
}

TEST_CASE("options: help and version, also after a command", "[options]") {
  for (const char* help : {"--help", "-h", "help"}) CHECK(parsed({help}).command == Command::help);
  CHECK(parsed({"--version"}).command == Command::version);
  CHECK(parsed({"-V"}).command == Command::version);
  CHECK(parsed({"build", "--site", "s", "--help"}).command == Command::help);
  CHECK(parsed({"new", "-h"}).command == Command::help);
}

TEST_CASE("options: a missing command, an unknown command or option", "[options]") {
  CHECK(refused({}) == tr("cli.no-command"));
  CHECK(refused({"publish"}) == tr("cli.unknown-command", {"publish"}));
  CHECK(refused({"--site"}) == tr("cli.unknown-command", {"--site"}));
  CHECK(refused({"build", "--verbose"}) == tr("cli.unknown-option", {"build", "--verbose"}));
  CHECK(refused({"build", "-v"}) == tr("cli.unknown-option", {"build", "-v"}));
  CHECK(refused({"build", "site"}) == tr("cli.unknown-argument", {"build", "site"}));
}

TEST_CASE("options: a missing value, a value where none is taken, an empty folder", "[options]") {
  for (const char* opt : {"--site", "--out", "--now", "--jobs", "--format", "--lang"})
    CHECK(refused({"build", opt}) == tr("cli.needs-value", {opt}));
  CHECK(refused({"serve", "--port"}) == tr("cli.needs-value", {"--port"}));
  CHECK(refused({"serve", "--bind"}) == tr("cli.needs-value", {"--bind"}));
  CHECK(refused({"new", "policy", "标题", "--id"}) == tr("cli.needs-value", {"--id"}));
  CHECK(refused({"build", "--quiet=yes"}) == tr("cli.takes-no-value", {"--quiet"}));
  CHECK(refused({"serve", "--drafts=1"}) == tr("cli.takes-no-value", {"--drafts"}));
  CHECK(refused({"build", "--site="}) == tr("cli.needs-folder", {"--site"}));
  CHECK(refused({"build", "--out", ""}) == tr("cli.needs-folder", {"--out"}));
}

TEST_CASE("options: values that are not what the option expects", "[options]") {
  CHECK(refused({"build", "--now", "2019-02-30"}) == tr("cli.bad-now", {"2019-02-30"}));
  CHECK(refused({"build", "--now", "today"}) == tr("cli.bad-now", {"today"}));
  for (const char* jobs : {"0", "257", "8x", "-1"})
    CHECK(refused({"build", "--jobs", jobs}) == tr("cli.bad-jobs", {jobs}));
  CHECK(parsed({"build", "--jobs", "256"}).jobs == 256);
  CHECK(refused({"build", "--format", "xml"}) == tr("cli.bad-format", {"xml"}));
  CHECK(refused({"build", "--lang", "fr"}) == tr("cli.bad-lang", {"fr"}));
}
