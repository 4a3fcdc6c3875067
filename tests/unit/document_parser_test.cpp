#include <catch2/catch.hpp>

#include <optional>

#include "content/document_parser.h"

using namespace govsite;

namespace {

const char* kPolicy =
    "---\n"
    "title: 市司法局2019年政务公开工作实施方案\n"
    "type: policy\n"
    "id: sfj-2019-plan\n"
    "doc_no: 盘司发〔2019〕12号\n"
    "index_no: 2111000046/2019-00012\n"
    "issuer: 盘锦市司法局\n"
    "written: 2019-08-12\n"
    "published: 2019-08-12\n"
    "topics: [政务公开]\n"
    "normative: true\n"
    "disclosure: public\n"
    "review:\n"
    "  - {stage: initial, by: 王某, date: 2019-08-06}\n"
    "  - {stage: second, by: 李某, date: 2019-08-08}\n"
    "  - {stage: approved, by: 张某, date: 2019-08-09}\n"
    "custom_key: 保留\n"
    "---\n"
    "正文\n";

// A copy of the first diagnostic with `code` (not a pointer: callers pass temporaries).
std::optional<Diagnostic> find(const std::vector<Diagnostic>& all, const std::string& code) {
  for (const auto& d : all)
    if (d.code == code) return d;
  return std::nullopt;
}

}  // namespace

TEST_CASE("document: the SPEC's policy example reads into typed fields", "[document]") {
  Diagnostics diags;
  auto d = parse_document(kPolicy, "content/policies/2019/sfj-2019-plan.md", "sfj-2019-plan", diags);
  REQUIRE(d);
  CHECK_FALSE(diags.has_errors());
  CHECK(d->type == DocType::policy);
  CHECK(d->doc_no == "盘司发〔2019〕12号");
  CHECK(d->written->str() == "2019-08-12");
  CHECK(d->normative);
  CHECK(d->disclosure == Disclosure::public_);
  REQUIRE(d->review.size() == 3);
  CHECK(d->review[2].stage == "approved");
  CHECK(d->review[2].by == "张某");
  CHECK(d->review[2].pos.line == 16);
  CHECK(d->pos("index_no").line == 6);
  CHECK(d->body_first_line == 19);
  CHECK(d->body == "正文\n");
  REQUIRE(d->params.get("custom_key"));
  CHECK(d->params.get("custom_key")->as_string() == "保留");
}

TEST_CASE("document: id defaults to the file name", "[document]") {
  Diagnostics diags;
  auto d = parse_document("---\ntitle: 联系方式\ntype: page\ndisclosure: public\n---\n", "content/pages/lxfs.md",
                          "lxfs", diags);
  REQUIRE(d);
  CHECK(d->id == "lxfs");
}

TEST_CASE("document: shape errors point at the editor's line and column", "[document]") {
  Diagnostics diags;
  auto d = parse_document(
      "---\ntitle: 标题\ntype: policy\npublished: 2019/08/12\nnormative: yes\n"
      "validity: void\ndisclosure: public\n---\n",
      "content/a.md", "a", diags);
  REQUIRE(d);
  auto all = diags.sorted();
  std::optional<Diagnostic> date = find(all, "bad-date");
  REQUIRE(date);
  CHECK(date->line == 4);
  CHECK(date->column == 12);  // at the value, where it has to change
  CHECK(date->message.find("“published”写的是“2019/08/12”，日期请写成 2019-08-12") != std::string::npos);
  bool normative = false, validity = false;
  for (const auto& x : all) {
    normative = normative || (x.line == 5 && x.message.find("只能写 true（是）或 false（否）") != std::string::npos);
    validity = validity || (x.line == 6 && x.message.find("valid, expired, repealed") != std::string::npos);
  }
  CHECK(normative);
  CHECK(validity);
}

TEST_CASE("document: disclosure attribute and reason are required", "[document]") {
  Diagnostics diags;
  parse_document("---\ntitle: a\ntype: notice\n---\n", "content/a.md", "a", diags);
  CHECK(find(diags.sorted(), "missing-disclosure"));

  Diagnostics diags2;
  parse_document("---\ntitle: a\ntype: notice\ndisclosure: withheld\n---\n", "content/a.md", "a", diags2);
  std::optional<Diagnostic> reason = find(diags2.sorted(), "missing-disclosure-reason");
  REQUIRE(reason);
  CHECK(reason->line == 4);
}

TEST_CASE("document: unreadable documents are refused with a reason", "[document]") {
  Diagnostics diags;
  CHECK_FALSE(parse_document("---\ntitle: a\ntype: memo\ndisclosure: public\n---\n", "content/a.md", "a", diags));
  CHECK(find(diags.sorted(), "unknown-type")->line == 3);

  Diagnostics diags2;
  CHECK_FALSE(parse_document("no front matter", "content/a.md", "a", diags2));
  CHECK(find(diags2.sorted(), "no-front-matter"));

  Diagnostics diags3;
  CHECK_FALSE(parse_document("---\ntitle: a\n\xff\xfe\n---\n", "content/a.md", "a", diags3));
  std::optional<Diagnostic> utf8 = find(diags3.sorted(), "not-utf8");
  REQUIRE(utf8);
  CHECK(utf8->line == 3);
  CHECK(utf8->message.find("从第 13 个字节起") != std::string::npos);

  Diagnostics diags4;
  CHECK_FALSE(parse_document("---\ntitle: [a\ntype: page\n---\n", "content/a.md", "a", diags4));
  std::optional<Diagnostic> unclosed = find(diags4.sorted(), "yaml-unclosed-list");
  REQUIRE(unclosed);
  CHECK(unclosed->line == 2);  // yaml-cpp said line 3
  CHECK(unclosed->column == 8);

  Diagnostics diags5;  // what the pre-checks do not know stays in yaml-cpp's words
  CHECK_FALSE(parse_document("---\ntitle: a: b\ntype: page\n---\n", "content/a.md", "a", diags5));
  std::optional<Diagnostic> syntax = find(diags5.sorted(), "yaml-syntax");
  REQUIRE(syntax);
  CHECK(syntax->message.find("YAML 格式错误") == 0);
}

