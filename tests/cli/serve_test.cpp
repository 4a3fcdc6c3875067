// govsite serve, end to end: the real binary on loopback, over IPv6 and IPv4; a changed
// file is rebuilt and announced to open pages; a failing build keeps the last good site
// and shows its errors. Every wait is bounded.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "cli/sample_site.h"
#include "cli/serve_process.h"

namespace fs = std::filesystem;
using namespace serve_test;

TEST_CASE("serve: answers on ::1 and 127.0.0.1, rebuilds on change, keeps the last good site", "[serve]") {
  SampleSite site;
  const fs::path& dir = site.dir;
  const int port = free_port();
  {
    ServeProcess server(dir.string(), port, {"--drafts", "--quiet"});
    int status = 0;
    REQUIRE(eventually([&] { return !get("127.0.0.1", port, "/", &status).empty() && status == 200; }));
    const std::string home6 = get("::1", port, "/", &status);
    CHECK(status == 200);
    CHECK(home6.find("<script src=\"/__govsite/reload.js\"></script>") != std::string::npos);
    CHECK(get("127.0.0.1", port, "/__govsite/reload.js").find("EventSource") != std::string::npos);
    // --drafts shows the draft notice with its banner and noindex.
    const std::string draft = get("127.0.0.1", port, "/notices/tzgg-2019-draft.html", &status);
    CHECK(status == 200);
    CHECK(draft.find("未审核") != std::string::npos);
    CHECK(draft.find("noindex") != std::string::npos);

    // An edit is rebuilt and served.
    std::ofstream(dir / "content/pages/lxfs.md", std::ios::app) << "\n新增的联系电话：0427-0000000\n";
    CHECK(eventually(
        [&] { return get("127.0.0.1", port, "/pages/lxfs.html").find("0427-0000000") != std::string::npos; }));

    // A broken document: the errors show on the pages, the last good site stays.
    std::ofstream(dir / "content/pages/broken.md") << "---\ntitle: 坏\n";
    CHECK(eventually(
        [&] { return get("::1", port, "/pages/lxfs.html").find("govsite-preview-errors") != std::string::npos; }));
    const std::string page = get("::1", port, "/pages/lxfs.html");
    CHECK(page.find("content/pages/broken.md:1:1: error: 文档信息没有结束") != std::string::npos);
    CHECK(page.find("0427-0000000") != std::string::npos);
    // The banner satisfies the site's Content-Security-Policy: no inline style or script.
    CHECK(page.find("<link rel=\"stylesheet\" href=\"/__govsite/preview.css\">") != std::string::npos);
    CHECK(page.find("<style") == std::string::npos);
    CHECK(page.find(" style=") == std::string::npos);
    CHECK(page.find("<script>") == std::string::npos);

    // Fixed again: the banner goes away.
    fs::remove(dir / "content/pages/broken.md");
    CHECK(eventually([&] {
      return get("127.0.0.1", port, "/pages/lxfs.html").find("govsite-preview-errors") == std::string::npos;
    }));
    get("127.0.0.1", port, "/no/such/page/", &status);
    CHECK(status == 404);
    // A request for another host name (DNS rebinding from a web page) is refused.
    httplib::Client client("127.0.0.1", port);
    auto foreign = client.Get("/", httplib::Headers{{"Host", "attacker.example"}});
    REQUIRE(foreign);
    CHECK(foreign->status == 403);
  }
}

TEST_CASE("serve keeps the memory it frees for the next save", "[serve]") {
  // jemalloc's statistics, printed at exit (MALLOC_CONF=stats_print:true), show its decay
  // settings. Without jemalloc (the sanitizer builds) there is nothing to look at.
  SampleSite site;
  const int port = free_port();
  const std::string log = site.dir.string() + "-serve.log";
  {
    ServeProcess server(site.dir.string(), port, {"--quiet"}, log, {"MALLOC_CONF=stats_print:true"});
    REQUIRE(eventually([&] { return !get("127.0.0.1", port, "/").empty(); }, 60));
  }
  std::ifstream in(log);
  const std::string stats((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  fs::remove(log);
  if (stats.find("opt.dirty_decay_ms") == std::string::npos) {
    WARN("no jemalloc statistics: govsite is built without jemalloc");
    return;
  }
  CHECK(stats.find("(arenas.dirty_decay_ms: -1)") != std::string::npos);
  CHECK(stats.find("(arenas.muzzy_decay_ms: -1)") != std::string::npos);
  // Every arena that was made: none purges on a timer.
  CHECK(stats.find("   dirty:   N/A") != std::string::npos);
}
