// govsite serve, end to end: the real binary on loopback, over IPv6 and IPv4; a changed
// file is rebuilt and announced to open pages; a failing build keeps the last good site
// and shows its errors. Every wait is bounded.
#include <catch2/catch.hpp>

#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <thread>

namespace fs = std::filesystem;

extern char** environ;

namespace {

// Polls `ready` every 100 ms for at most `seconds`.
bool eventually(const std::function<bool()>& ready, int seconds = 15) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

std::string get(const std::string& host, int port, const std::string& path, int* status = nullptr) {
  httplib::Client client(host, port);
  client.set_connection_timeout(2);
  client.set_read_timeout(5);
  auto res = client.Get(path.c_str());
  if (status) *status = res ? res->status : 0;
  return res ? res->body : std::string();
}

struct Server {
  pid_t pid = -1;
  Server(const std::string& site, int port) {
    const std::string binary = GOVSITE_BINARY, port_text = std::to_string(port);
    std::vector<std::string> args = {binary, "serve", "--site", site, "--port", port_text,
                                     "--now", "2019-12-31", "--drafts", "--quiet"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    REQUIRE(posix_spawn(&pid, binary.c_str(), nullptr, nullptr, argv.data(), environ) == 0);
  }
  ~Server() {
    if (pid > 0) {
      kill(pid, SIGTERM);
      int status = 0;
      if (!eventually([&] { return waitpid(pid, &status, WNOHANG) == pid; }, 10)) {
        kill(pid, SIGKILL);
        waitpid(pid, &status, 0);
      }
    }
  }
};

}  // namespace

TEST_CASE("serve: answers on [::1] and 127.0.0.1, rebuilds on change, keeps the last good site", "[serve]") {
  char tmpl[] = "/tmp/govsite-serve-test-XXXXXX";
  const fs::path dir = mkdtemp(tmpl);
  const fs::path src(GOVSITE_SOURCE_DIR);
  fs::copy(src / "content", dir / "content", fs::copy_options::recursive);
  fs::copy(src / "themes", dir / "themes", fs::copy_options::recursive);
  fs::copy_file(src / "site.yaml", dir / "site.yaml");
  const int port = 18000 + static_cast<int>(getpid() % 1000);
  {
    Server server(dir.string(), port);
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
    CHECK(eventually([&] { return get("127.0.0.1", port, "/pages/lxfs.html").find("0427-0000000") != std::string::npos; }));

    // A broken document: the errors show on the pages, the last good site stays.
    std::ofstream(dir / "content/pages/broken.md") << "---\ntitle: 坏\n";
    CHECK(eventually([&] { return get("::1", port, "/pages/lxfs.html").find("govsite-preview-errors") != std::string::npos; }));
    const std::string page = get("::1", port, "/pages/lxfs.html");
    CHECK(page.find("content/pages/broken.md:1:1: error: front matter is not closed") != std::string::npos);
    CHECK(page.find("0427-0000000") != std::string::npos);

    // Fixed again: the banner goes away.
    fs::remove(dir / "content/pages/broken.md");
    CHECK(eventually([&] { return get("127.0.0.1", port, "/pages/lxfs.html").find("govsite-preview-errors") == std::string::npos; }));
    get("127.0.0.1", port, "/no/such/page/", &status);
    CHECK(status == 404);
    // A request for another host name (DNS rebinding from a web page) is refused.
    httplib::Client client("127.0.0.1", port);
    auto foreign = client.Get("/", httplib::Headers{{"Host", "attacker.example"}});
    REQUIRE(foreign);
    CHECK(foreign->status == 403);
  }
  fs::remove_all(dir);
}
