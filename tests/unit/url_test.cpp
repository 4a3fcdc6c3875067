#include <catch2/catch.hpp>

#include "core/url.h"

using namespace govsite;

TEST_CASE("url: Chinese file names are percent-encoded per byte, slashes kept", "[url]") {
  CHECK(percent_encode_path("附件/表 1.xlsx") == "%E9%99%84%E4%BB%B6/%E8%A1%A8%201.xlsx");
  CHECK(percent_encode_path("a-b_c.~d/e.pdf") == "a-b_c.~d/e.pdf");
  CHECK(percent_encode_path("a#b?c%d") == "a%23b%3Fc%25d");
}

TEST_CASE("url: decoding reverses encoding and keeps malformed escapes", "[url]") {
  CHECK(percent_decode("%E9%99%84%E4%BB%B6/%e8%a1%a8%201.xlsx") == "附件/表 1.xlsx");
  CHECK(percent_decode("100%") == "100%");
  CHECK(percent_decode("%zz%4") == "%zz%4");
}

namespace {

using Kind = UrlParts::Kind;

Kind kind_of(std::string_view url) { return classify_url(url).kind; }

}  // namespace

TEST_CASE("url: a scheme is ASCII letters, digits and + . - before a ':', as browsers read it", "[url]") {
  for (const char* url :
       {"https://x", "http://x/a:b", "mailto:x", "javascript:x", "tel:+86", "a:b.pdf", "svn+ssh://x", "A.b-c:d"}) {
    INFO(url);
    CHECK(kind_of(url) == Kind::scheme);
  }
  CHECK(classify_url("javascript:alert(1)").scheme == "javascript");
  CHECK(classify_url("a:b.pdf").scheme == "a");
  CHECK(url_scheme("mailto:x") == "mailto");
  CHECK(url_scheme("附件1:登记表.docx").empty());
}

TEST_CASE("url: names holding ':' that browsers read as paths are relative files", "[url]") {
  // A non-ASCII character, a digit, '.', '%', '_' or a space before the ':' is no scheme.
  for (const char* url : {"附件1:登记表.docx", "./2019:plan.pdf", "2019:plan.pdf", "a%3Ab.pdf", "_a:b.pdf",
                          "表 1:b.pdf", "aé:b.pdf", "a b:c.pdf", "sub/a:b.pdf"}) {
    INFO(url);
    CHECK(kind_of(url) == Kind::relative);
  }
  CHECK(classify_url("附件1:登记表.docx").path == "附件1:登记表.docx");
  CHECK(classify_url("./2019:plan.pdf").path == "./2019:plan.pdf");
  CHECK(classify_url("a%3Ab.pdf").path == "a:b.pdf");
}

TEST_CASE("url: query and fragment are split off before the path is decoded", "[url]") {
  const UrlParts u = classify_url("%E9%99%84%E4%BB%B6%201%23%3F.pdf?v=1#p2");
  CHECK(u.kind == Kind::relative);
  CHECK(u.path == "附件 1#?.pdf");
  CHECK(u.query == "?v=1");
  CHECK(u.fragment == "#p2");
  const UrlParts f = classify_url("表#a?b");  // a '?' after the '#' belongs to the fragment
  CHECK(f.path == "表");
  CHECK(f.query.empty());
  CHECK(f.fragment == "#a?b");
  CHECK(classify_url("100%.pdf").path == "100%.pdf");
}

TEST_CASE("url: other sites, this page and root paths", "[url]") {
  CHECK(kind_of("") == Kind::empty);
  CHECK(kind_of("//evil.example/x") == Kind::protocol_relative);
  CHECK(kind_of("#top") == Kind::same_page);
  CHECK(kind_of("?page=2") == Kind::same_page);
  CHECK(kind_of("/notices/a:b.pdf") == Kind::root_absolute);
  CHECK(classify_url("/a%20b/?x#y").path == "/a b/");
}

TEST_CASE("url: site.yaml links must be http or https addresses", "[url]") {
  CHECK(is_web_url("https://www.12345.gov.cn/"));
  CHECK(is_web_url("http://bszs.conac.cn/sitename?method=show&id=1"));
  CHECK(is_web_url("HTTPS://x") == false);  // as written: lower case, as everywhere in site.yaml
  for (const char* url : {"javascript:alert(1)", "data:text/html,x", "//x.cn/", "https:x", "https://", "https:///x",
                          "ftp://x", "https://x y", "https://x\"onclick", "/local", ""}) {
    INFO(url);
    CHECK_FALSE(is_web_url(url));
  }
}

TEST_CASE("url: a host name is LDH labels", "[url]") {
  for (const char* name : {"sfj.panjin.gov.cn", "localhost", "xn--fiqs8s.xn--fiqs8s", "a-b.c1", "10.0.0.1"}) {
    INFO(name);
    CHECK(is_host_name(name));
  }
  for (const char* name : {"", "../x", "~.", "a..b", ".a", "a.", "-a.cn", "a-.cn", "司法局.cn", "a_b.cn", "a b",
                           "*.x.cn", "x.cn;", "a/b"}) {
    INFO(name);
    CHECK_FALSE(is_host_name(name));
  }
  CHECK(is_host_name(std::string(63, 'a') + ".cn"));
  CHECK_FALSE(is_host_name(std::string(64, 'a') + ".cn"));
}

TEST_CASE("url: the host and path of an http(s) address", "[url]") {
  CHECK(url_host("https://www.example.gov.cn:8443/a?b#c") == "www.example.gov.cn");
  CHECK(url_host("http://1.2.3.4/x") == "1.2.3.4");
  CHECK(url_host("https://sfj.panjin.gov.cn") == "sfj.panjin.gov.cn");
  CHECK(url_host("http://[2001:db8::1]:8080/") == "[2001:db8::1]");
  CHECK(url_host("https://[::1/") == "");  // unclosed literal
  for (const char* other : {"ftp://x/", "mailto:a@b.cn", "/x", "x.html", "//host/x", "https:x", ""}) {
    INFO(other);
    CHECK(url_host(other) == "");
    CHECK(url_path(other) == "/");
  }
  CHECK(url_path("https://x.gov.cn/sfj/?a=1") == "/sfj/");
  CHECK(url_path("https://x.gov.cn/sfj/index.html#top") == "/sfj/index.html");
  CHECK(url_path("https://x.gov.cn:8443/") == "/");
  CHECK(url_path("https://x.gov.cn") == "/");
  CHECK(url_path("https://x.gov.cn?a=/b") == "/");
}

TEST_CASE("url: dot segments are resolved on top of a folder, never above it", "[url]") {
  auto resolved = [](std::vector<std::string_view> folder, std::string_view path) {
    std::string out = push_path_segments(folder, path) ? "" : "refused";
    for (std::string_view s : folder) out += "/" + std::string(s);
    return out;
  };
  CHECK(resolved({}, "a/./b//c") == "/a/b/c");
  CHECK(resolved({"policies", "2019"}, "../x.html") == "/policies/x.html");
  CHECK(resolved({"policies"}, "../../x.html") == "refused");
  CHECK(resolved({}, "..") == "refused");
  CHECK(resolved({"a"}, "b/../../c") == "/c");
  CHECK(resolved({"a"}, "") == "/a");
}
