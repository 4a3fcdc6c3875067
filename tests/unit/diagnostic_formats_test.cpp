#include <catch2/catch.hpp>

#include <string>

#include "cli/diagnostic_formats.h"
#include "cli/options.h"

using namespace govsite;

namespace {

Diagnostic make(const std::string& path, int line, int column, Severity severity, const std::string& code,
                const std::string& message) {
  Diagnostic d;
  d.path = path;
  d.line = line;
  d.column = column;
  d.severity = severity;
  d.code = code;
  d.message = message;
  return d;
}

}  // namespace

TEST_CASE("ci formats: a GitHub annotation names file, line, column and code", "[ci-format]") {
  CHECK(github_annotation(make("content/a.md", 4, 12, Severity::error, "bad-date", "\"published\": expected a date")) ==
        "::error file=content/a.md,line=4,col=12,title=bad-date::\"published\": expected a date");
  CHECK(github_annotation(make("site.yaml", 29, 0, Severity::warning, "stale-column", "栏目未更新")) ==
        "::warning file=site.yaml,line=29,title=stale-column::栏目未更新");
  CHECK(github_annotation(make("", 0, 0, Severity::error, "io-error", "cannot write")) ==
        "::error title=io-error::cannot write");
}

TEST_CASE("ci formats: GitHub's escapes for messages and properties", "[ci-format]") {
  // %, CR and LF everywhere; ',' and ':' in properties, where they would end a property.
  CHECK(github_annotation(make("content/a,b:c%.md", 1, 1, Severity::error, "x", "100% sure:\r\nnext, line")) ==
        "::error file=content/a%2Cb%3Ac%25.md,line=1,col=1,title=x::100%25 sure:%0D%0Anext, line");
}

TEST_CASE("ci formats: a GitLab Code Quality report", "[ci-format]") {
  const std::string report = gitlab_code_quality({
      make("content/a.md", 4, 1, Severity::error, "bad-date", "bad \"date\""),
      make("content/a.md", 9, 1, Severity::error, "bad-date", "bad \"date\""),
      make("", 0, 0, Severity::warning, "build-cache", "no cache"),
  });
  CHECK(report.rfind("[{\"description\":\"bad \\\"date\\\"\",\"check_name\":\"bad-date\",\"fingerprint\":\"", 0) == 0);
  CHECK(report.find("\"severity\":\"major\",\"location\":{\"path\":\"content/a.md\",\"lines\":{\"begin\":4}}}") !=
        std::string::npos);
  CHECK(report.find("\"lines\":{\"begin\":9}") != std::string::npos);
  // A diagnostic without a file or line still has both, as GitLab requires.
  CHECK(report.find("\"severity\":\"minor\",\"location\":{\"path\":\"site.yaml\",\"lines\":{\"begin\":1}}}]") !=
        std::string::npos);
  // The same problem twice gets two fingerprints; the same report twice the same ones.
  const size_t first = report.find("\"fingerprint\":\"");
  const size_t second = report.find("\"fingerprint\":\"", first + 1);
  CHECK(report.substr(first, 48) != report.substr(second, 48));
  // The line is not part of it: an edit above an unfixed problem does not make it new.
  auto fingerprint_at = [](int line) {
    const std::string r = gitlab_code_quality({make("content/a.md", line, 1, Severity::error, "bad-date", "bad")});
    return r.substr(r.find("\"fingerprint\""), 48);
  };
  CHECK(fingerprint_at(4) == fingerprint_at(7));
  CHECK(gitlab_code_quality({}) == "[]");
}

TEST_CASE("ci formats: --format is an option of check and build", "[ci-format][options]") {
  std::string error;
  CHECK(parse_options({"check", "--format", "github"}, error)->ci_format == "github");
  CHECK(parse_options({"build", "--format=gitlab"}, error)->ci_format == "gitlab");
  CHECK(parse_options({"check", "--format", "json"}, error)->json);
  CHECK_FALSE(parse_options({"check", "--format", "xml"}, error));
  CHECK(error == "--format 要写 text、json、github 或 gitlab，现在写的是“xml”");
  CHECK_FALSE(parse_options({"bundle", "--format", "github"}, error));
}
