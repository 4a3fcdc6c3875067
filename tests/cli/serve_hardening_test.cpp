// govsite serve against hostile and careless clients, end to end on loopback: redirects
// that stay on this server, control characters in paths, many open live-reload streams,
// request bodies, the security headers of the bundle's nginx configuration, a second serve
// on the same port, and the warnings of every rebuild (new ones printed, the rest counted).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "cli/govsite_binary.h"
#include "cli/sample_site.h"
#include "cli/serve_process.h"
#include "config/site_config.h"
#include "publish/nginx_config.h"
#include "test_files.h"

namespace fs = std::filesystem;
using namespace serve_test;

namespace {

// A sample site served with --drafts --quiet on a free port, answering when constructed.
struct ServedSite {
  SampleSite site;
  int port = free_port();
  ServeProcess server{site.dir.string(), port, {"--drafts", "--quiet"}};
  ServedSite() {
    int status = 0;
    REQUIRE(eventually([&] { return !get("127.0.0.1", port, "/", &status).empty() && status == 200; }));
  }
};

std::string request(const std::string& target, const std::string& extra_headers = "") {
  return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra_headers + "Connection: close\r\n\r\n";
}

// The headers of the server block of the bundle's nginx configuration (not a location's).
std::map<std::string, std::string> nginx_server_headers() {
  govsite::SiteConfig config;
  config.deploy.server_name = "sfj.example.gov.cn";
  std::istringstream conf(govsite::nginx_site_conf(config, "/srv/www/sfj.example.gov.cn/current/site"));
  std::map<std::string, std::string> headers;
  const std::string prefix = "    add_header ";
  for (std::string line; std::getline(conf, line);) {
    if (line.compare(0, prefix.size(), prefix) != 0) continue;
    const size_t name_end = line.find(' ', prefix.size());
    const size_t value_start = line.find('"', name_end) + 1;
    headers[line.substr(prefix.size(), name_end - prefix.size())] = line.substr(value_start,
                                                                                line.rfind('"') - value_start);
  }
  return headers;
}

}  // namespace

TEST_CASE("serve: a folder redirect only ever points to a path on this server", "[serve]") {
  ServedSite s;
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"/notices", "/notices/"},
      {"//evil.example/../notices", "/notices/"},
      {"/\\evil.example/../notices", "/notices/"},
      {"/%2F%2Fevil.example/../notices", "/notices/"},
      {"//evil.example/..", "/"},
      {"/.", "/"},
  };
  for (const auto& [target, location] : cases) {
    INFO(target);
    RawConnection c(s.port);
    const std::string head = c.request_head(request(target));
    CHECK(status_of(head) / 100 == 3);
    CHECK(header_of(head, "Location") == location);
  }
}

TEST_CASE("serve: control characters in a path are refused, and the type is the real file's", "[serve]") {
  ServedSite s;
  for (const std::string target : {"/sitemap.xml%00.html", "/sitemap.xml%0A", "/sitemap.xml%7F", "/%01/"}) {
    INFO(target);
    RawConnection c(s.port);
    CHECK(status_of(c.request_head(request(target))) == 400);
  }
  // httplib decodes the path once; a second decoding would turn %2500 into a NUL.
  auto twice = get_response("127.0.0.1", s.port, "/sitemap.xml%2500.html");
  REQUIRE(twice);
  CHECK(twice->status == 404);
  CHECK(twice->body.find("<urlset") == std::string::npos);
  auto xml = get_response("127.0.0.1", s.port, "/sitemap.xml");
  REQUIRE(xml);
  CHECK(xml->status == 200);
  CHECK(xml->get_header_value("Content-Type").rfind("text/xml", 0) == 0);
  CHECK(xml->body.find("__govsite") == std::string::npos);
}

