// govsite new through the real binary: what an editor who writes 公文 in WPS meets when
// starting a document (issue 23): --interprets, --folder, reserved ids, running it outside
// a site or in a site govsite init just made, examples taken from the site, Chinese titles.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "temp_site.h"
#include "test_files.h"

namespace fs = std::filesystem;

namespace {

const std::string kToday = " --now 2026-12-06 ";

void write(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// Replaces the first `from` in the file with `to`.
void edit(const fs::path& p, const std::string& from, const std::string& to) {
  std::string text = read(p);
  const size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  write(p, text.replace(at, from.size(), to));
}

bool has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

// The binary run in `dir` (as an editor runs it, in the site's folder, with no --site).
Run run_in(const fs::path& dir, const std::string& args) {
  Run r;
  std::FILE* p = popen(("cd '" + dir.string() + "' && " + GOVSITE_BINARY + " " + args + " 2>&1").c_str(), "r");
  REQUIRE(p);
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

TEST_CASE("cli: new interpretation --interprets names a policy of the site, drafts included", "[cli][new]") {
  SampleSite s;
  // The policy and its interpretation are drafted together: the draft policy is the target.
  REQUIRE(run("new policy \"Data Rules\"" + kToday + s.site()).exit_code == 0);
  Run made = run("new interpretation \"Data Rules Explained\" --interprets data-rules" + kToday + s.site());
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  const std::string text = read(s.dir / "content/interpretations/2026/data-rules-explained.md");
  CHECK(has(text, "\ninterprets: data-rules\n"));

  // A mistyped id: exit 2, the id named and the close ones suggested; nothing written.
  Run typo = run("new interpretation \"Typo\" --interprets sfj-2019-gfxwj-guidng" + kToday + s.site());
  CHECK(typo.exit_code == 2);
  CHECK(has(typo.output,
            "--interprets：网站里没有 id 为“sfj-2019-gfxwj-guidng”的政策文件（草稿也查过了）。是不是："
            "“sfj-2019-gfxwj-guiding”？"));
  CHECK_FALSE(fs::exists(s.dir / "content/interpretations/2026/typo.md"));
  Run part = run("new interpretation \"Typo\" --interprets guiding" + kToday + s.site());
  CHECK(part.exit_code == 2);
  CHECK(has(part.output, "是不是：“sfj-2019-gfxwj-guiding”？"));
  Run nothing_close = run("new interpretation \"Typo\" --interprets zzzz" + kToday + s.site());
  CHECK(nothing_close.exit_code == 2);
  CHECK(has(nothing_close.output, "政策文件的 id 写在那篇文件开头的“id:”一行"));
  Run english = run("new interpretation \"Typo\" --interprets data-rule --lang en" + kToday + s.site());
  CHECK(has(english.output,
            "the site has no policy with the id \"data-rule\" (drafts included); did you mean "
            "\"data-rules\"?"));
  // An existing document that is no policy.
  Run notice = run("new interpretation \"Typo\" --interprets tzgg-2019-zwgk-training" + kToday + s.site());
  CHECK(notice.exit_code == 2);
  CHECK(has(notice.output, "“tzgg-2019-zwgk-training”是一篇通知公告（type: notice），不是政策文件"));
  // Only an interpretation explains a policy.
  Run wrong_type = run("new notice \"Typo\" --interprets data-rules" + kToday + s.site());
  CHECK(wrong_type.exit_code == 2);
  CHECK(has(wrong_type.output, "--interprets 只用于新建政策解读"));

  // Without it the key is left empty with a comment, never the newest published policy;
  // check accepts the draft and reminds of the key.
  REQUIRE(run("new interpretation \"Open Question\"" + kToday + s.site()).exit_code == 0);
  const std::string open = read(s.dir / "content/interpretations/2026/open-question.md");
  CHECK(has(open, "\ninterprets:             # 请填写所解读的政策文件的 id：那篇文件开头“id:”后面的内容\n"));
  Run check = run("check --json" + kToday + s.site());
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(has(check.output,
            "open-question.md\",\"line\":5,\"column\":1,\"severity\":\"warning\",\"code\":\"missing-key\""));
  // Once it would be published, the empty key is an error.
  edit(s.dir / "content/interpretations/2026/open-question.md", "draft: true", "draft: false");
  Run published = run("check --json" + kToday + s.site());
  CHECK(published.exit_code == 1);
  CHECK(has(published.output,
            "open-question.md\",\"line\":5,\"column\":1,\"severity\":\"error\",\"code\":\"missing-key\""));
}

TEST_CASE("cli: new --folder writes <id>/index.md and says where the attachments go", "[cli][new]") {
  SampleSite s;
  Run made = run("new policy \"Filing Rules\" --folder" + kToday + s.site());
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  const fs::path folder = s.dir / "content/policies/2026/filing-rules";
  const fs::path file = folder / "index.md";
  REQUIRE(fs::is_regular_file(file));
  CHECK(has(made.output, file.string() + "\n"));
  CHECK(
      has(made.output, "附件放在文件夹 " + folder.string() + "/ 里（和 index.md 放在一起），并在 attachments 中列出"));
  const std::string text = read(file);
  CHECK(has(text, "\nid: filing-rules\n"));
  CHECK(has(text, "# attachments:\n#   - {file: 附件1-登记表.docx, title: 附件1：登记表}\n"));
  // The example, uncommented as the comment says and with the file put there, checks.
  write(folder / "附件1-登记表.docx", "docx");
  edit(file, "# attachments:\n#   - {file:", "attachments:\n  - {file:");
  Run check = run("check" + kToday + s.site());
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(has(check.output, "，错误 0 个，"));
  // The same id again: taken.
  Run again = run("new policy \"Filing Rules\" --folder" + kToday + s.site());
  CHECK(again.exit_code == 2);
  CHECK(has(again.output, "id“filing-rules”已被 content/policies/2026/filing-rules/index.md 使用"));
  // Attachments prepared first: the folder may already exist, index.md is added to it.
  write(s.dir / "content/notices/2026/meeting/附件.pdf", "%PDF");
  Run into_existing = run("new notice \"x\" --id meeting --folder" + kToday + s.site());
  CHECK(into_existing.exit_code == 0);
  CHECK(fs::is_regular_file(s.dir / "content/notices/2026/meeting/index.md"));
  CHECK(read(s.dir / "content/notices/2026/meeting/附件.pdf") == "%PDF");
}

TEST_CASE("cli: new says a reserved id is reserved, a long one too long", "[cli][new]") {
  SampleSite s;
  Run index = run("new notice \"x\" --id index" + kToday + s.site());
  CHECK(index.exit_code == 2);
  CHECK(has(index.output, "“index”是保留的名称（各栏目列表页的名称），不能用作 id，请换一个"));
  CHECK_FALSE(has(index.output, "不符合要求"));
  Run english = run("new notice \"x\" --id index --lang en" + kToday + s.site());
  CHECK(has(english.output, "\"index\" is reserved"));
  Run lengthy = run("new notice \"x\" --id " + std::string(101, 'a') + kToday + s.site());
  CHECK(lengthy.exit_code == 2);
  CHECK(has(lengthy.output, "id 有 101 个字符，最多只能有 100 个"));
  Run upper = run("new notice \"x\" --id Index" + kToday + s.site());
  CHECK(upper.exit_code == 2);
  CHECK(has(upper.output, "id“Index”不符合要求：只能用小写英文字母"));
  CHECK_FALSE(fs::exists(s.dir / "content/notices/2026"));
}

TEST_CASE("cli: new outside a site is a usage error, and works in a site just made by init", "[cli][new][init]") {
  TempFolder t("new");
  // No site.yaml here: exit 2 (README, exit codes), and where to run it.
  Run here = run_in(t.dir, "new policy \"关于……的通知\" --id a");
  CHECK(here.exit_code == 2);
  CHECK(has(here.output,
            "govsite new：当前文件夹不是网站文件夹（没有 site.yaml）。请在网站文件夹里运行，或用 --site 指定"));
  Run elsewhere = run("new policy \"x\" --id a --site " + (t.dir / "nowhere").string());
  CHECK(elsewhere.exit_code == 2);
  CHECK(has(elsewhere.output, (t.dir / "nowhere").string() + " 不是网站文件夹（里面没有 site.yaml）"));
  CHECK_FALSE(fs::exists(t.dir / "content"));

  // govsite init x; cd x; govsite new policy "关于……的通知" --id a
  REQUIRE(run_in(t.dir, "init x").exit_code == 0);
  const fs::path site = t.dir / "x";
  Run made = run_in(site, "new policy \"关于……的通知\" --id a" + kToday);
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  CHECK_FALSE(has(made.output, "请填写"));  // site.yaml's placeholders are for build and check
  const std::string text = read(site / "content/policies/2026/a.md");
  // No 索引号 before index_prefix is filled in; no organization to be the issuer yet; a
  // neutral 发文字号 example.
  CHECK(has(
      text,
      "\n# index_no:             # 索引号：site.yaml 的 index_prefix 填写后，运行 govsite assign-index 自动编号\n"));
  CHECK_FALSE(has(text, "\nindex_no:"));
  CHECK(has(text, "\nissuer:                 # 发文机关（本单位全称）\n"));
  CHECK(has(text, "\ndoc_no:                 # 发文字号，写成“机关代字〔年份〕序号号”，如 某发〔2026〕1号\n"));
  CHECK_FALSE(has(text, "盘"));
  // check still names site.yaml's placeholders as errors, and the new draft adds nothing.
  Run check = run_in(site, "check --json" + kToday);
  CHECK(check.exit_code == 1);
  CHECK(has(check.output, "\"code\":\"placeholder\""));
  CHECK_FALSE(has(check.output, "policies/2026/a.md"));
}

TEST_CASE("cli: new takes its 发文字号 example from the site, never from the sample department", "[cli][new]") {
  SampleSite s;
  // The sample's own policies are 盘司发: the example follows them.
  REQUIRE(run("new policy \"A\"" + kToday + s.site()).exit_code == 0);
  CHECK(
      has(read(s.dir / "content/policies/2026/a.md"), "\ndoc_no:                 # 发文字号，如 盘司发〔2026〕1号\n"));
  // site.yaml's doc_no_prefix wins.
  edit(s.dir / "site.yaml", "\ntitle:", "\ndoc_no_prefix: 营司发\ntitle:");
  REQUIRE(run("new policy \"B\"" + kToday + s.site()).exit_code == 0);
  const std::string b = read(s.dir / "content/policies/2026/b.md");
  CHECK(has(b, "# 发文字号，如 营司发〔2026〕1号\n"));
  CHECK(has(b, "\nissuer: 盘锦市司法局\n"));  // the site's organization
  // And the message for a malformed 发文字号 shows it too.
  edit(s.dir / "content/policies/2026/b.md", "doc_no: ", "doc_no: 营司发2026-3号");
  Run check = run("check" + kToday + s.site());
  CHECK(check.exit_code == 1);
  CHECK(has(check.output, "发文字号“营司发2026-3号”格式不对，应写成“营司发〔2026〕12号”这样"));
  // A doc_no_prefix that is a whole 发文字号 is refused where it stands.
  edit(s.dir / "site.yaml", "doc_no_prefix: 营司发", "doc_no_prefix: 营司发〔2026〕1号");
  Run bad = run("check" + kToday + s.site());
  CHECK(bad.exit_code == 1);
  CHECK(has(bad.output, "site.yaml:4:1: error: “doc_no_prefix”写的是“营司发〔2026〕1号”：这里只写发文字号的机关代字"));
}

TEST_CASE("cli: new numbers the id of a title without Latin words and says so", "[cli][new]") {
  SampleSite s;
  Run first = run("new policy \"关于做好2026年政务公开工作的通知\"" + kToday + s.site());
  INFO(first.output);
  REQUIRE(first.exit_code == 0);
  CHECK(has(first.output, "标题里没有英文，id 自动编为 policy-2026-001（想用别的 id，可以用 --id 指定）"));
  CHECK(has(read(s.dir / "content/policies/2026/policy-2026-001.md"), "\nid: policy-2026-001\n"));
  // A Chinese title with a Latin word in it is numbered too (not "app").
  REQUIRE(run("new policy \"关于印发《APP管理办法》的通知\"" + kToday + s.site()).exit_code == 0);
  CHECK(fs::exists(s.dir / "content/policies/2026/policy-2026-002.md"));
  // A file that does not even parse still holds its number; numbers are per type.
  write(s.dir / "content/policies/2026/policy-2026-007.md", "---\ntitle: [\n---\n");
  REQUIRE(run("new policy \"关于……的通知\"" + kToday + s.site()).exit_code == 0);
  CHECK(fs::exists(s.dir / "content/policies/2026/policy-2026-008.md"));
  REQUIRE(run("new notice \"关于……的通知\"" + kToday + s.site()).exit_code == 0);
  CHECK(fs::exists(s.dir / "content/notices/2026/notice-2026-001.md"));
  // A Latin title keeps its words.
  REQUIRE(run("new notice \"Open Data Week 2026\"" + kToday + s.site()).exit_code == 0);
  CHECK(fs::exists(s.dir / "content/notices/2026/open-data-week-2026.md"));
}
