#include <catch2/catch.hpp>

#include "config/organization_code.h"
#include "content/document_parser.h"
#include "model/index_assignment.h"
#include "model/index_number.h"
#include "model/site_model.h"
#include "validate/rules.h"

using namespace govsite;

namespace {

const char* kReview =
    "review:\n"
    "  - {stage: initial, by: 王某, date: 2019-08-06}\n"
    "  - {stage: second, by: 李某, date: 2019-08-08}\n"
    "  - {stage: approved, by: 张某, date: 2019-08-09}\n";

Document notice(const std::string& id, const std::string& published, const std::string& extra = "") {
  Diagnostics diags;
  auto d = parse_document("---\ntitle: 通知" + id + "\ntype: notice\npublished: " + published +
                              "\ndisclosure: public\n" + extra + kReview + "---\n正文\n",
                          "content/notices/" + id + ".md", id, diags);
  REQUIRE(d);
  REQUIRE_FALSE(diags.has_errors());
  return *d;
}

SiteConfig config() {
  SiteConfig c;
  c.site_code = "2111000046";
  c.index_prefix = "112111001234567886";
  c.earlier_index_prefixes = {"2111000046"};
  c.index_required_from = Date{2020, 1, 1};
  return c;
}

std::vector<Diagnostic> check(const std::vector<Document>& docs, const SiteConfig& c = config()) {
  SiteModel m = build_site_model(docs, Date{2020, 6, 1});
  Diagnostics diags;
  check_index_numbers(m, c, diags);
  return diags.sorted();
}

}  // namespace

TEST_CASE("organization codes: check characters of GB 11714 and GB 32100-2015", "[index]") {
  // Published codes: 国务院办公厅, 秦皇岛市司法局, and two 统一社会信用代码.
  CHECK(organization_code_check("00001434") == '9');
  CHECK(organization_code_check("00035785") == '1');
  CHECK(credit_code_check("11500236008658157") == 'Y');
  CHECK(credit_code_check("91512081MA62K0260") == 'E');
  CHECK(credit_code_check("91350100M000100Y4") == '3');  // the standard's worked example
  CHECK(organization_code_problem("000014349").empty());
  CHECK(organization_code_problem("91512081MA62K0260E").empty());
  CHECK_FALSE(organization_code_problem("000014340").empty());
  CHECK_FALSE(organization_code_problem("91350100M000100Y4Z").empty());
  CHECK_FALSE(organization_code_problem("9151208IMA62K0260E").empty());  // I is not in the character set
  CHECK_FALSE(organization_code_problem("2111000046").empty());
}

TEST_CASE("索引号: shape, prefix and the next free number", "[index]") {
  auto n = parse_index_number("112111001234567886/2019-00012");
  REQUIRE(n);
  CHECK(n->prefix == "112111001234567886");
  CHECK(n->year == 2019);
  CHECK(n->serial == 12);
  CHECK(format_index_number(*n) == "112111001234567886/2019-00012");
  CHECK_FALSE(parse_index_number("112111001234567886/2019-012"));
  CHECK_FALSE(parse_index_number("/2019-00012"));
  CHECK_FALSE(parse_index_number("112111001234567886-2019-00012"));

  std::vector<Document> docs = {notice("a", "2019-03-01", "index_no: 112111001234567886/2019-00007\n"),
                                notice("b", "2019-03-02", "index_no: 2111000046/2019-00030\n")};
  IndexNumberAllocator numbers(docs, config());
  CHECK(numbers.next(2019) == "112111001234567886/2019-00008");  // earlier prefixes count apart
  CHECK(numbers.next(2019) == "112111001234567886/2019-00009");
  CHECK(numbers.next(2020) == "112111001234567886/2020-00001");
}

TEST_CASE("索引号: a number whose prefix is not the body's is an error naming the rule", "[index]") {
  auto all = check({notice("a", "2019-03-01", "index_no: 000014349/2019-00001\n"),
                    notice("b", "2019-03-01", "index_no: 2111000046/2019-00001\n")});
  REQUIRE(all.size() == 1);
  CHECK(all[0].code == "wrong-index-prefix");
  CHECK(all[0].path == "content/notices/a.md");
  CHECK(all[0].line == 6);
  CHECK(all[0].message.find("组织机构代码") != std::string::npos);
  CHECK(all[0].message.find("index_prefix") != std::string::npos);
}

TEST_CASE("索引号: missing on a public document is an error from index_required_from on, a warning before", "[index]") {
  auto all = check(
      {notice("old", "2019-12-31"), notice("new", "2020-01-01"), notice("draft", "2020-02-01", "draft: true\n")});
  REQUIRE(all.size() == 2);
  CHECK(all[0].path == "content/notices/new.md");
  CHECK(all[0].severity == Severity::error);
  CHECK(all[0].code == "missing-index-no");
  CHECK(all[0].message.find("条例第十二条") != std::string::npos);
  CHECK(all[1].path == "content/notices/old.md");
  CHECK(all[1].severity == Severity::warning);
  SiteConfig lenient = config();
  lenient.index_required_from.reset();
  for (const auto& d : check({notice("new", "2020-01-01")}, lenient)) CHECK(d.severity == Severity::warning);
}

TEST_CASE("assign-index: numbers in order of publication, one line added, the rest kept", "[index]") {
  std::vector<Document> docs = {notice("b", "2019-05-02"), notice("a", "2019-05-01 09:30"),
                                notice("c", "2019-05-03", "index_no: 112111001234567886/2019-00004\n"),
                                notice("d", "2019-05-04", "draft: true\n")};
  SiteModel m = build_site_model(docs, Date{2020, 1, 1});
  auto plan = plan_index_assignment(m, config());
  REQUIRE(plan.size() == 2);
  CHECK(plan[0].path == "content/notices/a.md");
  CHECK(plan[0].index_no == "112111001234567886/2019-00005");
  CHECK(plan[0].after_line == 4);
  CHECK(plan[1].path == "content/notices/b.md");
  CHECK(plan[1].index_no == "112111001234567886/2019-00006");

  CHECK(with_index_line("---\ntitle: x\npublished: 2019-05-01\n---\n", 3, "P/2019-00001") ==
        "---\ntitle: x\npublished: 2019-05-01\nindex_no: P/2019-00001\n---\n");
  CHECK(with_index_line("---\r\npublished: 2019-05-01\r\n---\r\n正文", 2, "P/2019-00001") ==
        "---\r\npublished: 2019-05-01\r\nindex_no: P/2019-00001\r\n---\r\n正文");
  CHECK(with_index_line("---\npublished: 2019-05-01", 2, "P/2019-00001").empty());
}

TEST_CASE("disclosure_none contradicted by a published document is a warning on its site.yaml line", "[index]") {
  SiteConfig c = config();
  c.disclosure_none = {"enforcement", "fees"};
  c.disclosure_none_line = 12;
  SiteModel m = build_site_model(
      {notice("a", "2019-09-01", "disclosure_category: enforcement\nindex_no: 112111001234567886/2019-00001\n")},
      Date{2020, 1, 1});
  Diagnostics diags;
  validate_site(m, c, diags);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].severity == Severity::warning);
  CHECK(all[0].code == "disclosure-none-contradicted");
  CHECK(all[0].line == 12);
  CHECK(all[0].message.find("（六）行政处罚、行政强制") != std::string::npos);
}
