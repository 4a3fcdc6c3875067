// cpp-httplib's server with a bound on what one connection can make it hold. cpp-httplib
// 0.11.4 reads a request line or a header line whole before it checks its length, so one
// connection sending a line without end grows the server by as many bytes as it sends.
// This server reads at most kMaxRequestHead bytes from a connection (the preview never
// reads a body) and answers one request per connection: an idle connection holds no
// worker thread, and no unread body is ever taken for the next request.
#pragma once

#include <httplib.h>

#include <cstddef>

namespace govsite {

// Far above any request head a browser sends, far below anything that matters in memory.
constexpr size_t kMaxRequestHead = 64 * 1024;

class BoundedHttpServer : public httplib::Server {
 private:
  // Replaces cpp-httplib's own connection loop (a private virtual of httplib::Server).
  bool process_and_close_socket(socket_t sock) override;
};

}  // namespace govsite
