// End-to-end tests: run the real govsite binary on copies of the sample site and check
// exit codes, what it prints and what it writes.
#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "temp_site.h"
#include "test_files.h"
#include "core/date.h"
#include "core/url.h"

namespace fs = std::filesystem;

TEST_CASE("cli: --version and --help", "[cli]") {
  Run v = run("--version");
  CHECK(v.exit_code == 0);
  CHECK(v.output.find("govsite " GOVSITE_VERSION " (commit ") == 0);
  Run h = run("--help");
  CHECK(h.exit_code == 0);
  CHECK(h.output.find("用法：govsite") != std::string::npos);
  Run en = run("--help --lang en");
  CHECK(en.exit_code == 0);
  CHECK(en.output.find("usage: govsite") != std::string::npos);
}

TEST_CASE("cli: usage errors exit with 2 and say what is wrong", "[cli]") {
  Run unknown = run("publish");
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.output.find("govsite：没有“publish”这个命令\n\n用法：govsite") != std::string::npos);
  CHECK(run("publish --lang en").output.find("govsite: unknown command \"publish\"\n\nusage: govsite") !=
        std::string::npos);
  CHECK(run("build --bogus").exit_code == 2);
  CHECK(run("build --now 2019-13-01").exit_code == 2);
  CHECK(run("build --jobs 0").exit_code == 2);
  CHECK(run("check --out x").exit_code == 2);
  CHECK(run("").exit_code == 2);
}

TEST_CASE("cli: the sample site builds, and policy and interpretation link to each other", "[cli][sample]") {
  SampleSite s;
  Run r = run("build " + s.site() + " --now 2019-12-31");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  CHECK(r.output.find("，错误 0 个，") != std::string::npos);

  const fs::path pub = s.dir / "public";
  const std::string policy = read(pub / "policies/sfj-2019-plan.html");
  const std::string jd = read(pub / "interpretations/sfj-2019-plan-jd.html");
  CHECK(policy.find("href=\"../interpretations/sfj-2019-plan-jd.html\"") != std::string::npos);
  CHECK(jd.find("href=\"../policies/sfj-2019-plan.html\"") != std::string::npos);
  // The expired 2018 points link to the plan that replaced them, and the plan links back.
  const std::string old = read(pub / "policies/sfj-2018-zwgk-points.html");
  CHECK(old.find("href=\"../policies/sfj-2019-plan.html\"") != std::string::npos);
  CHECK(policy.find("href=\"../policies/sfj-2018-zwgk-points.html\"") != std::string::npos);
  // Government meta tags.
  for (const char* tag : {"SiteName", "SiteDomain", "SiteIDCode", "ColumnName", "ArticleTitle", "PubDate",
                          "ContentSource", "Description"})
    CHECK(policy.find(std::string("name=\"") + tag + "\"") != std::string::npos);
  CHECK(policy.find("盘司发〔2019〕12号") != std::string::npos);
  // Nothing non-public anywhere in the output; the ledger in reports/ still has it.
  for (const auto& [rel, bytes] : read_tree(pub)) {
    INFO(rel);
    CHECK(bytes.find("内部资料不得上网") == std::string::npos);
    CHECK(bytes.find("__govsite") == std::string::npos);  // the preview's reload script is serve-only
    CHECK(rel.find("neibu") == std::string::npos);
    CHECK(rel.find("draft") == std::string::npos);
  }
  CHECK(read(s.dir / "reports/ledger.csv").find("sfj-2019-neibu-kaohe") != std::string::npos);
}

TEST_CASE("cli: every internal link of the sample site leads to a file that exists", "[cli][sample]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  const std::regex attr(R"re((?:href|src)="([^"]*)")re");
  size_t checked = 0;
  for (const auto& [rel, bytes] : read_tree(pub)) {
    if (rel.size() < 5 || rel.compare(rel.size() - 5, 5, ".html") != 0) continue;
    for (auto it = std::sregex_iterator(bytes.begin(), bytes.end(), attr); it != std::sregex_iterator(); ++it) {
      std::string url = (*it)[1];
      INFO(rel << " links to \"" << url << "\"");
      CHECK_FALSE(url.empty());
      if (url.empty() || url.find("://") != std::string::npos || url.rfind("mailto:", 0) == 0 ||
          url.rfind("tel:", 0) == 0 || url[0] == '#')
        continue;
      // As a browser does: drop the fragment and query, then percent-decode.
      url = govsite::percent_decode(url.substr(0, url.find_first_of("#?")));
      // The sample site is served from "/" (base_url https://sfj.panjin.gov.cn/).
      fs::path target = url[0] == '/' ? pub / url.substr(1) : (pub / rel).parent_path() / url;
      if (url.empty() || url.back() == '/') target /= "index.html";
      CHECK(fs::exists(target));
      ++checked;
    }
  }
  CHECK(checked > 200);
}

