// unknown-key: a front matter key the parser never reads for the document's type (a typo
// such as "pubished:") is a warning naming the closest key it does read, unless the theme's
// templates use it (params.<key>); the sample site has none.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "govsite_binary.h"
#include "sample_site.h"

namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void replace_in(const fs::path& p, const std::string& from, const std::string& to) {
  std::string text = read_text(p);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
  std::ofstream(p, std::ios::binary) << text;
}

}  // namespace

TEST_CASE("cli: the sample site has no unknown key (its theme's keys count as known)", "[cli][unknown-key]") {
  SampleSite s;
  Run r = run("check " + s.site() + " --now 2019-12-31 --json");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("unknown-key") == std::string::npos);
}

TEST_CASE("cli: a misspelt key is a warning naming the closest known key, at the key", "[cli][unknown-key]") {
  SampleSite s;
  const fs::path notice = s.dir / "content/notices/2019/tzgg-2019-zwgk-training.md";
  replace_in(notice, "department: 局办公室\n", "departmnet: 局办公室\nfoo_bar: 1\n");
  Run r = run("check " + s.site() + " --now 2019-12-31");
  INFO(r.output);
  CHECK(r.exit_code == 0);  // a warning: the build still passes
  CHECK(r.output.find("content/notices/2019/tzgg-2019-zwgk-training.md:8:1: warning: "
                      "不认识的项“departmnet”，是不是“department”？") != std::string::npos);
  // Nothing close: the message says the type has no such key.
  CHECK(r.output.find("content/notices/2019/tzgg-2019-zwgk-training.md:9:1: warning: "
                      "不认识的项“foo_bar”：notice 类文档没有这一项") != std::string::npos);

  Run en = run("check " + s.site() + " --now 2019-12-31 --lang en --json");
  CHECK(en.output.find("\"code\":\"unknown-key\"") != std::string::npos);
  CHECK(en.output.find("unknown key \\\"departmnet\\\": did you mean \\\"department\\\"?") != std::string::npos);

  // The typo of a required key: the warning says which key was meant, the error says it is missing.
  replace_in(notice, "published: 2019-09-02 10:15", "pubished: 2019-09-02 10:15");
  Run typo = run("check " + s.site() + " --now 2019-12-31");
  INFO(typo.output);
  CHECK(typo.exit_code == 1);
  CHECK(typo.output.find(":5:1: warning: 不认识的项“pubished”，是不是“published”？") != std::string::npos);
}

TEST_CASE("cli: a key the site's theme reads from params is not unknown", "[cli][unknown-key]") {
  SampleSite s;
  replace_in(s.dir / "content/notices/2019/tzgg-2019-zwgk-training.md", "department: 局办公室\n",
             "department: 局办公室\nbanner_text: 重要通知\n");
  Run before = run("check " + s.site() + " --now 2019-12-31");
  CHECK(before.output.find("不认识的项“banner_text”") != std::string::npos);
  std::ofstream(s.dir / "themes/default/templates/layouts/notice.mustache", std::ios::app)
      << "{{#page.params.banner_text}}<p>{{page.params.banner_text}}</p>{{/page.params.banner_text}}\n";
  Run after = run("check " + s.site() + " --now 2019-12-31");
  INFO(after.output);
  CHECK(after.exit_code == 0);
  CHECK(after.output.find("banner_text") == std::string::npos);
}
