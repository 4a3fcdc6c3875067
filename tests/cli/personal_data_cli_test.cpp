// No personal data is published by mistake: 居民身份证号码, 手机号码 and 银行卡号 in a public
// document's body, front matter or text attachment fail the build, with the number masked
// in every message; withheld documents, masked numbers and declared public numbers pass.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "cli/govsite_binary.h"
#include "temp_site.h"

namespace fs = std::filesystem;

namespace {

const char* kValidId = "211100198503121237";
const char* kMobile = "13812345678";

struct Site : TempSite {
  Site() : TempSite("personal", "attachment_types: [pdf, csv]\n") {}
  void notice(const std::string& rel, const std::string& extra, const std::string& body,
              const std::string& disclosure = "disclosure: public\n") {
    write(rel, "---\ntitle: 行政处罚结果公示\ntype: notice\npublished: 2019-01-02\n" + disclosure + extra +
                   "review:\n  - {stage: initial, by: 甲, date: 2019-01-01}\n"
                   "  - {stage: second, by: 乙, date: 2019-01-01}\n"
                   "  - {stage: approved, by: 丙, date: 2019-01-01}\n---\n" +
                   body);
  }
  Run build() const { return run("build --site '" + dir.string() + "' --now 2020-01-01"); }
};

}  // namespace

TEST_CASE("personal data: an ID number in a public body, front matter key or csv attachment fails the build",
          "[cli][personal-data]") {
  Site s;
  s.notice("notices/a.md", "", std::string("当事人：张某，身份证号") + kValidId + "。\n");
  s.notice("notices/b.md", std::string("party_id: \"") + kValidId + "\"\n", "正文。\n");
  s.notice("notices/c/index.md", "attachments:\n  - {file: 名单.csv, title: 处罚名单}\n", "见附件。\n");
  s.write("notices/c/名单.csv", std::string("姓名,证件号码,手机\n张某,") + kValidId + "," + kMobile + "\n");
  const Run r = s.build();
  CHECK(r.exit_code == 1);
  CHECK(r.output.find(
            "content/notices/a.md:11:12: error: 居民身份证号码（2111**********1237）将被公开：个人信息不得公开") !=
        std::string::npos);
  CHECK(r.output.find("content/notices/b.md:6:") != std::string::npos);
  CHECK(r.output.find("content/notices/c/名单.csv:2:4: error: 附件中的居民身份证号码（2111**********1237）将随 "
                      "content/notices/c/index.md 公开") != std::string::npos);
  CHECK(r.output.find("content/notices/c/名单.csv:2:23: error: 附件中的手机号码（138****5678）") != std::string::npos);
  // No message carries the whole number; only the echo of the source line may show it.
  for (size_t at = 0; (at = r.output.find(kValidId, at)) != std::string::npos; ++at) {
    const size_t line_start = r.output.rfind('\n', at) + 1;
    CHECK(r.output.compare(line_start, 7, "content") != 0);
  }
  CHECK_FALSE(fs::exists(s.dir / "public"));
  const Run en = run("build --lang en --site '" + s.dir.string() + "' --now 2020-01-01");
  CHECK(en.output.find("content/notices/a.md:11:12: error: a 居民身份证号码 (2111**********1237) would be "
                       "published") != std::string::npos);
  const Run json = run("check --json --site '" + s.dir.string() + "' --now 2020-01-01");
  CHECK(json.output.find(kValidId) == std::string::npos);
  CHECK(json.output.find(kMobile) == std::string::npos);
}

TEST_CASE("personal data: masked, invalid and declared numbers pass, and withheld documents may hold them",
          "[cli][personal-data]") {
  Site s;
  s.notice("notices/a.md", "",
           "当事人：张某，身份证号2111**********1237，手机138****5678。\n\n"
           "编号211100198503121231不是身份证号（校验位不符）。\n");
  s.notice("notices/b.md", "public_numbers:\n  - {number: 138-1234-5678, reason: 12348公共法律服务热线值班手机}\n",
           std::string("值班电话：") + kMobile + "\n");
  s.notice("notices/c.md", "disclosure_reason: 涉及个人隐私\n", std::string("身份证号") + kValidId + "\n",
           "disclosure: withheld\n");
  const Run r = s.build();
  INFO(r.output);
  CHECK(r.exit_code == 0);
  std::ifstream page(s.dir / "public/notices/b.html");
  const std::string html((std::istreambuf_iterator<char>(page)), std::istreambuf_iterator<char>());
  CHECK(html.find(kMobile) != std::string::npos);
  CHECK_FALSE(fs::exists(s.dir / "public/notices/c.html"));
}

TEST_CASE("personal data: a declared number needs its reason", "[cli][personal-data]") {
  Site s;
  s.notice("notices/b.md", "public_numbers:\n  - {number: 13812345678}\n", "正文\n");
  const Run r = s.build();
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("“public_numbers”中的每个号码都要写“reason”") != std::string::npos);
}