TEST_CASE("cli: attachments, a chart interpretation and an expiring enforcement decision in the sample site",
          "[cli][sample][files]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  const fs::path folder = pub / "policies/sfj-2019-gfxwj-guiding";
  const std::string docx = "附件1-规范性文件备案报告表.docx", xlsx = "附件2-规范性文件台账.xlsx";
  const fs::path src = s.dir / "content/policies/2019/sfj-2019-gfxwj-guiding";
  CHECK(read(folder / docx) == read(src / docx));
  CHECK(read(folder / xlsx) == read(src / xlsx));
  const std::string page = read(pub / "policies/sfj-2019-gfxwj-guiding.html");
  CHECK(page.find("附件1：规范性文件备案报告表") != std::string::npos);
  CHECK(page.find(">DOCX<") != std::string::npos);
  CHECK(page.find(">XLSX<") != std::string::npos);
  CHECK(page.find("1.6 KB") != std::string::npos);  // 1,597 bytes
  // The chart interpretation's image is copied beside it, and the plan lists both interpretations.
  CHECK(fs::exists(pub / "interpretations/sfj-2019-plan-yitu/yitu-2019-plan.svg"));
  const std::string plan = read(pub / "policies/sfj-2019-plan.html");
  CHECK(plan.find("interpretations/sfj-2019-plan-yitu.html") != std::string::npos);
  CHECK(plan.find("图表图解") != std::string::npos);
  // The enforcement decision is shown until the end of its 公示期 (365 days after 2019-09-18,
  // from site.yaml), then withdrawn everywhere (pages, listings, search index, feeds,
  // sitemap, the credit CSV) and reported; next-change names the day.
  CHECK(fs::exists(pub / "enforcement/xzcf-2019-007.html"));
  CHECK(read(pub / "enforcement/xzcf.csv").find("31211100E370453354") != std::string::npos);
  CHECK(run("next-change " + s.site() + " --now 2020-09-01").output.find("2020-09-18") != std::string::npos);
  REQUIRE(run("build " + s.site() + " --now 2020-09-17").exit_code == 0);
  CHECK(fs::exists(pub / "enforcement/xzcf-2019-007.html"));
  REQUIRE(run("build " + s.site() + " --now 2020-09-18").exit_code == 0);
  CHECK_FALSE(fs::exists(pub / "enforcement/xzcf-2019-007.html"));
  CHECK(fs::exists(pub / "enforcement/xzcf-2019-008.html"));  // its 公示期 runs to 2020-09-26
  for (const auto& [rel, bytes] : read_tree(pub)) {
    INFO(rel);
    for (const char* canary : {"xzcf-2019-007", "31211100E370453354", "辽宁盘正律师事务所", "盘司罚决字〔2019〕7号"})
      CHECK(bytes.find(canary) == std::string::npos);
  }
  CHECK(
      read(s.dir / "reports/build.json")
          .find(
              "\"id\":\"xzcf-2019-007\",\"reason_code\":\"expired\",\"reason\":\"已过有效期（2020-09-17 到期，已撤下）\"") !=
      std::string::npos);
}

namespace {

bool shell_ok(const std::string& cmd) { return std::system((cmd + " >/dev/null 2>&1").c_str()) == 0; }

const std::string kSchemas = std::string(GOVSITE_SOURCE_DIR) + "/tests/schemas/";

// Every document page of the output: <section>/<id>/index.html.
std::set<std::string> document_pages(const fs::path& pub) {
  std::set<std::string> pages;
  for (const char* section : {"policies", "interpretations", "consultations", "notices", "services", "progress",
                              "pages", "enforcement", "inspection-plans", "inspection-results"}) {
    if (!fs::exists(pub / section)) continue;
    for (const auto& e : fs::directory_iterator(pub / section)) {
      const std::string name = e.path().filename().string();
      if (e.is_regular_file() && e.path().extension() == ".html" && name.rfind("index", 0) != 0)
        pages.insert(std::string(section) + "/" + name);
    }
  }
  return pages;
}

}  // namespace

