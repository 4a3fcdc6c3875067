#include "serve/preview_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <thread>

#include "core/file_system.h"
#include "core/html_escape.h"
#include "core/messages.h"
#include "pipeline/incremental_build.h"
#include "publish/security_headers.h"
#include "serve/bounded_http_server.h"
#include "serve/listen_socket.h"
#include "serve/preview_site.h"
#include "serve/request_path.h"
#include "serve/site_watcher.h"

namespace govsite {

namespace fs = std::filesystem;

namespace {

std::atomic<bool> g_stop{false};
void on_signal(int) { g_stop = true; }

// A live-reload stream holds the worker thread that took its request for as long as the
// page is open (cpp-httplib writes a chunked response from that thread). So at most
// kMaxReloadStreams are open at once, over all addresses, and every server's pool has a
// thread for each of them plus kPageThreads: the streams can never take the threads that
// answer pages. A further stream is refused with 503.
constexpr int kMaxReloadStreams = 24;
constexpr int kPageThreads = 8;
// How often an open stream writes: a closed page is noticed at the second write after it
// closed, so its place is free again within two beats.
constexpr auto kHeartbeat = std::chrono::seconds(1);
// How long the site must be quiet after a change before it is rebuilt.
constexpr auto kSettle = std::chrono::milliseconds(20);

// When the server refused the stream (503) the browser gives up; try again later.
const char* kReloadScript =
    "(function () {\n"
    "  // govsite serve: reload this page when the site has been rebuilt.\n"
    "  function listen() {\n"
    "    var events = new EventSource('/__govsite/events');\n"
    "    events.onmessage = function () { location.reload(); };\n"
    "    events.onerror = function () {\n"
    "      if (events.readyState === EventSource.CLOSED) setTimeout(listen, 5000);\n"
    "    };\n"
    "  }\n"
    "  listen();\n"
    "})();\n";

const char* kPreviewCss =
    ".govsite-preview-errors{position:fixed;top:0;left:0;right:0;z-index:9999;max-height:60vh;overflow:auto;"
    "margin:0;padding:1rem 1.5rem;background:#fff4cc;color:#3d2e00;border-bottom:3px solid #9a5b00;"
    "font:14px/1.5 monospace}.govsite-preview-errors h2{margin:0 0 .5rem;font:bold 16px sans-serif}"
    ".govsite-preview-errors pre{margin:0;white-space:pre-wrap}\n";

const char* content_type(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {{".html", "text/html; charset=utf-8"},
                                                               {".css", "text/css; charset=utf-8"},
                                                               {".js", "application/javascript; charset=utf-8"},
                                                               {".json", "application/json; charset=utf-8"},
                                                               {".xml", "text/xml; charset=utf-8"},
                                                               {".txt", "text/plain; charset=utf-8"},
                                                               {".csv", "text/csv; charset=utf-8"},
                                                               {".svg", "image/svg+xml"},
                                                               {".png", "image/png"},
                                                               {".jpg", "image/jpeg"},
                                                               {".jpeg", "image/jpeg"},
                                                               {".gif", "image/gif"},
                                                               {".webp", "image/webp"},
                                                               {".pdf", "application/pdf"},
                                                               {".mp4", "video/mp4"},
                                                               {".mp3", "audio/mpeg"}};
  for (const auto& [ext, type] : kTypes) {
    if (ends_with(path, ext)) return type;
  }
  return "application/octet-stream";
}

// Adds the reload script, and when the last build failed its diagnostics, to a page.
std::string inject(std::string html, const std::string& failure) {
  std::string extra = "<script src=\"/__govsite/reload.js\"></script>\n";
  if (!failure.empty())
    extra +=
        "<link rel=\"stylesheet\" href=\"/__govsite/preview.css\">\n"
        "<div class=\"govsite-preview-errors\" role=\"alert\"><h2>" +
        escape_html(tr("serve.banner")) + "</h2><pre>" + escape_html(failure) + "</pre></div>\n";
  const size_t body_end = html.rfind("</body>");
  html.insert(body_end == std::string::npos ? html.size() : body_end, extra);
  return html;
}

void serve_file(PreviewSite& preview, const httplib::Request& req, httplib::Response& res) {
  std::string rel;
  if (!preview_file_path(req.path, rel)) {  // cpp-httplib has decoded req.path already
    res.status = 400;
    return;
  }
  fs::path file = fs::path(preview.output()) / rel;
  std::error_code ec;
  if (fs::is_directory(file, ec)) {
    if (req.path.back() != '/') {  // as a web server does: add the slash
      res.set_redirect(folder_location(rel));
      return;
    }
    file /= "index.html";
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    res.status = 404;
    file = fs::path(preview.output()) / "404.html";
    in.open(file, std::ios::binary);
    if (!in) return;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  const std::string type = content_type(file.string());
  res.set_header("Cache-Control", "no-store");
  if (type.rfind("text/html", 0) == 0) res.set_content(inject(ss.str(), preview.failure()), type.c_str());
  else res.set_content(ss.str(), type.c_str());
}

// Only requests addressed to this machine's loopback names are answered, so a web page
// elsewhere cannot reach the preview (and its drafts) through DNS rebinding.
bool loopback_host(const httplib::Request& req, const std::vector<std::string>& extra) {
  std::string host = req.get_header_value("Host");
  if (host.empty()) return false;
  if (host[0] == '[') host = host.substr(0, host.find(']') + 1);
  else host = host.substr(0, host.find(':'));
  if (host == "localhost" || host == "127.0.0.1" || host == "[::1]") return true;
  for (const auto& h : extra)
    if (host == h || host == "[" + h + "]") return true;
  return false;
}

// Why a request is refused before routing (0: it is not). The preview only reads: other
// methods get 405, and a request with a body gets 413 before one byte of it is read
// (cpp-httplib limits only a body announced with Content-Length, never a chunked one).
int refusal(const httplib::Request& req) {
  if (req.method != "GET" && req.method != "HEAD") return 405;
  if (req.has_header("Transfer-Encoding") ||
      (req.has_header("Content-Length") && req.get_header_value("Content-Length") != "0"))
    return 413;
  return 0;
}

void refuse(int status, httplib::Response& res) {
  res.status = status;
  if (status == 405) res.set_header("Allow", "GET, HEAD");
  // The connection is closed after the response (one request per connection), so a body
  // the client still sends is never read as the next request.
  res.set_content(tr(status == 405 ? "serve.only-get" : "serve.no-body"), "text/plain; charset=utf-8");
}

void configure(BoundedHttpServer& server) {
  httplib::Headers headers;
  for (const auto& h : kSecurityHeaders) headers.emplace(h.name, h.value);
  server.set_default_headers(headers);
  server.set_socket_options(exclusive_socket_options);
  server.new_task_queue = [] { return new httplib::ThreadPool(kMaxReloadStreams + kPageThreads); };
  server.set_payload_max_length(0);
  server.set_expect_100_continue_handler([](const httplib::Request& req, httplib::Response& res) {
    const int status = refusal(req);
    if (status == 0) return 100;
    refuse(status, res);
    return status;
  });
}

void add_routes(BoundedHttpServer& server, PreviewSite& preview, const std::vector<std::string>& hosts) {
  server.set_pre_routing_handler([hosts](const httplib::Request& req, httplib::Response& res) {
    if (!loopback_host(req, hosts)) {
      res.status = 403;
      res.set_content(tr("serve.only-localhost"), "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (const int status = refusal(req)) {
      refuse(status, res);
      return httplib::Server::HandlerResponse::Handled;
    }
    std::string rel;
    if (!preview_file_path(req.path, rel)) {
      res.status = 400;
      res.set_content(tr("serve.bad-path"), "text/plain; charset=utf-8");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.Get("/__govsite/reload.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReloadScript, "application/javascript; charset=utf-8");
  });
  server.Get("/__govsite/preview.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kPreviewCss, "text/css; charset=utf-8");
  });
  server.Get("/__govsite/events", [&preview](const httplib::Request&, httplib::Response& res) {
    auto place = preview.take_stream_place();
    if (!place) {
      res.status = 503;
      res.set_header("Retry-After", "5");
      res.set_content(tr("serve.too-many-streams"), "text/plain; charset=utf-8");
      return;
    }
    auto seen = std::make_shared<uint64_t>(preview.generation());
    res.set_header("Cache-Control", "no-store");
    // The provider, and with it the place, lives as long as the response.
    res.set_chunked_content_provider("text/event-stream", [&preview, seen, place](size_t, httplib::DataSink& sink) {
      const uint64_t now = preview.wait_for_change(*seen, kHeartbeat);
      if (preview.stopped()) return false;
      const std::string event = now != *seen ? "data: reload\n\n" : ": still here\n\n";
      *seen = now;
      return sink.write(event.data(), event.size());
    });
  });
  server.Get(".*", [&preview](const httplib::Request& req, httplib::Response& res) { serve_file(preview, req, res); });
}

}  // namespace

int run_preview_server(const ServeOptions& o) {
  std::error_code ec;
  std::string work = (fs::temp_directory_path(ec) / "govsite-serve-XXXXXX").string();
  if (!mkdtemp(work.data())) {
    std::fputs(tr("cli.no-temporary-folder").c_str(), stderr);
    return 3;
  }
  PreviewSite preview(work + "/site", kMaxReloadStreams);

  // Listen first, so a port in use is said at once rather than after a build.
  std::vector<std::unique_ptr<BoundedHttpServer>> servers;
  std::vector<std::string> urls;
  for (const auto& host : o.hosts) {
    auto server = std::make_unique<BoundedHttpServer>();
    configure(*server);
    add_routes(*server, preview, o.hosts);
    if (!server->bind_to_port(host.c_str(), o.port)) {
      if (address_in_use(host, o.port)) {
        std::fputs(tr("serve.port-in-use", {std::to_string(o.port)}).c_str(), stderr);
        fs::remove_all(work, ec);
        return 2;
      }
      std::fputs(tr("serve.cannot-listen", {host, std::to_string(o.port)}).c_str(), stderr);
      continue;
    }
    const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    urls.push_back("http://" + shown + ":" + std::to_string(o.port) + "/");
    servers.push_back(std::move(server));
  }
  if (servers.empty()) {
    fs::remove_all(work, ec);
    return 3;
  }
  // Watching starts before the build, so an edit saved while it runs is built next.
  SiteWatcher watcher(o.request.site_dir);
  BuildCaches caches;  // kept from one build to the next
  rebuild_preview(o, preview, caches, SiteChanges{});
  std::vector<std::thread> threads;
  for (size_t i = 0; i < servers.size(); ++i) {
    std::fprintf(stderr, "govsite serve: %s\n", urls[i].c_str());
    BoundedHttpServer* raw = servers[i].get();
    threads.emplace_back([raw] { raw->listen_after_bind(); });
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::fputs(tr("serve.watching").c_str(), stderr);

  // An editor's save is often several writes and renames: built once they stop.
  while (watcher.wait_for_change(g_stop, kSettle)) rebuild_preview(o, preview, caches, watcher.take_changes());
  preview.stop();  // ends the live-reload streams
  for (auto& s : servers) s->stop();
  for (auto& t : threads) t.join();
  fs::remove_all(work, ec);
  std::fputs(tr("serve.stopped").c_str(), stderr);
  return 0;
}

}  // namespace govsite
