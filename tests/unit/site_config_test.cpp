#include <catch2/catch.hpp>

#include "config/site_config.h"

using namespace govsite;

namespace {
const char* kMinimal =
    "title: 盘锦市司法局\n"
    "base_url: https://sfj.panjin.gov.cn\n"
    "organization: 盘锦市司法局\n"
    "site_code: \"2111000046\"\n"
    "icp: 辽ICP备2023000267号-1\n"
    "psb: 辽公网安备21112302000034号\n"
    "index_prefix: \"112111001234567886\"\n"
    "conac_url: https://bszs.conac.cn/sitename?method=show&id=0000000000000000\n"
    "interaction:\n"
    "  - {title: 局长信箱, url: \"https://www.panjin.gov.cn/hdjl/\"}\n";
}

TEST_CASE("site.yaml: the required keys alone build a config with defaults", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config(kMinimal, "site.yaml", diags);
  REQUIRE(c);
  CHECK_FALSE(diags.has_errors());
  CHECK(c->base_url == "https://sfj.panjin.gov.cn/");
  CHECK(c->host() == "sfj.panjin.gov.cn");
  CHECK(c->copyright == "盘锦市司法局");  // defaults to organization
  CHECK(c->language == "zh-CN");
  CHECK(c->theme == "default");
  CHECK(c->interpretation_grace_workdays == 3);
  CHECK_FALSE(c->require_interpretation);
  CHECK(c->deploy.server_name == "sfj.panjin.gov.cn");
}

TEST_CASE("site.yaml: columns, switches and unknown keys", "[config]") {
  Diagnostics diags;
  std::string text = std::string(kMinimal) +
                     "columns:\n  - {id: zwgk-zdgz, title: 政务公开重点工作, kind: policy}\n"
                     "require_interpretation: true\ninterpretation_grace_days: 5\nweibo: 盘锦司法\n";
  auto c = parse_site_config(text, "site.yaml", diags);
  REQUIRE(c);
  REQUIRE(c->columns.size() == 1);
  CHECK(c->column("zwgk-zdgz")->title == "政务公开重点工作");
  CHECK(c->require_interpretation);
  CHECK(c->interpretation_grace_workdays == 5);
  REQUIRE(c->params.get("weibo"));
  CHECK(c->params.get("weibo")->as_string() == "盘锦司法");
}

TEST_CASE("site.yaml: an unknown top-level key is a theme's parameter, warned of when it is a near miss", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config(std::string(kMinimal) +
                                 "weibo: 盘锦司法\nfeed_szie: 30\n"
                                 "deploy: {root: /srv/www, keep_relases: 3}\n",
                             "site.yaml", diags);
  REQUIRE(c);
  std::vector<std::string> warnings;
  for (const auto& d : diags.sorted()) warnings.push_back(std::to_string(d.line) + " " + d.code + " " + d.message);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].rfind("12 unknown-key ", 0) == 0);  // feed_szie: did you mean feed_size
  CHECK(warnings[0].find("feed_size") != std::string::npos);
  CHECK(warnings[1].rfind("13 unknown-key ", 0) == 0);  // deploy's keys are fixed
  CHECK(warnings[1].find("keep_releases") != std::string::npos);
  // Both top-level keys reach the templates, the near miss too (a theme may mean it).
  REQUIRE(c->params.get("weibo"));
  CHECK(c->params.get("weibo")->as_string() == "盘锦司法");
  REQUIRE(c->params.get("feed_szie"));
  CHECK_FALSE(c->params.get("keep_relases"));
  CHECK(c->feed_size == 20);
}

TEST_CASE("site.yaml: every missing or malformed key is reported with its line", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config(
      "title: x\nbase_url: ftp://example\norganization: y\nsite_code: 12345\nrequire_interpretation: yes\n",
      "site.yaml", diags);
  CHECK_FALSE(c);
  auto all = diags.sorted();
  auto has = [&](int line, const std::string& text) {
    for (const auto& d : all)
      if (d.line == line && d.message.find(text) != std::string::npos) return true;
    return false;
  };
  CHECK(has(2, "base_url"));
  CHECK(has(4, "应为10位数字，部委网站为“bm”加8位数字"));
  CHECK(has(1, "缺少“interaction”"));
  CHECK(has(1, "缺少必填项“conac_url”"));
  CHECK(has(1, "缺少必填项“index_prefix”"));
  CHECK(has(5, "只能写 true（是）或 false（否）"));
  CHECK(has(1, "缺少必填项“icp”"));  // missing keys point at the top of the file
  CHECK(has(1, "缺少必填项“psb”"));
}