TEST_CASE("cli: sitemap.xml validates against the sitemaps.org schema and lists every document", "[cli][outputs]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  CHECK(shell_ok("xmllint --noout --schema " + kSchemas + "sitemap.xsd " + (pub / "sitemap.xml").string()));
  const std::string sitemap = read(pub / "sitemap.xml");
  for (const auto& page : document_pages(pub)) {
    INFO(page);
    CHECK(sitemap.find("<loc>https://sfj.panjin.gov.cn/" + page + "</loc><lastmod>") != std::string::npos);
  }
  CHECK(sitemap.find("neibu") == std::string::npos);
  CHECK(read(pub / "robots.txt").find("Sitemap: https://sfj.panjin.gov.cn/sitemap.xml") != std::string::npos);
  for (const char* feed : {"feeds/policies.xml", "feeds/interpretations.xml"}) {
    INFO(feed);
    CHECK(shell_ok("xmllint --noout " + (pub / feed).string()));
  }
  CHECK(read(pub / "feeds/policies.xml").find("<title>盘锦市司法局行政规范性文件制定和备案管理办法</title>") !=
        std::string::npos);
}

TEST_CASE("cli: past sitemap_max_urls the sitemap becomes an index of valid parts", "[cli][outputs]") {
  SampleSite s;
  std::ofstream(s.dir / "site.yaml", std::ios::app) << "\nsitemap_max_urls: 10\n";
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  CHECK(shell_ok("xmllint --noout --schema " + kSchemas + "siteindex.xsd " + (pub / "sitemap.xml").string()));
  const std::string index = read(pub / "sitemap.xml");
  size_t parts = 0, urls = 0;
  for (int k = 1; fs::exists(pub / ("sitemap-" + std::to_string(k) + ".xml")); ++k) {
    const fs::path part = pub / ("sitemap-" + std::to_string(k) + ".xml");
    INFO(part.string());
    CHECK(shell_ok("xmllint --noout --schema " + kSchemas + "sitemap.xsd " + part.string()));
    CHECK(index.find("<loc>https://sfj.panjin.gov.cn/sitemap-" + std::to_string(k) + ".xml</loc>") !=
          std::string::npos);
    const std::string xml = read(part);
    size_t n = 0;
    for (size_t at = xml.find("<url>"); at != std::string::npos; at = xml.find("<url>", at + 1)) ++n;
    CHECK(n <= 10);
    urls += n;
    ++parts;
  }
  CHECK(parts >= 3);
  CHECK(urls >= document_pages(pub).size());
}

