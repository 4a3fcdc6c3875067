#include "serve/preview_server.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <thread>

#include "core/file_system.h"
#include "core/url.h"
#include "publish/output_writer.h"
#include "publish/staged_directory.h"
#include "serve/site_watcher.h"

namespace govsite {

namespace fs = std::filesystem;

namespace {

std::atomic<bool> g_stop{false};
void on_signal(int) { g_stop = true; }

const char* kReloadScript =
    "(function () {\n"
    "  // govsite serve: reload this page when the site has been rebuilt.\n"
    "  var events = new EventSource('/__govsite/events');\n"
    "  events.onmessage = function () { location.reload(); };\n"
    "})();\n";

const char* kPreviewCss =
    ".govsite-preview-errors{position:fixed;top:0;left:0;right:0;z-index:9999;max-height:60vh;overflow:auto;"
    "margin:0;padding:1rem 1.5rem;background:#fff4cc;color:#3d2e00;border-bottom:3px solid #9a5b00;"
    "font:14px/1.5 monospace}.govsite-preview-errors h2{margin:0 0 .5rem;font:bold 16px sans-serif}"
    ".govsite-preview-errors pre{margin:0;white-space:pre-wrap}\n";

std::string html_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

const char* content_type(const std::string& path) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".js", "application/javascript; charset=utf-8"}, {".json", "application/json; charset=utf-8"},
      {".xml", "text/xml; charset=utf-8"}, {".txt", "text/plain; charset=utf-8"},
      {".csv", "text/csv; charset=utf-8"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
      {".jpg", "image/jpeg"}, {".jpeg", "image/jpeg"}, {".gif", "image/gif"}, {".webp", "image/webp"},
      {".pdf", "application/pdf"}, {".mp4", "video/mp4"}, {".mp3", "audio/mpeg"}};
  for (const auto& [ext, type] : kTypes) {
    if (ends_with(path, ext)) return type;
  }
  return "application/octet-stream";
}

// The shared state between the rebuild loop and the HTTP handlers.
class Preview {
 public:
  explicit Preview(std::string output) : output_(std::move(output)) {}

  const std::string& output() const { return output_; }

  void finished(bool ok, std::string diagnostics) {
    {
      std::lock_guard<std::mutex> lock(mutex_);
      ok_ = ok;
      diagnostics_ = std::move(diagnostics);
      ++generation_;
    }
    changed_.notify_all();
  }

  uint64_t generation() {
    std::lock_guard<std::mutex> lock(mutex_);
    return generation_;
  }

  // Waits until the generation differs from `seen` or the timeout passes.
  uint64_t wait_for_change(uint64_t seen, std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return generation_ != seen || g_stop; });
    return generation_;
  }

  // The build's diagnostics when it failed, else "".
  std::string failure() {
    std::lock_guard<std::mutex> lock(mutex_);
    return ok_ ? std::string() : diagnostics_;
  }

 private:
  std::string output_;
  std::mutex mutex_;
  std::condition_variable changed_;
  uint64_t generation_ = 0;
  bool ok_ = true;
  std::string diagnostics_;
};

// One build into a staging folder, swapped in only when it succeeds.
void rebuild(const ServeOptions& o, Preview& preview) {
  const auto start = std::chrono::steady_clock::now();
  RealFileSystem fs_real;
  Diagnostics diags;
  StagedDirectory stage(preview.output());
  std::string error;
  if (stage.ok()) {
    DirectoryWriter out(stage.staging());
    build_site(fs_real, o.request, out, nullptr, diags);
    if (!diags.has_errors() && !stage.commit(error)) diags.error("", 0, 0, "io-error", error);
  } else {
    diags.error("", 0, 0, "io-error", stage.error());
  }
  std::string text;
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::error) text += format_diagnostic(d, nullptr);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!o.quiet || diags.has_errors()) {
    std::fputs(text.c_str(), stderr);
    std::fprintf(stderr, "govsite serve: %s in %.2f s (%zu errors, %zu warnings)\n",
                 diags.has_errors() ? "build failed, still serving the last good site" : "rebuilt",
                 seconds, diags.error_count(), diags.warning_count());
  }
  preview.finished(!diags.has_errors(), text);
}