TEST_CASE("site.yaml: a YAML syntax error names the line", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config("title: x\ncolumns: [a, b\n", "site.yaml", diags);
  CHECK_FALSE(c);
  auto all = diags.sorted();
  REQUIRE(all.size() == 1);
  CHECK(all[0].code == "yaml-unclosed-list");  // site.yaml goes through the same pre-checks
  CHECK(all[0].line == 2);
  CHECK(all[0].column == 10);
  Diagnostics other;
  CHECK_FALSE(parse_site_config("title: x\ncolumns: a: b\n", "site.yaml", other));
  REQUIRE(other.sorted().size() == 1);
  CHECK(other.sorted()[0].code == "yaml-syntax");
  CHECK(other.sorted()[0].line == 2);
}

namespace {
// kMinimal with one line replaced (by its key) or removed (empty `line`).
std::string minimal_with(const std::string& key, const std::string& line) {
  std::string text = kMinimal;
  const size_t at = text.find(key + ":");
  if (at == std::string::npos) return text + line + "\n";
  size_t end = text.find('\n', at);
  // interaction's list items belong to it
  while (end + 1 < text.size() && text.compare(end + 1, 2, "  ") == 0) end = text.find('\n', end + 1);
  return text.substr(0, at) + (line.empty() ? "" : line + "\n") + text.substr(end + 1);
}

std::vector<Diagnostic> errors_of(const std::string& text) {
  Diagnostics diags;
  parse_site_config(text, "site.yaml", diags);
  std::vector<Diagnostic> errors;
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::error) errors.push_back(d);
  return errors;
}
}  // namespace

TEST_CASE("site.yaml: the national inspection's keys", "[config]") {
  Diagnostics diags;
  auto c = parse_site_config(std::string(kMinimal) +
                                 "earlier_index_prefixes: [\"2111000046\"]\n"
                                 "index_required_from: 2020-01-01\napplication_url: https://www.panjin.gov.cn/ysqgk/\n"
                                 "disclosure_none: [fees, procurement]\n",
                             "site.yaml", diags);
  REQUIRE(c);
  CHECK_FALSE(diags.has_errors());
  CHECK(c->index_prefix == "112111001234567886");
  CHECK(c->is_index_prefix("112111001234567886"));
  CHECK(c->is_index_prefix("2111000046"));
  CHECK_FALSE(c->is_index_prefix("000014349"));
  CHECK(c->index_required_from->str() == "2020-01-01");
  REQUIRE(c->interaction.size() == 1);
  CHECK(c->interaction[0].title == "局长信箱");
  CHECK(c->disclosure_none == std::vector<std::string>{"fees", "procurement"});
  auto unknown = errors_of(std::string(kMinimal) + "disclosure_none: [fees, budgets]\n");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].message.find("“disclosure_none”中的“budgets”不是《条例》第二十条规定的类别") != std::string::npos);
}

TEST_CASE("site.yaml: without interaction the site fails 19号文's single-veto rule", "[config]") {
  auto errors = errors_of(minimal_with("interaction", ""));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].code == "missing-interaction");
  CHECK(errors[0].line == 1);
  CHECK(errors[0].message.find("单项否决") != std::string::npos);
  CHECK(errors[0].message.find("未提供网上有效咨询建言渠道") != std::string::npos);
  CHECK(errors_of(minimal_with("interaction", "interaction: []"))[0].code == "missing-interaction");
  CHECK(errors_of(minimal_with("interaction", "interaction:\n  - {title: 信箱, url: mailto:a@b.cn}"))[0].message.find(
            "https://") != std::string::npos);
}

TEST_CASE("site.yaml: conac_url is required and points at bszs.conac.cn", "[config]") {
  auto missing = errors_of(minimal_with("conac_url", ""));
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].message.find("“conac_url”") != std::string::npos);
  auto elsewhere = errors_of(minimal_with("conac_url", "conac_url: https://example.com/x"));
  REQUIRE(elsewhere.size() == 1);
  CHECK(elsewhere[0].message.find("bszs.conac.cn") != std::string::npos);
}

TEST_CASE("site.yaml: site_code takes 10 digits or a ministry's bm and 8 digits", "[config]") {
  CHECK(errors_of(minimal_with("site_code", "site_code: \"bm07000001\"")).empty());
  CHECK(errors_of(minimal_with("site_code", "site_code: \"2111000046\"")).empty());
  CHECK(errors_of(minimal_with("site_code", "site_code: \"bm0700001\"")).size() == 1);
  CHECK(errors_of(minimal_with("site_code", "site_code: \"BM07000001\"")).size() == 1);
}