TEST_CASE("cli: the catalog lists every public document and nothing else", "[cli][outputs]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  const std::string json = read(pub / "catalog.json");
  const std::string csv = read(pub / "catalog.csv");
  const std::string html = read(pub / "xxgk/ml/index.html");
  const auto pages = document_pages(pub);
  CHECK(pages.size() == 20);
  size_t entries = 0;
  for (size_t at = json.find("\"url\":"); at != std::string::npos; at = json.find("\"url\":", at + 1)) ++entries;
  CHECK(entries == pages.size());
  for (const auto& page : pages) {
    INFO(page);
    CHECK(json.find("\"url\":\"https://sfj.panjin.gov.cn/" + page + "\"") != std::string::npos);
    CHECK(csv.find("https://sfj.panjin.gov.cn/" + page + "\r\n") != std::string::npos);
    CHECK(html.find("href=\"../../" + page + "\"") != std::string::npos);
  }
  // 条例第十二条: 索引, 名称, 内容概述, 生成日期; and 发布日期, 发布机构. Every row has all six.
  CHECK(csv.rfind("\xEF\xBB\xBF类别,索引号,名称,内容概述,生成日期,发布日期,发布机构,发文字号,网址\r\n", 0) == 0);
  CHECK(csv.find("2111000046/2019-00012,市司法局2019年政务公开工作实施方案,为贯彻落实") != std::string::npos);
  CHECK(csv.find(",2019-08-12,2019-08-12,盘锦市司法局,盘司发〔2019〕12号,") != std::string::npos);
  const std::regex row(
      R"re(<tr>\s*<td class="catalog__index">([^<]+)</td>\s*<th scope="row" class="catalog__name"><a href="[^"]+">[^<]+</a>(?:<span class="catalog__no">[^<]*</span>)?</th>\s*<td class="catalog__summary">([^<]+)</td>\s*<td class="catalog__date"><time datetime="(\d{4}-\d\d-\d\d)">[^<]+</time></td>\s*<td class="catalog__date"><time datetime="(\d{4}-\d\d-\d\d)">[^<]+</time></td>\s*<td class="catalog__publisher">([^<]+)</td>)re");
  size_t rows = 0;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row); it != std::sregex_iterator(); ++it) ++rows;
  CHECK(rows == pages.size());
  size_t json_summaries = 0;
  for (size_t at = json.find("\"summary\":\""); at != std::string::npos; at = json.find("\"summary\":\"", at + 1))
    json_summaries += json.compare(at + 11, 1, "\"") != 0;  // not empty
  CHECK(json_summaries == pages.size());
  CHECK(json.find("\"index_no\":\"\"") == std::string::npos);
  for (const std::string& text : {json, csv, html}) {
    CHECK(text.find("neibu") == std::string::npos);
    CHECK(text.find("draft") == std::string::npos);
  }
}

TEST_CASE("cli: a visitor reaches every document from the home page by following links", "[cli][outputs]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path pub = s.dir / "public";
  const std::regex href(R"re(href="([^"#?]*)[^"]*")re");
  std::set<std::string> seen{"index.html"};
  std::vector<std::string> queue{"index.html"};
  while (!queue.empty()) {
    const std::string page = queue.back();
    queue.pop_back();
    const std::string html = read(pub / page);
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it) {
      std::string url = govsite::percent_decode((*it)[1].str());
      if (url.empty() || url.find("://") != std::string::npos || url.rfind("mailto:", 0) == 0 || url[0] == '/')
        continue;
      fs::path target = ((pub / page).parent_path() / url).lexically_normal();
      if (url.back() == '/' || fs::is_directory(target)) target /= "index.html";
      const std::string rel = target.lexically_relative(pub).generic_string();
      if (rel.size() > 5 && rel.compare(rel.size() - 5, 5, ".html") == 0 && fs::exists(target) &&
          seen.insert(rel).second)
        queue.push_back(rel);
    }
  }
  for (const auto& page : document_pages(pub)) {
    INFO(page);
    CHECK(seen.count(page) == 1);
  }
  for (const char* page :
       {"xxgk/index.html", "xxgk/ml/index.html", "hdjl/index.html", "pages/ysqgk.html", "sitemap/index.html",
        "search/index.html", "topics/index.html", "issuers/index.html", "years/index.html", "columns/index.html"}) {
    INFO(page);
    CHECK(seen.count(page) == 1);
  }
  CHECK(fs::exists(pub / "404.html"));
}

TEST_CASE("cli: listings are paginated by listing_page_size and every document sits on one page", "[cli][outputs]") {
  SampleSite s;
  std::string yaml = read(s.dir / "site.yaml");
  const size_t at = yaml.find("listing_page_size: 20");
  REQUIRE(at != std::string::npos);
  yaml.replace(at, 21, "listing_page_size: 5");
  std::ofstream(s.dir / "site.yaml") << yaml;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const fs::path years = s.dir / "public/years/2019";
  REQUIRE(fs::exists(years / "index_2.html"));
  REQUIRE(fs::exists(years / "index_3.html"));
  CHECK_FALSE(fs::exists(years / "index_4.html"));
  const std::string first = read(years / "index.html"), second = read(years / "index_2.html");
  CHECK(first.find("href=\"../../years/2019/index_2.html\"") != std::string::npos);
  CHECK(second.find("href=\"../../years/2019/\"") != std::string::npos);  // 上一页 and page 1
  CHECK(second.find("（第2页）") != std::string::npos);
  const std::regex doc_link(R"re(class="doc-list__title" href="\.\./\.\./([a-z-]+/[a-z0-9-]+\.html)")re");
  std::map<std::string, int> seen;
  for (const char* page : {"index.html", "index_2.html", "index_3.html"}) {
    const std::string html = read(years / page);
    size_t on_page = 0;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), doc_link); it != std::sregex_iterator();
         ++it, ++on_page)
      ++seen[(*it)[1]];
    CHECK(on_page <= 5);
  }
  CHECK(seen.size() == 14);  // the 2019 documents; pages (机构职能 …) are not listed by year
  for (const auto& [doc, times] : seen) {
    INFO(doc);
    CHECK(times == 1);
  }
}