TEST_CASE("serve: open live-reload streams leave threads to serve pages", "[serve]") {
  ServedSite s;
  const int kStreams = 40;
  const auto open_streams = [&](std::vector<std::unique_ptr<RawConnection>>& streams, int& accepted, int& refused) {
    for (int i = 0; i < kStreams; ++i) {
      streams.push_back(std::make_unique<RawConnection>(s.port));
      streams.back()->send_all("GET /__govsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }
    // One deadline for all: a stream that is never answered must not stretch the test.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    accepted = refused = 0;
    for (auto& c : streams) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                                              std::chrono::steady_clock::now());
      const int status = status_of(c->read_until("\r\n\r\n", std::max<int>(1, static_cast<int>(left.count()))));
      if (status == 200) ++accepted;
      if (status == 503) ++refused;
    }
  };
  {
    std::vector<std::unique_ptr<RawConnection>> streams;
    int accepted = 0, refused = 0;
    open_streams(streams, accepted, refused);
    CHECK(accepted >= 20);
    CHECK(refused >= 1);
    CHECK(accepted + refused == kStreams);
    // With every stream open, pages are still served on both addresses.
    for (const std::string host : {"127.0.0.1", "::1"}) {
      int status = 0;
      const auto start = std::chrono::steady_clock::now();
      get(host, s.port, "/policies/", &status);
      CHECK(status == 200);
      CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    }
  }
  // Closed streams give their places back within a few seconds.
  CHECK(eventually(
      [&] {
    std::vector<std::unique_ptr<RawConnection>> streams;
    int accepted = 0, refused = 0;
    open_streams(streams, accepted, refused);
    return accepted >= 20;
      },
      20));
}

