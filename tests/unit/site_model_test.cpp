#include <catch2/catch.hpp>

#include <cstdio>

#include "content/document_parser.h"
#include "core/messages.h"
#include "model/link_resolver.h"
#include "model/site_model.h"
#include "validate/rules.h"

using namespace govsite;

namespace {

const char* kReview =
    "review:\n"
    "  - {stage: initial, by: 王某, date: 2019-08-06}\n"
    "  - {stage: second, by: 李某, date: 2019-08-08}\n"
    "  - {stage: approved, by: 张某, date: 2019-08-09}\n";

Document doc(const std::string& path, const std::string& front) {
  Diagnostics diags;
  std::string id = path.substr(path.rfind('/') + 1);
  id = id.substr(0, id.size() - 3);
  auto d = parse_document("---\n" + front + "---\n正文\n", path, id, diags);
  REQUIRE(d);
  for (const auto& x : diags.sorted()) UNSCOPED_INFO(x.message);
  REQUIRE_FALSE(diags.has_errors());
  return *d;
}

// A 索引号 no other document of the test run has.
std::string next_index_no() {
  static int serial = 0;
  char number[32];
  std::snprintf(number, sizeof number, "2111000046/2019-%05d", ++serial);
  return number;
}

Document policy(const std::string& id, const std::string& extra = "") {
  return doc("content/policies/" + id + ".md", "title: 政策" + id + "\ntype: policy\nindex_no: " + next_index_no() +
                                                   "\npublished: 2019-08-12\ndisclosure: public\n" + extra + kReview);
}

Document interpretation(const std::string& id, const std::string& interprets,
                        const std::string& published = "2019-08-12") {
  return doc("content/interpretations/" + id + ".md",
             "title: 解读" + id + "\ntype: interpretation\ninterprets: " + interprets + "\npublished: " + published +
                 "\ndisclosure: public\nindex_no: " + next_index_no() + "\n" + kReview);
}

SiteConfig config() {
  SiteConfig c;
  c.site_code = "2111000046";
  c.index_prefix = "112111001234567886";
  c.earlier_index_prefixes = {"2111000046"};
  return c;
}

}  // namespace

TEST_CASE("pairing: each policy gets all its interpretations, without a back-link in the policy", "[pairing]") {
  SiteModel m = build_site_model({policy("a"), policy("b"), interpretation("a-jd", "a"),
                                  interpretation("ab-jd", "[a, b]", "2019-08-13")},
                                 Date{2020, 1, 1});
  const size_t a = m.by_id.at("a"), b = m.by_id.at("b");
  REQUIRE(m.interpretations[a].size() == 2);
  CHECK(m.docs[m.interpretations[a][0]].id == "a-jd");
  CHECK(m.docs[m.interpretations[a][1]].id == "ab-jd");
  REQUIRE(m.interpretations[b].size() == 1);
  CHECK(m.docs[m.interpretations[b][0]].id == "ab-jd");
}

TEST_CASE("pairing: an unpublished interpretation is not linked", "[pairing]") {
  Document jd = interpretation("a-jd", "a");
  jd.draft = true;
  SiteModel m = build_site_model({policy("a"), jd}, Date{2020, 1, 1});
  CHECK(m.interpretations[m.by_id.at("a")].empty());
  CHECK(m.left_out_code[m.by_id.at("a-jd")] == "draft");
  CHECK(m.left_out[m.by_id.at("a-jd")] == "草稿");
}

TEST_CASE("supersession: the newer policy links back to the one it replaced", "[pairing]") {
  SiteModel m = build_site_model({policy("old", "validity: repealed\nsuperseded_by: new\n"), policy("new")},
                                 Date{2020, 1, 1});
  const auto& back = m.supersedes[m.by_id.at("new")];
  REQUIRE(back.size() == 1);
  CHECK(m.docs[back[0]].id == "old");
}