TEST_CASE("cli: two builds of the same input are byte-identical", "[cli][sample]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31 --jobs 2").exit_code == 0);
  const auto first = read_tree(s.dir / "public");
  REQUIRE(run("build " + s.site() + " --now 2019-12-31 --jobs 1").exit_code == 0);
  CHECK(read_tree(s.dir / "public") == first);
  CHECK(first.size() > 10);
}

TEST_CASE("cli: SOURCE_DATE_EPOCH sets the build date", "[cli][sample]") {
  SampleSite s;
  // 1577750400 is 2019-12-31: the consultation (2019-08-15 … 2019-09-14) has closed.
  std::string cmd = "SOURCE_DATE_EPOCH=1577750400 " + std::string(GOVSITE_BINARY) + " build " + s.site() +
                    " >/dev/null 2>&1";
  REQUIRE(std::system(cmd.c_str()) == 0);
  CHECK(read(s.dir / "reports/build.json").find("\"build_date\":\"2019-12-31\"") != std::string::npos);
  CHECK(read(s.dir / "public/consultations/zqyj-2019-gfxwj.html").find("已结束") != std::string::npos);
}

TEST_CASE("cli: a failed build reports file:line and leaves the previous site untouched", "[cli][atomic]") {
  SampleSite s;
  REQUIRE(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  const auto before = read_tree(s.dir / "public");

  std::ofstream(s.dir / "content/notices/broken.md")
      << "---\ntitle: 坏文件\ntype: notice\npublished: 2019-13-45\ndisclosure: public\n---\n见[不存在](no-such-id)。\n";
  Run r = run("build " + s.site() + " --now 2019-12-31");
  INFO(r.output);
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("content/notices/broken.md:4:12: error: “published”应为日期") != std::string::npos);
  CHECK(r.output.find("    published: 2019-13-45\n               ^\n") != std::string::npos);
  CHECK(r.output.find("govsite：构建失败，网站保持上一次的内容不变") != std::string::npos);
  CHECK(read_tree(s.dir / "public") == before);
}

TEST_CASE("cli: check writes only the inspection report and --json prints one object per diagnostic", "[cli]") {
  SampleSite s;
  std::ofstream(s.dir / "content/notices/broken.md") << "---\ntitle: 坏文件\ntype: notice\ndisclosure: secret\n---\n";
  Run r = run("check " + s.site() + " --json");
  CHECK(r.exit_code == 1);
  CHECK_FALSE(fs::exists(s.dir / "public"));
  std::vector<std::string> reports;
  for (const auto& entry : fs::directory_iterator(s.dir / "reports"))
    reports.push_back(entry.path().filename().string());
  std::sort(reports.begin(), reports.end());
  CHECK(reports == std::vector<std::string>{"inspection.html", "inspection.json"});
  CHECK(r.output.find("{\"file\":\"" + s.dir.string() +
                      "/content/notices/broken.md\",\"line\":4,\"column\":1,"
                      "\"severity\":\"error\",\"code\":\"bad-value\"") != std::string::npos);
  CHECK(r.output.find("{\"summary\":{") != std::string::npos);
  // Every line is a JSON object with the six fields (checked with Python's json module).
  std::ofstream(s.dir / "out.jsonl") << r.output;
  const std::string py =
      "import json,sys\n"
      "for line in open(sys.argv[1], encoding='utf-8'):\n"
      "    o = json.loads(line)\n"
      "    assert 'summary' in o or set(o) == {'file','line','column','severity','code','message'}, o\n";
  std::ofstream(s.dir / "check.py") << py;
  CHECK(std::system(("python3 " + (s.dir / "check.py").string() + " " + (s.dir / "out.jsonl").string()).c_str()) == 0);
}