TEST_CASE("site.yaml: index_prefix's check character is verified", "[config]") {
  // Real codes: 国务院办公厅 000014349 (索引号 000014349/2017-00110), 秦皇岛市司法局 000357851,
  // 11500236008658157Y and 91512081MA62K0260E.
  for (const char* good : {"000014349", "000357851", "11500236008658157Y", "91512081MA62K0260E"})
    CHECK(errors_of(minimal_with("index_prefix", std::string("index_prefix: \"") + good + "\"")).empty());
  auto wrong9 = errors_of(minimal_with("index_prefix", "index_prefix: \"000014348\""));
  REQUIRE(wrong9.size() == 1);
  CHECK(wrong9[0].code == "bad-index-prefix");
  CHECK(wrong9[0].message.find("按 GB 11714，00001434 的校验码应为 9，这里是 8") != std::string::npos);
  auto wrong18 = errors_of(minimal_with("index_prefix", "index_prefix: \"91350100M000100Y4Z\""));
  REQUIRE(wrong18.size() == 1);
  CHECK(wrong18[0].message.find("的校验码应为 3") != std::string::npos);
  CHECK(errors_of(minimal_with("index_prefix", "index_prefix: \"12345\""))[0].message.find("9位的组织机构代码") !=
        std::string::npos);
  CHECK(errors_of(minimal_with("index_prefix", "index_prefix: \"00001434I\""))[0].code == "bad-index-prefix");
  CHECK(errors_of(minimal_with("index_prefix", ""))[0].message.find("index_prefix") != std::string::npos);
  // The 网站标识码 as prefix (older sites): allowed, with a warning.
  Diagnostics diags;
  CHECK(parse_site_config(minimal_with("index_prefix", "index_prefix: \"2111000046\""), "site.yaml", diags));
  REQUIRE(diags.sorted().size() == 1);
  CHECK(diags.sorted()[0].code == "legacy-index-prefix");
}

namespace {
// The errors of site.yaml `text`, as "line: message".
std::vector<std::string> error_lines_of(const std::string& text) {
  Diagnostics diags;
  parse_site_config(text, "site.yaml", diags);
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(std::to_string(d.line) + ": " + d.message);
  return out;
}

}  // namespace

TEST_CASE("site.yaml: deploy.server_name is one host name, never a path or an nginx pattern", "[config]") {
  for (const char* name : {"../../escaped", "~.", "*.gov.cn", "a..b", "sfj.panjin.gov.cn/x", "司法局.cn", "-x.cn"}) {
    INFO(name);
    const auto errors = error_lines_of(std::string(kMinimal) + "deploy:\n  server_name: \"" + name + "\"\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("12: “deploy.server_name”写的“" + std::string(name) + "”不是主机名", 0) == 0);
  }
  Diagnostics diags;
  auto c = parse_site_config(std::string(kMinimal) + "deploy:\n  server_name: xn--fiqs8s.example.cn\n", "site.yaml",
                             diags);
  REQUIRE(c);
  CHECK(c->deploy.server_name == "xn--fiqs8s.example.cn");
  // Taken from base_url, the host is checked too, on base_url's line.
  const auto errors = error_lines_of(minimal_with("base_url", "base_url: https://[::1]/"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].rfind("2: “base_url”中的主机名", 0) == 0);
}

TEST_CASE("site.yaml: links for visitors must be http:// or https:// addresses", "[config]") {
  for (const char* url : {"javascript:alert(1)", "data:text/html,x", "//evil.example/", "vbscript:x", "/local"}) {
    INFO(url);
    const auto conac = error_lines_of(minimal_with("conac_url", std::string("conac_url: \"") + url + "\""));
    REQUIRE(conac.size() == 1);
    CHECK(conac[0].find("bszs.conac.cn") != std::string::npos);
    const auto channel = error_lines_of(
        minimal_with("interaction", std::string("interaction:\n  - {title: 信箱, url: \"") + url + "\"}"));
    REQUIRE(channel.size() == 1);
    CHECK(channel[0].find("https://") != std::string::npos);
    const auto apply = error_lines_of(std::string(kMinimal) + "application_url: \"" + url + "\"\n");
    REQUIRE(apply.size() == 1);
  }
}

TEST_CASE("site.yaml: control characters from YAML escapes are refused with the line", "[config]") {
  const auto errors = error_lines_of(std::string(kMinimal) + "phone: \"0427-\\x01123\"\n");
  REQUIRE(errors.size() == 1);
  CHECK(
      errors[0] ==
      "11: “phone”的文字中有控制字符 U+0001（从 Word 等软件复制文字时常会带进来，也可能来自“\\x01”这样的转义写法），网页和订阅无法显示它，请删除");
}
