// 行政执法公示 through the real binary: the 7-working-day publication limit of 行政许可 and
// 行政处罚 decisions across the National Day week, withdrawal the day after the 公示期,
// the credit CSVs of a fixture against golden files, 双随机 plan ↔ result pairing both
// ways, and the masking and credit-code checks of the parser.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "cli/govsite_binary.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

const fs::path kFixture = fs::path(GOVSITE_SOURCE_DIR) / "tests/enforcement";

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::map<std::string, std::string> read_tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[fs::relative(e.path(), root).string()] = read(e.path());
  return files;
}

const std::string kReview =
    "review:\n  - {stage: initial, by: 甲, date: 2019-01-01}\n"
    "  - {stage: second, by: 乙, date: 2019-01-01}\n"
    "  - {stage: approved, by: 丙, date: 2019-01-01}\n";

struct Site : TempSite {
  explicit Site(const std::string& extra_config = "") : TempSite("enforcement", extra_config) {}
  // A 行政处罚 decision of a company; `keys` adds or overrides front matter lines.
  void decision(const std::string& rel, const std::string& decided, const std::string& published,
                const std::string& keys =
                    "party_type: organization\nparty: 测试商贸有限公司\ncredit_code: 91211100MA0XK7B01U\n") {
    write(rel, "---\ntitle: 行政处罚决定\ntype: enforcement\ndecision_no: 测罚〔2019〕1号\nkind: 行政处罚\n" + keys +
                   "basis: 《测试条例》第十条\nresult_text: 警告\ndecided: " + decided + "\npublished: " + published +
                   "\ndisclosure: public\n" + kReview + "---\n正文。\n");
  }
  Run build(const std::string& now) const { return run("build --site '" + dir.string() + "' --now " + now); }
  // The diagnostics in English: the tests of what is found, and where, match on the English text.
  Run build_en(const std::string& now) const {
    return run("build --lang en --site '" + dir.string() + "' --now " + now);
  }
};

}  // namespace

TEST_CASE("enforcement: a 行政处罚 decision is late on the 8th working day after its date, not on the 7th",
          "[cli][enforcement]") {
  // Decided Friday 2019-09-27; working days after it: Sun 9-29 (调休), 9-30, then the
  // National Day holiday to 10-7, then 10-8 … 10-11 and Sat 10-12 (调休): the 7th.
  Site s;
  s.decision("enforcement/on-time.md", "2019-09-27", "2019-10-12");
  Run r = s.build("2019-12-31");
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("late-enforcement") == std::string::npos);
  CHECK(r.output.find("error:") == std::string::npos);

  s.decision("enforcement/on-time.md", "2019-09-27", "2019-10-14");  // Monday: the 8th
  r = s.build_en("2019-12-31");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(
            "content/enforcement/on-time.md:12:1: error: a 行政处罚 decision must be published within 7 working "
            "days of its date 2019-09-27 (国办发〔2018〕118号), that is by 2019-10-12; it is published on "
            "2019-10-14, the 8th working day") != std::string::npos);
  CHECK(r.output.find("the previous site was left as it was") != std::string::npos);
}

TEST_CASE("enforcement: outside the working-day calendar the limit is not guessed: calendar-outdated",
          "[cli][enforcement]") {
  Site s;
  s.decision("enforcement/future.md", "2049-12-27", "2049-12-28");
  const Run r = s.build("2050-01-01");
  CHECK(r.output.find("warning: ") != std::string::npos);
  CHECK(r.output.find("calendar-outdated") == std::string::npos);  // codes are not printed; the message is
  CHECK(r.output.find("执法决定（2049-12-27）作出后 7 个工作日的公示期限") != std::string::npos);
  CHECK(r.output.find("late-enforcement") == std::string::npos);
}