TEST_CASE("cli: an output folder that cannot be written is an I/O error (exit 3)", "[cli]") {
  SampleSite s;
  Run r = run("build " + s.site() + " --now 2019-12-31 --out /proc/govsite-cannot-write");
  CHECK(r.exit_code == 3);
}

TEST_CASE("cli: a site without themes/ builds with the built-in default theme", "[cli]") {
  SampleSite s;
  fs::remove_all(s.dir / "themes");
  Run r = run("build " + s.site() + " --now 2019-12-31");
  INFO(r.output);
  REQUIRE(r.exit_code == 0);
  const std::string policy = read(s.dir / "public/policies/sfj-2019-plan.html");
  CHECK(policy.find("相关解读") != std::string::npos);
  bool css = false;
  for (const auto& e : fs::directory_iterator(s.dir / "public/css")) css = css || e.path().extension() == ".css";
  CHECK(css);
}

TEST_CASE("cli: every invalid fixture site fails check and build with exit code 1", "[cli][rules]") {
  size_t fixtures = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(GOVSITE_SOURCE_DIR) / "tests/sites")) {
    if (entry.path().filename().string().rfind("err-", 0) != 0) continue;
    ++fixtures;
    const std::string now = read(entry.path() / "now").substr(0, 10);
    const std::string expected = read(entry.path() / "expected_diagnostics.txt");
    const std::string first_error = expected.substr(0, expected.find('\n'));
    INFO(entry.path().string());
    // Work on a copy: the build writes reports/ into the site folder.
    const TempFolder work("fixture");
    const fs::path site = work.dir / "site";
    fs::copy(entry.path(), site, fs::copy_options::recursive | fs::copy_options::copy_symlinks);
    Run check = run("check --site " + site.string() + " --now " + now);
    CHECK(check.exit_code == 1);
    // The binary prints the same diagnostics, with the site folder before each path.
    const bool has_path = first_error.rfind("govsite:", 0) != 0;
    CHECK(check.output.find(has_path ? site.string() + "/" + first_error : first_error) != std::string::npos);
    Run build = run("build --site " + site.string() + " --now " + now);
    CHECK(build.exit_code == 1);
    CHECK_FALSE(fs::exists(site / "public"));
    CHECK(fs::exists(site / "reports/build.json"));
  }
  CHECK(fixtures >= 8);
}