// Adds the reload script, and when the last build failed its diagnostics, to a page.
std::string inject(std::string html, const std::string& failure) {
  std::string extra = "<script src=\"/__govsite/reload.js\"></script>\n";
  if (!failure.empty())
    extra += "<link rel=\"stylesheet\" href=\"/__govsite/preview.css\">\n"
             "<div class=\"govsite-preview-errors\" role=\"alert\"><h2>构建失败：下面是错误，页面仍是上一次成功构建的内容</h2><pre>" +
             html_escape(failure) + "</pre></div>\n";
  const size_t body_end = html.rfind("</body>");
  html.insert(body_end == std::string::npos ? html.size() : body_end, extra);
  return html;
}

void serve_file(Preview& preview, const httplib::Request& req, httplib::Response& res) {
  std::string path = percent_decode(req.path);
  std::string rel;
  if (path.empty() || path[0] != '/' || !normalize_relative_path("." + path, rel)) {
    res.status = 400;
    return;
  }
  fs::path file = fs::path(preview.output()) / rel;
  std::error_code ec;
  if (fs::is_directory(file, ec)) {
    if (!path.empty() && path.back() != '/') {  // as a web server does: add the slash
      res.set_redirect(req.path + "/");
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
  if (type.rfind("text/html", 0) == 0)
    res.set_content(inject(ss.str(), preview.failure()), type.c_str());
  else
    res.set_content(ss.str(), type.c_str());
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

void add_routes(httplib::Server& server, Preview& preview, const std::vector<std::string>& hosts) {
  server.set_pre_routing_handler([hosts](const httplib::Request& req, httplib::Response& res) {
    if (loopback_host(req, hosts)) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 403;
    res.set_content("govsite serve answers only requests for localhost\n", "text/plain; charset=utf-8");
    return httplib::Server::HandlerResponse::Handled;
  });
  server.Get("/__govsite/reload.js", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kReloadScript, "application/javascript; charset=utf-8");
  });
  server.Get("/__govsite/preview.css", [](const httplib::Request&, httplib::Response& res) {
    res.set_content(kPreviewCss, "text/css; charset=utf-8");
  });
  server.Get("/__govsite/events", [&preview](const httplib::Request&, httplib::Response& res) {
    auto seen = std::make_shared<uint64_t>(preview.generation());
    res.set_header("Cache-Control", "no-store");
    res.set_chunked_content_provider("text/event-stream", [&preview, seen](size_t, httplib::DataSink& sink) {
      const uint64_t now = preview.wait_for_change(*seen, std::chrono::seconds(10));
      if (g_stop) return false;
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
    std::fprintf(stderr, "govsite: cannot create a temporary folder\n");
    return 3;
  }
  Preview preview(work + "/site");
  rebuild(o, preview);

  std::vector<std::unique_ptr<httplib::Server>> servers;
  std::vector<std::thread> threads;
  for (const auto& host : o.hosts) {
    auto server = std::make_unique<httplib::Server>();
    add_routes(*server, preview, o.hosts);
    if (!server->bind_to_port(host.c_str(), o.port)) {
      std::fprintf(stderr, "govsite serve: cannot listen on %s port %d\n", host.c_str(), o.port);
      continue;
    }
    const std::string shown = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    std::fprintf(stderr, "govsite serve: http://%s:%d/\n", shown.c_str(), o.port);
    httplib::Server* raw = server.get();
    threads.emplace_back([raw] { raw->listen_after_bind(); });
    servers.push_back(std::move(server));
  }
  if (servers.empty()) {
    fs::remove_all(work, ec);
    return 3;
  }
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::fprintf(stderr, "govsite serve: watching content/, themes/ and site.yaml; Ctrl-C to stop\n");

  uint64_t fingerprint = site_fingerprint(o.request.site_dir);
  while (!g_stop) {
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    const uint64_t now = site_fingerprint(o.request.site_dir);
    if (now == fingerprint) continue;
    // Let an editor's save (often several writes) settle before building.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    fingerprint = site_fingerprint(o.request.site_dir);
    rebuild(o, preview);
  }
  preview.finished(true, "");  // wake the event streams so they end
  for (auto& s : servers) s->stop();
  for (auto& t : threads) t.join();
  fs::remove_all(work, ec);
  std::fprintf(stderr, "govsite serve: stopped\n");
  return 0;
}

}  // namespace govsite