TEST_CASE("publication: scheduled, expired and non-public documents stay out", "[publication]") {
  Document later = policy("later");
  later.published = Date{2030, 1, 1};
  later.review[2].date = Date{2019, 8, 9};
  Document gone = policy("gone");
  gone.expires = Date{2019, 12, 1};
  Document secret = doc("content/policies/secret.md",
                        "title: 内部\ntype: policy\ndisclosure: withheld\ndisclosure_reason: 涉密\n");
  Document asked = doc("content/policies/asked.md",
                       "title: 内部\ntype: policy\ndisclosure: on-request\ndisclosure_reason: 内部事项\n");
  Document unset = policy("unset");
  unset.disclosure = Disclosure::unset;  // reported by the parser; still left out
  Document undated = policy("undated");
  undated.published.reset();
  Document unreviewed = policy("unreviewed");
  unreviewed.review.clear();
  Document bad_id = policy("bad-id");
  bad_id.id = "Bad_Id";  // reported by the parser (bad-id); still left out
  Document draft = policy("draft");
  draft.draft = true;
  const std::vector<Document> docs = {later, gone, secret, asked, unset, undated, unreviewed, bad_id, draft};
  SiteModel m = build_site_model(docs, Date{2020, 1, 1});
  // The code is for scripts (reports/build.json) and stays the same in every language.
  CHECK(m.left_out_code == std::vector<std::string>{"scheduled", "expired", "not-public", "not-public", "not-public",
                                                    "no-publication-date", "review-incomplete", "invalid-id", "draft"});
  CHECK(m.left_out == std::vector<std::string>{"未到发布日期（定于 2030-01-01 发布）",
                                               "已过有效期（2019-12-01 到期，已撤下）", "不予公开", "依申请公开",
                                               "未写公开属性", "没有发布日期", "审核未完成", "id 无效", "草稿"});
  for (bool p : m.published) CHECK_FALSE(p);
  set_language(Language::en);
  SiteModel en = build_site_model(docs, Date{2020, 1, 1});
  set_language(Language::zh);
  CHECK(en.left_out_code == m.left_out_code);
  CHECK(en.left_out == std::vector<std::string>{"scheduled for 2030-01-01", "withdrawn: expired on 2019-12-01",
                                                "not public (withheld)", "not public (on-request)",
                                                "not public (no disclosure attribute)", "no publication date",
                                                "review incomplete", "invalid id", "draft"});
}

TEST_CASE("validation: references to missing or unpublished documents are errors", "[validate]") {
  Document secret = doc("content/policies/secret.md",
                        "title: 内部\ntype: policy\ndisclosure: on-request\ndisclosure_reason: 内部事项\n");
  SiteModel m = build_site_model({secret, interpretation("jd", "secret"), interpretation("jd2", "nothing")},
                                 Date{2020, 1, 1});
  Diagnostics diags;
  validate_site(m, config(), diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 2);
  CHECK(all[0].path == "content/interpretations/jd.md");
  CHECK(all[0].code == "unpublished-reference");
  CHECK(all[0].line == 4);
  CHECK(all[1].code == "unknown-reference");
}

TEST_CASE("validation: a normative policy without interpretation is a warning", "[validate]") {
  SiteModel m = build_site_model({policy("a", "normative: true\n")}, Date{2020, 1, 1});
  Diagnostics diags;
  validate_site(m, config(), diags);
  REQUIRE(diags.warning_count() == 1);
  CHECK_FALSE(diags.has_errors());
  SiteConfig strict = config();
  strict.require_interpretation = true;
  Diagnostics strict_diags;
  validate_site(m, strict, strict_diags);
  CHECK(strict_diags.error_count() == 1);
}

TEST_CASE("links: ids and relative .md paths resolve to published pages", "[links]") {
  SiteModel m = build_site_model({policy("a"), interpretation("a-jd", "a")}, Date{2020, 1, 1});
  const Document& jd = m.docs[m.by_id.at("a-jd")];
  auto by_id = resolve_link(m, jd, "a#第二条");
  CHECK(by_id.kind == LinkResolution::Kind::document);
  CHECK(by_id.target->id == "a");
  CHECK(by_id.fragment == "#第二条");
  auto by_path = resolve_link(m, jd, "../policies/a.md");
  CHECK(by_path.kind == LinkResolution::Kind::document);
  CHECK(resolve_link(m, jd, "https://www.gov.cn").kind == LinkResolution::Kind::external);
  CHECK(resolve_link(m, jd, "mailto:sfj@example.gov.cn").kind == LinkResolution::Kind::external);
  CHECK(resolve_link(m, jd, "#section").kind == LinkResolution::Kind::external);
  CHECK(resolve_link(m, jd, "missing-id").kind == LinkResolution::Kind::broken);
  CHECK(resolve_link(m, jd, "../../../etc/passwd.md").kind == LinkResolution::Kind::broken);
}