TEST_CASE("enforcement: a decision is withdrawn the day after its 公示期, and next-change names that day",
          "[cli][enforcement]") {
  Site s("enforcement:\n  publicity_days: {行政处罚: 30}\n");
  s.decision("enforcement/d.md", "2019-09-27", "2019-09-30",
             "party_type: organization\nparty: CANARY商贸有限公司\ncredit_code: 91211100MA0XK7B01U\n");
  REQUIRE(s.build("2019-10-27").exit_code == 0);  // 2019-09-27 + 30 days: the last day shown
  const fs::path pub = s.dir / "public";
  CHECK(fs::exists(pub / "enforcement/d.html"));
  CHECK(read(pub / "enforcement/xzcf.csv").find("CANARY") != std::string::npos);
  const Run next = run("next-change --site '" + s.dir.string() + "' --now 2019-10-27");
  CHECK(next.output.find("2019-10-28") != std::string::npos);
  CHECK(next.output.find("withdraw") != std::string::npos);

  REQUIRE(s.build("2019-10-28").exit_code == 0);
  CHECK_FALSE(fs::exists(pub / "enforcement/d.html"));
  for (const auto& [rel, bytes] : read_tree(pub)) {  // pages, listings, search index, feeds, sitemap, CSVs
    INFO(rel);
    CHECK(bytes.find("CANARY") == std::string::npos);
    CHECK(bytes.find("enforcement/d.html") == std::string::npos);
  }
  // reports/build.json says why in the editor's language, beside a code for scripts.
  CHECK(read(s.dir / "reports/build.json")
            .find("\"reason_code\":\"expired\",\"reason\":\"已过有效期（2019-10-27 到期，已撤下）\"") !=
        std::string::npos);
}

TEST_CASE("enforcement: a 行政许可 without a 公示期 default needs expires", "[cli][enforcement]") {
  Site s;
  s.write("enforcement/xk.md",
          "---\ntitle: 许可决定\ntype: enforcement\ndecision_no: 测许〔2019〕1号\nkind: licensing\n"
          "party_type: organization\nparty: 测试鉴定所\ncredit_code: 91211100MA0XK7B032\n"
          "basis: 《办法》\nresult_text: 准予许可\ndecided: 2019-10-08\npublished: 2019-10-09\n"
          "disclosure: public\n" +
              kReview + "---\n");
  Run r = s.build("2019-12-31");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/enforcement/xk.md:5:1: error: 行政许可决定没有写公示期的截止日期：请填写“expires”，"
                      "或在 site.yaml 里设置 enforcement.publicity_days.行政许可") != std::string::npos);
  std::ofstream(s.dir / "site.yaml", std::ios::app) << "enforcement:\n  publicity_days: {行政许可: 1095}\n";
  r = s.build("2019-12-31");
  CHECK(r.exit_code == 0);
  CHECK(read(s.dir / "public/enforcement/xk.html").find("2022-10-07") != std::string::npos);  // 公示期至
}

TEST_CASE("enforcement: a person's name must be masked and carries no code, a company's code is checked",
          "[cli][enforcement][personal-data]") {
  Site s;
  s.decision("enforcement/a.md", "2019-10-08", "2019-10-09", "party_type: person\nparty: 张三丰\n");
  s.decision("enforcement/b.md", "2019-10-08", "2019-10-09",
             "party_type: person\nparty: 张某\ncredit_code: 91211100MA0XK7B01U\n");
  s.decision("enforcement/c.md", "2019-10-08", "2019-10-09",
             "party_type: organization\nparty: 测试商贸有限公司\ncredit_code: 91211100MA0XK7B01V\n");
  s.decision("enforcement/d.md", "2019-10-08", "2019-10-09",
             "party_type: person\nparty: 王*\nindex_no: 112111001234567886/2019-00001\n");
  const Run r = s.build_en("2019-12-31");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/enforcement/a.md:7:1: error: \"party\": a person's name must be masked") !=
        std::string::npos);
  // The message does not repeat the name (the excerpt below it shows the editor's own line).
  CHECK(
      r.output.find(
          "error: \"party\": a person's name must be masked before it is published (张某, 李某某 or 王*), got an unmasked name\n") !=
      std::string::npos);
  CHECK(r.output.find("content/enforcement/b.md:8:1: error: \"credit_code\": a person") != std::string::npos);
  CHECK(
      r.output.find(
          "content/enforcement/c.md:8:1: error: \"credit_code\": \"91211100MA0XK7B01V\" is not a valid 统一社会信用代码") !=
      std::string::npos);
  CHECK(r.output.find("enforcement/d.md") == std::string::npos);
}