TEST_CASE("cli: the output folder can never be the site or what the build reads", "[cli]") {
  SampleSite s;
  for (const std::string out : {".", "..", "content", "content/public", "themes/default", "reports", "data"}) {
    INFO(out);
    Run r = run("build " + s.site() + " --now 2019-12-31 --out " + (s.dir / out).string());
    CHECK(r.exit_code == 2);
    CHECK(r.output.find("govsite：不能把网站写到 ") != std::string::npos);
  }
  CHECK(fs::exists(s.dir / "content/policies/2019/sfj-2019-plan.md"));
  CHECK(fs::exists(s.dir / "themes/default/scss/site.scss"));
  // A folder govsite did not write is never replaced: a mistyped --out deletes nothing.
  fs::create_directories(s.dir / "notes");
  std::ofstream(s.dir / "notes/thesis.txt") << "不能删";
  Run r = run("build " + s.site() + " --now 2019-12-31 --out " + (s.dir / "notes").string());
  CHECK(r.exit_code == 2);
  CHECK(r.output.find("它是一个不由 govsite 写出的文件夹（里面没有 .govsite-output）") != std::string::npos);
  CHECK(fs::exists(s.dir / "notes/thesis.txt"));
  // Nor is a file, or a link to one: the site never takes its place.
  std::ofstream(s.dir / "notes.txt") << "不能删";
  fs::create_symlink(s.dir / "notes.txt", s.dir / "notes-link");
  for (const char* file : {"notes.txt", "notes-link"}) {
    INFO(file);
    Run f = run("build " + s.site() + " --now 2019-12-31 --out " + (s.dir / file).string());
    CHECK(f.exit_code == 2);
    CHECK(f.output.find("它已经存在，而且不是文件夹") != std::string::npos);
    CHECK(read(s.dir / file) == "不能删");
  }
  CHECK(fs::is_symlink(s.dir / "notes-link"));
  // …while its own output folder, and an empty one, are replaced as usual.
  CHECK(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  CHECK(run("build " + s.site() + " --now 2019-12-31").exit_code == 0);
  fs::create_directories(s.dir / "empty");
  CHECK(run("build " + s.site() + " --now 2019-12-31 --out " + (s.dir / "empty").string()).exit_code == 0);
}

TEST_CASE("cli: next-change names each date the output changes, and the output changes exactly then",
          "[cli][schedule]") {
  const std::string site = std::string(GOVSITE_SOURCE_DIR) + "/tests/schedule/site";
  // Walk next-change from 2019-12-01: each answer is the next date.
  std::vector<std::string> dates;
  std::string now = "2019-12-01";
  for (int guard = 0; guard < 20; ++guard) {
    Run r = run("next-change --site " + site + " --now " + now);
    REQUIRE(r.exit_code == 0);
    if (r.output == "none\n") break;
    now = r.output.substr(0, 10);
    dates.push_back(now);
  }
  // 2019-12-25 and later dates without a document change: a column or the home page turns
  // stale in its tier (2 weeks, 6 months for 通知公告 and 政策文件, a year for 征求意见).
  CHECK(dates == std::vector<std::string>{"2019-12-05", "2019-12-10", "2019-12-21", "2019-12-25", "2020-01-05",
                                          "2020-01-10", "2020-01-25", "2020-06-11", "2020-07-11", "2020-11-02"});
  CHECK(run("next-change --site " + site + " --now 2019-12-21").output.find("home-stale") != std::string::npos);
  CHECK(run("next-change --site " + site + " --now 2020-05-01").output ==
        "2020-06-11\n  column-stale         " + site +
            "/content/d.md: 栏目“通知公告”将超期未更新"
            "（通知公告、政策文件类（6个月内更新）；最近更新 2019-12-10）\n");
  CHECK(run("next-change --lang en --site " + site + " --now 2020-05-01").output ==
        "2020-06-11\n  column-stale         " + site +
            "/content/d.md: the section \"通知公告\" becomes stale "
            "(通知公告、政策文件类（6个月内更新）; last updated 2019-12-10)\n");
  Run first = run("next-change --site " + site + " --now 2019-12-01");
  CHECK(first.output.find("consultation-opens") != std::string::npos);
  Run json = run("next-change --site " + site + " --now 2020-01-05 --json");
  CHECK(json.output ==
        "{\"now\":\"2020-01-05\",\"next\":\"2020-01-10\",\"changes\":[{\"date\":\"2020-01-10\","
        "\"kind\":\"publish\",\"file\":\"content/a.md\",\"description\":\"发布“定时发布的政策”\"}]}\n");
  CHECK(run("next-change --site " + site + " --now 2020-11-02 --json").output.find("\"next\":null") !=
        std::string::npos);

  // Build the site on every day of the period: the site changes on exactly those dates
  // (the site map's lastmod and the consultation's state included), and never between;
  // the stale column of 2019-12-25 changes the build's warnings instead.
  const TempFolder temp("schedule");
  const fs::path& work = temp.dir;
  fs::copy(site, work / "site", fs::copy_options::recursive);
  std::vector<std::string> changed;
  std::map<std::string, std::string> previous;
  for (long day = govsite::Date{2019, 12, 1}.days_since_epoch(); day <= govsite::Date{2020, 1, 12}.days_since_epoch();
       ++day) {
    const std::string date = govsite::Date::from_days(day).str();
    Run r = run("build --site " + (work / "site").string() + " --now " + date);
    REQUIRE(r.exit_code == 0);
    CHECK((r.output.find("stale-column") != std::string::npos || r.output.find("将超期未更新") != std::string::npos ||
           r.output.find("最近一次更新是") != std::string::npos) == (date >= "2019-12-25"));
    auto tree = read_tree(work / "site/public");
    if (!previous.empty() && tree != previous) changed.push_back(date);
    previous = std::move(tree);
  }
  std::vector<std::string> site_dates;
  for (const auto& d : dates)
    if (d != "2019-12-25" && d <= "2020-01-12") site_dates.push_back(d);
  CHECK(changed == site_dates);
}

TEST_CASE("cli: a document dated tomorrow is absent today and present tomorrow", "[cli][schedule]") {
  const TempFolder temp("schedule");
  const fs::path& work = temp.dir;
  fs::copy(std::string(GOVSITE_SOURCE_DIR) + "/tests/schedule/site", work / "site", fs::copy_options::recursive);
  const std::string site = " --site " + (work / "site").string();
  REQUIRE(run("build" + site + " --now 2020-01-09").exit_code == 0);
  CHECK_FALSE(fs::exists(work / "site/public/policies/a"));
  CHECK(read(work / "site/reports/build.json")
            .find("\"id\":\"a\",\"reason_code\":\"scheduled\",\"reason\":\"未到发布日期（定于 2020-01-10 发布）\"") !=
        std::string::npos);
  REQUIRE(run("build" + site + " --now 2020-01-10").exit_code == 0);
  CHECK(fs::exists(work / "site/public/policies/a.html"));
}

TEST_CASE("cli: new writes a document check accepts, and never overwrites", "[cli][new]") {
  SampleSite s;
  Run made = run("new policy \"Open Data Rules\" --now 2026-11-27" + std::string(" ") + s.site());
  INFO(made.output);
  REQUIRE(made.exit_code == 0);
  const fs::path file = s.dir / "content/policies/2026/open-data-rules.md";
  REQUIRE(fs::exists(file));
  const std::string text = read(file);
  CHECK(text.find("index_no: 112111001234567886/2026-00001") != std::string::npos);  // the year's next free 索引号
  CHECK(text.find("draft: true") != std::string::npos);
  int serial = 1;
  for (const char* type : {"interpretation", "consultation", "notice", "service", "progress", "page"}) {
    INFO(type);
    CHECK(run(std::string("new ") + type + " \"测试\" --id new-" + type + " --now 2026-11-27 " + s.site()).exit_code ==
          0);
    // Every type gets the next free 索引号.
    const std::string t = type;
    const std::string folder = t == "progress" ? "progress" : t + "s";
    const bool dated = t != "service" && t != "page";
    const std::string made_text = read(s.dir / "content" / folder /
                                       (dated ? "2026/new-" + t + ".md" : "new-" + t + ".md"));
    char expected[64];
    std::snprintf(expected, sizeof expected, "index_no: 112111001234567886/2026-%05d", ++serial);
    CHECK(made_text.find(expected) != std::string::npos);
  }
  Run check = run("check " + s.site() + " --now 2026-11-27");
  INFO(check.output);
  CHECK(check.exit_code == 0);
  CHECK(check.output.find("，错误 0 个，") != std::string::npos);

  const std::string before = read(file);
  Run again = run("new policy \"Open Data Rules\" --now 2026-11-27 " + s.site());
  CHECK(again.exit_code != 0);
  CHECK(again.output.find("id“open-data-rules”已被 content/policies/2026/open-data-rules.md 使用") !=
        std::string::npos);
  CHECK(read(file) == before);
  Run chinese = run("new notice \"关于做好2026年政务公开工作的通知\" --now 2026-11-27 " + s.site());
  CHECK(chinese.exit_code == 0);  // numbered (new_test.cpp)
  CHECK(chinese.output.find("id 自动编为 notice-2026-001") != std::string::npos);
  CHECK(run("new memo \"x\" --id x " + s.site()).exit_code == 2);
}

TEST_CASE("cli: --quiet prints only errors and --json prints diagnostics and a summary", "[cli]") {
  SampleSite s;
  Run quiet = run("build " + s.site() + " --now 2019-12-31 --quiet");  // the sample site has warnings on that date
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.output.empty());
  Run normal = run("build " + s.site() + " --now 2019-12-31");
  CHECK(normal.output.find("warning:") != std::string::npos);
  CHECK(normal.output.find("govsite build：文档 24 篇，已发布 20 篇") != std::string::npos);
  Run json = run("build " + s.site() + " --now 2019-12-31 --json");
  CHECK(json.output.find("\"severity\":\"warning\",\"code\":\"stale-column\"") != std::string::npos);
  CHECK(json.output.find("{\"summary\":{\"documents\":24,\"published\":20,") != std::string::npos);
}

TEST_CASE("cli: a missing site.yaml is explained", "[cli]") {
  Run r = run("build --site /nonexistent-govsite-site");
  CHECK(r.exit_code == 1);
  CHECK(r.output.find("无法读取 site.yaml（") != std::string::npos);
}