TEST_CASE("files: beside the document, existing, not leaving its folder, not another's unpublished file", "[files]") {
  Document jd = interpretation("jd", "a");
  jd.path = "content/interpretations/jd/index.md";
  Document secret = doc("content/policies/secret.md",
                        "title: 内部\ntype: policy\ndisclosure: withheld\ndisclosure_reason: 涉密\n"
                        "attachments:\n  - {file: ../interpretations/jd/shared.pdf}\n");
  SiteModel m = build_site_model({policy("a"), jd, secret}, Date{2020, 1, 1},
                                 {"content/interpretations/jd/图解 1.png", "content/interpretations/jd/shared.pdf",
                                  "content/interpretations/other.png"});
  const Document& d = m.docs[1];
  auto image = resolve_link(m, d, "%E5%9B%BE%E8%A7%A3%201.png");
  CHECK(image.kind == LinkResolution::Kind::file);
  CHECK(image.file.path == "content/interpretations/jd/图解 1.png");
  CHECK(image.file.output_rel == "图解 1.png");
  CHECK(resolve_document_file(m, d, "图解 1.png").problem.empty());
  CHECK(resolve_document_file(m, d, "missing.png").problem.find("不存在") != std::string::npos);
  CHECK(resolve_document_file(m, d, "../other.png").problem.find("不在文档所在的文件夹") != std::string::npos);
  CHECK(resolve_document_file(m, d, "shared.pdf").problem.find("属于尚未发布的") != std::string::npos);
}

TEST_CASE("files: types, extensions and sizes", "[files]") {
  const std::vector<std::string> allowed = {"pdf", "docx"};
  CHECK(file_type_problem(allowed, "content/a/表.DOCX").empty());
  CHECK_FALSE(file_type_problem(allowed, "content/a/run.exe").empty());
  CHECK_FALSE(file_type_problem(allowed, "content/a/README").empty());
  CHECK(extension_of("content/a.b/c") == "");
  CHECK(human_size(512) == "512 B");
  CHECK(human_size(1536) == "1.5 KB");
  CHECK(human_size(3 * 1024 * 1024) == "3.0 MB");
}

TEST_CASE("validation: 发文字号 format, including agencies whose UTF-8 bytes look like 〔〕", "[validate]") {
  auto check = [](const std::string& doc_no) {
    SiteModel m = build_site_model({policy("a", "doc_no: " + doc_no + "\n")}, Date{2020, 1, 1});
    Diagnostics diags;
    check_identity(m, SiteConfig{}, diags);
    return !diags.has_errors();
  };
  CHECK(check("盘司发〔2019〕12号"));
  CHECK(check("盘法办发〔2015〕2号"));  // 法 is E6 B3 95, sharing a byte with 〕 (E3 80 95)
  CHECK_FALSE(check("盘司发[2019]12号"));
  CHECK_FALSE(check("盘司发（2019）12号"));
  CHECK_FALSE(check("〔2019〕12号"));
  CHECK_FALSE(check("盘司发〔19〕12号"));
  CHECK_FALSE(check("盘司发〔2019〕12"));
}

TEST_CASE("validation: a malformed 发文字号's example is in the site's own 机关代字", "[validate]") {
  set_language(Language::zh);
  auto message = [](std::vector<Document> docs, const std::string& prefix) {
    SiteModel m = build_site_model(std::move(docs), Date{2020, 1, 1});
    SiteConfig config;
    config.doc_no_prefix = prefix;
    Diagnostics diags;
    check_identity(m, config, diags);
    REQUIRE(diags.sorted().size() == 1);
    return diags.sorted()[0].message;
  };
  // From the newest policy with a well-formed 发文字号.
  CHECK(message({policy("a", "doc_no: 兴司发〔2018〕3号\nwritten: 2018-01-02\n"),
                 policy("b", "doc_no: 营司发〔2019〕3号\nwritten: 2019-01-02\n"),
                 policy("c", "doc_no: 营司发〔19〕4号\nwritten: 2019-03-02\n")},
                "")
            .find("应写成“营司发〔2019〕12号”这样") != std::string::npos);
  // site.yaml's doc_no_prefix wins; with neither, a neutral example, never 盘司发.
  CHECK(message({policy("c", "doc_no: 营司发〔19〕4号\n")}, "盘司发").find("应写成“盘司发〔2019〕12号”") !=
        std::string::npos);
  CHECK(message({policy("c", "doc_no: 营司发〔19〕4号\n")}, "").find("应写成“某发〔2019〕12号”") != std::string::npos);
  // A slip in the brackets: the 发文字号 itself, mended.
  CHECK(message({policy("c", "doc_no: 营司发(2019)4号\n")}, "盘司发").find("应写成“营司发〔2019〕4号”") !=
        std::string::npos);
}