TEST_CASE("enforcement: the credit CSVs of the fixture match the golden files, nothing withdrawn or draft leaks",
          "[cli][enforcement][golden]") {
  const TempFolder out_folder("enforcement-out");
  const fs::path& out = out_folder.dir;
  const Run r = run("build --site '" + (kFixture / "site").string() + "' --out '" + out.string() +
                    "' --now 2019-12-31");
  CHECK(r.exit_code == 0);
  CHECK(r.output.find("warning:") == std::string::npos);
  for (const char* name : {"xzcf.csv", "xzxk.csv"}) {
    INFO(name);
    const std::string actual = read(out / "enforcement" / name);
    if (std::getenv("GOVSITE_UPDATE_GOLDEN")) std::ofstream(kFixture / "expected" / name, std::ios::binary) << actual;
    CHECK(actual == read(kFixture / "expected" / name));
  }
  // The listing groups by kind, then month; the plan lists its result and the result links back.
  const std::string listing = read(out / "enforcement/index.html");
  const size_t licensing = listing.find(">行政许可</h2>"), penalty = listing.find(">行政处罚</h2>");
  CHECK(licensing < penalty);  // the order of the kinds in the 权责清单: 许可, 处罚, 强制 …
  CHECK(listing.find(">2019年11月</h3>") < listing.find(">2019年9月</h3>"));
  const std::string plan = read(out / "inspection-plans/plan-lawfirms.html");
  CHECK(plan.find("href=\"../inspection-results/result-lawfirms.html\"") != std::string::npos);
  const std::string result = read(out / "inspection-results/result-lawfirms.html");
  CHECK(result.find("href=\"../inspection-plans/plan-lawfirms.html\"") != std::string::npos);
  CHECK(read(out / "zfgs/index.html").find("随机抽查事项清单") != std::string::npos);
  CHECK(read(out / "index.html").find("href=\"./zfgs/\"") != std::string::npos);  // 行政执法公示 in the navigation
  for (const auto& [rel, bytes] : read_tree(out)) {
    INFO(rel);
    CHECK(bytes.find("CANARY") == std::string::npos);
  }
  fs::remove_all(kFixture / "site/reports");
}

TEST_CASE("inspection: a result naming an unknown, unpublished or wrong plan is an error", "[cli][enforcement]") {
  Site s;
  auto plan = [&](const std::string& rel, const std::string& id, const std::string& extra) {
    s.write(rel, "---\ntitle: 抽查事项\ntype: inspection-plan\nid: " + id +
                     "\nmatter: 事项\nbasis: 依据\nscope: 范围\n"
                     "ratio: 每年一次\npublished: 2019-03-01\ndisclosure: public\n" +
                     extra + kReview + "---\n");
  };
  auto result = [&](const std::string& rel, const std::string& plan_id, const std::string& extra = "") {
    s.write(rel, "---\ntitle: 抽查结果\ntype: inspection-result\nplan: " + plan_id +
                     "\ntarget: 对象\ninspected: 2019-06-20\n"
                     "outcome: 未发现问题\npublished: 2019-06-28\ndisclosure: public\n" +
                     extra + kReview + "---\n");
  };
  plan("inspections/p.md", "p", "");
  plan("inspections/q.md", "q", "draft: true\n");
  // r1 has its 索引号, so it draws no diagnostic at all (not even missing-index-no).
  result("inspections/r1.md", "p", "index_no: 112111001234567886/2019-00001\n");
  result("inspections/r2.md", "nosuch");
  result("inspections/r3.md", "q");
  result("inspections/r4.md", "r1");
  const Run r = s.build_en("2019-12-31");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/inspections/r1.md") == std::string::npos);
  CHECK(r.output.find("content/inspections/r2.md:4:1: error: \"plan\": no document has the id \"nosuch\"") !=
        std::string::npos);
  CHECK(r.output.find(
            "content/inspections/r3.md:4:1: error: \"plan\": \"q\" (content/inspections/q.md) is not published") !=
        std::string::npos);
  CHECK(
      r.output.find(
          "content/inspections/r4.md:4:1: error: \"plan\": \"r1\" is an inspection-result, expected an inspection-plan") !=
      std::string::npos);
}