TEST_CASE("serve: request bodies, other methods and endless heads are refused unread, memory stays flat", "[serve]") {
  ServedSite s;
  httplib::Client client("127.0.0.1", s.port);
  client.set_read_timeout(5);
  auto post = client.Post("/", "name=value", "application/x-www-form-urlencoded");
  REQUIRE(post);
  CHECK(post->status == 405);
  CHECK(post->get_header_value("Allow") == "GET, HEAD");
  {
    RawConnection c(s.port);
    CHECK(status_of(c.request_head("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello")) == 413);
  }

  const long before = proc_status_kb(s.server.pid, "VmHWM");
  REQUIRE(before > 0);
  const size_t kBody = 50u << 20;
  const std::string block(64u << 10, 'a');
  {  // 50 MB announced with Content-Length
    RawConnection c(s.port);
    c.send_all("POST /notices/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + std::to_string(kBody) + "\r\n\r\n");
    for (size_t sent = 0; sent < kBody && c.send_all(block); sent += block.size()) {}
  }
  {  // 50 MB in chunks, which no Content-Length limit sees
    RawConnection c(s.port);
    c.send_all("POST /notices/ HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const std::string chunk = "10000\r\n" + block + "\r\n";
    for (size_t sent = 0; sent < kBody && c.send_all(chunk); sent += block.size()) {}
  }
  {  // 50 MB behind a GET
    RawConnection c(s.port);
    c.send_all("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + std::to_string(kBody) + "\r\n\r\n");
    for (size_t sent = 0; sent < kBody && c.send_all(block); sent += block.size()) {}
  }
  for (const std::string start : {"GET /", "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: "}) {
    // A request line or a header without end: cpp-httplib alone would keep all of it.
    RawConnection c(s.port);
    c.send_all(start);
    for (size_t sent = 0; sent < kBody && c.send_all(block); sent += block.size()) {}
  }
  int status = 0;
  get("127.0.0.1", s.port, "/", &status);
  CHECK(status == 200);
  const long after = proc_status_kb(s.server.pid, "VmHWM");
  INFO("VmHWM before " << before << " kB, after " << after << " kB");
  CHECK(after - before < 16 * 1024);
}

TEST_CASE("serve: every response carries the bundle's security headers, except HSTS", "[serve]") {
  const auto expected = nginx_server_headers();
  REQUIRE(expected.count("Content-Security-Policy"));
  REQUIRE(expected.count("Strict-Transport-Security"));
  ServedSite s;
  httplib::Client client("127.0.0.1", s.port);
  client.set_read_timeout(5);
  std::vector<std::pair<std::string, httplib::Result>> responses;
  for (const std::string path :
       {"/", "/policies/", "/no/such/page", "/__govsite/reload.js", "/__govsite/preview.css", "/sitemap.xml", "/%00"})
    responses.emplace_back(path, client.Get(path.c_str()));
  responses.emplace_back("foreign host", client.Get("/", httplib::Headers{{"Host", "attacker.example"}}));
  for (const auto& [what, res] : responses) {
    INFO(what);
    REQUIRE(res);
    for (const auto& [name, value] : expected) {
      INFO(name);
      if (name == "Strict-Transport-Security") CHECK_FALSE(res->has_header(name.c_str()));
      else CHECK(res->get_header_value(name.c_str()) == value);
    }
  }
  // What serve adds to a page satisfies that policy: scripts and styles are files.
  const std::string page = client.Get("/")->body;
  CHECK(page.find("<script src=\"/__govsite/reload.js\"></script>") != std::string::npos);
  CHECK(page.find("<script>") == std::string::npos);
  CHECK(page.find("<style") == std::string::npos);
}

TEST_CASE("serve: a second serve on a port in use exits 2 while the first answers every request", "[serve]") {
  ServedSite s;
  const fs::path log = s.site.dir / "second.log";
  // Without --drafts: a draft page answered 404 would come from the second.
  ServeProcess second(s.site.dir.string(), s.port, {"--quiet"}, log.string());
  CHECK(second.wait_exit(20) == 2);
  CHECK(read(log).find("端口 " + std::to_string(s.port) + " 已被占用（是否已有一个 govsite serve 在运行？）") !=
        std::string::npos);
  CHECK(read(log).find("already in use") == std::string::npos);  // one language, the editor's
  const fs::path log_en = s.site.dir / "third.log";
  ServeProcess third(s.site.dir.string(), s.port, {"--quiet", "--lang", "en"}, log_en.string());
  CHECK(third.wait_exit(20) == 2);
  CHECK(read(log_en) ==
        "govsite serve: port " + std::to_string(s.port) + " is already in use (is another govsite serve running?)\n");
  for (int i = 0; i < 20; ++i) {
    for (const std::string host : {"127.0.0.1", "::1"}) {
      int status = 0;
      get(host, s.port, "/notices/tzgg-2019-draft.html", &status);
      CHECK(status == 200);
    }
  }
}

TEST_CASE("serve: prints every warning after the first build, then the new ones and a count of the rest", "[serve]") {
  SampleSite site;
  // The sample site at 2019-12-31 has stale special columns: warnings with their lines.
  const Run check = run("check " + site.site() + " --now 2019-12-31");
  std::vector<std::string> warnings;
  std::istringstream lines(check.output);
  for (std::string line; std::getline(lines, line);)
    if (line.find(": warning: ") != std::string::npos) warnings.push_back(line);
  REQUIRE(!warnings.empty());

  const int port = free_port();
  const fs::path log = site.dir / "serve.log";
  ServeProcess server(site.dir.string(), port, {}, log.string());
  const auto count = [&](const std::string& text) {
    const std::string all = read(log);
    size_t n = 0;
    for (size_t at = all.find(text); at != std::string::npos; at = all.find(text, at + 1)) ++n;
    return n;
  };
  for (const auto& w : warnings) CHECK(eventually([&] { return count(w) == 1; }));
  // A save that changes no warning: they are counted, not printed again.
  std::ofstream(site.dir / "content/pages/lxfs.md", std::ios::app) << "\n新增的联系电话：0427-0000000\n";
  const std::string repeated = "（另有 " + std::to_string(warnings.size()) +
                               " 个警告和上次构建时相同，不再重复显示；运行 govsite check 可以看到全部）\n";
  CHECK(eventually([&] { return count(repeated) == 1; }));
  for (const auto& w : warnings) CHECK(count(w) == 1);
  // A save that adds one: it is printed, with its source line, and the rest counted.
  std::string page = read(site.dir / "content/pages/lxfs.md");
  page.replace(page.find("id: lxfs"), 8, "id: lxfs-2");
  page.erase(page.find("index_no: "), page.find('\n', page.find("index_no: ")) - page.find("index_no: ") + 1);
  std::ofstream(site.dir / "content/pages/lxfs-2.md") << page;
  CHECK(eventually([&] {
    return count("content/pages/lxfs-2.md:1:1: warning: 缺少索引号（index_no）") == 1 && count(repeated) == 2;
  }));
  for (const auto& w : warnings) CHECK(count(w) == 1);
}