TEST_CASE("document: a file name that is not a valid id asks for an id key", "[document]") {
  Diagnostics diags;
  parse_document("---\ntitle: a\ntype: page\ndisclosure: public\n---\n", "content/联系方式.md", "联系方式", diags);
  std::optional<Diagnostic> bad = find(diags.sorted(), "bad-id");
  REQUIRE(bad);
  CHECK(bad->message.find("请加一项“id:”") != std::string::npos);
}

TEST_CASE("document: a key set twice is an error on its second line", "[document]") {
  Diagnostics diags;
  parse_document("---\ntitle: a\ntype: page\ntitle: b\ndisclosure: public\n---\n", "content/a.md", "a", diags);
  std::optional<Diagnostic> dup = find(diags.sorted(), "duplicate-key");
  REQUIRE(dup);
  CHECK(dup->line == 4);
}

namespace {
std::optional<Document> parse_with(const std::string& from, const std::string& to, Diagnostics& diags) {
  std::string text = kPolicy;
  text.replace(text.find(from), from.size(), to);
  return parse_document(text, "content/policies/2019/sfj-2019-plan.md", "sfj-2019-plan", diags);
}
}  // namespace

TEST_CASE("documents: published may carry a time of day, 00:00 without one", "[parse]") {
  Diagnostics diags;
  auto plain = parse_with("published: 2019-08-12", "published: 2019-08-12", diags);
  REQUIRE(plain);
  CHECK(plain->published_minute == 0);
  auto timed = parse_with("published: 2019-08-12", "published: 2019-08-12 09:30", diags);
  REQUIRE(timed);
  CHECK(timed->published->str() == "2019-08-12");
  CHECK(timed->published_minute == 9 * 60 + 30);
  CHECK_FALSE(diags.has_errors());
  for (const char* bad : {"2019-08-12 24:00", "2019-08-12 9:30", "2019-08-12T09:30", "2019-08-12 09:60"}) {
    INFO(bad);
    Diagnostics bad_diags;
    parse_with("published: 2019-08-12", std::string("published: ") + bad, bad_diags);
    auto d = find(bad_diags.sorted(), "bad-date");
    REQUIRE(d);
    CHECK(d->line == 9);
    CHECK(d->message.find("或日期加时间（如“2019-08-12 09:30”）") != std::string::npos);
  }
}

TEST_CASE("documents: updated, disclosure_category and a page's leaders", "[parse]") {
  Diagnostics diags;
  auto d = parse_with("custom_key: 保留\n", "updated: 2019-09-01\ndisclosure_category: planning\n", diags);
  REQUIRE(d);
  CHECK_FALSE(diags.has_errors());
  CHECK(d->updated->str() == "2019-09-01");
  CHECK(d->disclosure_category == "planning");
  CHECK(parse_with("custom_key: 保留\n", "", diags)->disclosure_category == "regulations");  // a policy's default

  Diagnostics early;
  parse_with("custom_key: 保留\n", "updated: 2019-08-01\n", early);
  CHECK(find(early.sorted(), "bad-date"));
  Diagnostics unknown;
  parse_with("custom_key: 保留\n", "disclosure_category: news\n", unknown);
  auto bad = find(unknown.sorted(), "bad-value");
  REQUIRE(bad);
  CHECK(bad->message.find("不是《条例》第二十条规定的类别") != std::string::npos);

  Diagnostics page_diags;
  auto page = parse_document(
      "---\ntitle: 机构职能\ntype: page\ndisclosure: public\nleaders:\n"
      "  - {name: 张某某, post: 局长, duties: 主持全面工作。}\n  - {name: 王某某, post: 副局长}\n---\n正文\n",
      "content/pages/jgzn.md", "jgzn", page_diags);
  REQUIRE(page);
  CHECK_FALSE(page_diags.has_errors());
  REQUIRE(page->leaders.size() == 2);
  CHECK(page->leaders[0].name == "张某某");
  CHECK(page->leaders[0].post == "局长");
  CHECK(page->leaders[0].duties == "主持全面工作。");
  CHECK(page->leaders[1].duties.empty());
  CHECK(page->disclosure_category == "organization");
}

TEST_CASE("parser: columns count characters, not bytes, after Chinese text on the line", "[parser]") {
  Diagnostics diags;
  std::string text = kPolicy;
  text.replace(text.find("date: 2019-08-06"), 16, "date: 2019/08/06");
  parse_document(text, "content/a.md", "a", diags);
  auto d = find(diags.sorted(), "bad-date");
  REQUIRE(d);
  CHECK(d->line == 14);
  CHECK(d->column == 36);  // the value of "date" after 王某: 40 in bytes
  // a yaml-cpp syntax error after Chinese characters on its line
  Diagnostics syntax;
  std::string broken = kPolicy;
  broken.replace(broken.find("topics: [政务公开]"), std::string("topics: [政务公开]").size(),
                 "topics: [政务公开, 法治]]");
  parse_document(broken, "content/a.md", "a", syntax);
  auto s = find(syntax.sorted(), "yaml-syntax");
  REQUIRE(s);
  CHECK(s->line == 10);
  CHECK(s->column == 19);  // the second "]", in characters (25 in bytes)
}