TEST_CASE("权责清单: data/powers.yaml becomes a page by type, linked both ways with guides and decisions",
          "[cli][enforcement][powers]") {
  Site s("enforcement:\n  flowchart: data/flow.svg\n");
  fs::create_directories(s.dir / "data");
  std::ofstream(s.dir / "data/powers.yaml")
      << "powers:\n"
         "  - {id: cf-1, type: 处罚, name: 对律师违法行为的处罚, basis: 《律师法》第四十七条, office: 律师工作科}\n"
         "  - {id: xk-1, type: 行政许可, name: 司法鉴定机构登记, basis: 《办法》第二十条}\n"
         "  - {id: gf-1, type: payment, name: 法律援助, basis: 《法律援助条例》}\n";
  std::ofstream(s.dir / "data/enforcement_staff.yaml")
      << "staff:\n  - {name: 刘振国, certificate: \"21110019001\", unit: 律师工作科}\n";
  std::ofstream(s.dir / "data/flow.svg") << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n";
  s.decision("enforcement/d.md", "2019-10-08", "2019-10-09", "party_type: person\nparty: 王某\npower: cf-1\n");
  s.write("services/g.md",
          "---\ntitle: 法律援助办事指南\ntype: service\npower: gf-1\nbasis: [《法律援助条例》]\n"
          "published: 2019-01-02\ndisclosure: public\n" +
              kReview + "---\n");
  REQUIRE(s.build("2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  const std::string powers = read(pub / "zfgs/qzqd.html");
  CHECK(powers.find(">行政许可</h2>") < powers.find(">行政处罚</h2>"));
  CHECK(powers.find(">行政处罚</h2>") < powers.find(">行政给付</h2>"));
  CHECK(powers.find("id=\"power-cf-1\"") != std::string::npos);
  CHECK(powers.find("href=\"../enforcement/d.html\"") != std::string::npos);
  CHECK(powers.find("href=\"../services/g.html\"") != std::string::npos);
  CHECK(read(pub / "enforcement/d.html").find("href=\"../zfgs/qzqd.html#power-cf-1\"") != std::string::npos);
  // 事前公开: 执法主体, 执法人员 and 执法证号, the 权责清单, the flowchart copied beside it.
  const std::string prior = read(pub / "zfgs/sqgk.html");
  CHECK(prior.find("21110019001") != std::string::npos);
  CHECK(prior.find("src=\"../zfgs/flow.svg\"") != std::string::npos);
  CHECK(fs::exists(pub / "zfgs/flow.svg"));
  const std::string portal = read(pub / "zfgs/index.html");
  CHECK(portal.find("href=\"../zfgs/sqgk.html\"") != std::string::npos);
  CHECK(portal.find("href=\"../zfgs/qzqd.html\"") != std::string::npos);

  // An edit of the data alone rebuilds the page (the data is part of the build's identity).
  std::ofstream(s.dir / "data/powers.yaml", std::ios::app)
      << "  - {id: qr-1, type: 确认, name: 新增事项, basis: 《新依据》}\n";
  REQUIRE(s.build("2019-12-31").exit_code == 0);
  CHECK(read(pub / "zfgs/qzqd.html").find("新增事项") != std::string::npos);
}

TEST_CASE("权责清单: bad data and unknown power ids are reported with file and line", "[cli][enforcement][powers]") {
  Site s;
  fs::create_directories(s.dir / "data");
  std::ofstream(s.dir / "data/powers.yaml") << "powers:\n"
                                               "  - {id: cf-1, type: 处罚, name: 处罚事项, basis: 依据}\n"
                                               "  - {id: cf-1, type: 处罚, name: 重复, basis: 依据}\n"
                                               "  - {id: x-2, type: 监管, name: 类型错误, basis: 依据}\n"
                                               "  - id: x-3\n    type: 检查\n    name: 缺依据\n";
  std::ofstream(s.dir / "data/enforcement_staff.yaml")
      << "staff:\n  - {name: 刘振国, certificate: \"21110019001\", unit: \"科 13812345678\"}\n";
  s.decision("enforcement/d.md", "2019-10-08", "2019-10-09", "party_type: person\nparty: 王某\npower: nosuch\n");
  const Run r = s.build_en("2019-12-31");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("data/powers.yaml:3:6: error: the 权力事项 id \"cf-1\" is used twice") != std::string::npos);
  CHECK(r.output.find("data/powers.yaml:4:15: error: \"type\": unknown 权力类型 \"监管\"") != std::string::npos);
  CHECK(r.output.find("data/powers.yaml:5:5: error: missing required key \"basis\"") != std::string::npos);
  CHECK(r.output.find("data/enforcement_staff.yaml:2:54: error: a 手机号码 (138****5678) would be published") !=
        std::string::npos);
  // Only the echo of the source line shows the number; no message does.
  CHECK(run("check --json --site '" + s.dir.string() + "' --now 2019-12-31").output.find("13812345678") ==
        std::string::npos);
  CHECK(r.output.find(
            "content/enforcement/d.md:8:1: error: \"power\": no 权力事项 has the id \"nosuch\" in data/powers.yaml") !=
        std::string::npos);
}
