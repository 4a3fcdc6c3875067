#include "serve/bounded_http_server.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

namespace govsite {

namespace {

// cpp-httplib's own timeouts for reading and writing.
constexpr int kTimeoutMs = 5000;

// A connection's socket as cpp-httplib's Stream, reading at most `budget` bytes in all.
class BoundedSocketStream : public httplib::Stream {
 public:
  BoundedSocketStream(socket_t sock, size_t budget) : sock_(sock), budget_(budget) {}

  bool is_readable() const override { return begin_ < end_ || wait(POLLIN); }
  bool is_writable() const override { return wait(POLLOUT); }

  // cpp-httplib reads a request head one byte at a time: serve those from a buffer.
  ssize_t read(char* ptr, size_t size) override {
    if (begin_ == end_) {
      if (budget_ == 0 || !wait(POLLIN)) return -1;
      const ssize_t n = recv(sock_, buffer_, std::min(sizeof buffer_, budget_), 0);
      if (n <= 0) return n;
      budget_ -= static_cast<size_t>(n);
      begin_ = 0;
      end_ = static_cast<size_t>(n);
    }
    const size_t n = std::min(size, end_ - begin_);
    std::copy(buffer_ + begin_, buffer_ + begin_ + n, ptr);
    begin_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, size_t size) override {
    if (!wait(POLLOUT)) return -1;
    return send(sock_, ptr, size, MSG_NOSIGNAL);
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override { address(getpeername, ip, port); }
  void get_local_ip_and_port(std::string& ip, int& port) const override { address(getsockname, ip, port); }
  socket_t socket() const override { return sock_; }

 private:
  bool wait(short events) const {
    pollfd p{sock_, events, 0};
    return poll(&p, 1, kTimeoutMs) > 0 && (p.revents & events);
  }

  void address(int (*get)(int, sockaddr*, socklen_t*), std::string& ip, int& port) const {
    sockaddr_storage a{};
    socklen_t len = sizeof a;
    char host[NI_MAXHOST], service[NI_MAXSERV];
    if (get(sock_, reinterpret_cast<sockaddr*>(&a), &len) == 0 &&
        getnameinfo(reinterpret_cast<sockaddr*>(&a), len, host, sizeof host, service, sizeof service,
                    NI_NUMERICHOST | NI_NUMERICSERV) == 0) {
      ip = host;
      port = std::atoi(service);
    }
  }

  socket_t sock_;
  size_t budget_;
  char buffer_[4096];
  size_t begin_ = 0, end_ = 0;
};

}  // namespace

bool BoundedHttpServer::process_and_close_socket(socket_t sock) {
  BoundedSocketStream stream(sock, kMaxRequestHead);
  bool connection_closed = false;
  const bool ok = process_request(stream, true, connection_closed, nullptr);
  shutdown(sock, SHUT_RDWR);
  close(sock);
  return ok;
}

}  // namespace govsite
