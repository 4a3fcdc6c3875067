// Running the real `govsite serve` in the end-to-end tests: a free loopback port, the
// process with its standard error in a file, raw HTTP connections for requests a client
// library would tidy up, and the process's memory from /proc. Every wait is bounded, and
// every connection goes to 127.0.0.1 or [::1] only.
#pragma once

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <httplib.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <fstream>
#include <functional>
#include <random>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace serve_test {

// Polls `ready` every 100 ms for at most `seconds`.
inline bool eventually(const std::function<bool()>& ready, int seconds = 15) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (ready()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

inline bool can_bind(int family, int port) {
  const int s = socket(family, SOCK_STREAM, 0);
  if (s < 0) return false;
  const int yes = 1;
  setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  bool ok;
  if (family == AF_INET6) {
    sockaddr_in6 a{};
    a.sin6_family = AF_INET6;
    a.sin6_addr = in6addr_loopback;
    a.sin6_port = htons(static_cast<uint16_t>(port));
    ok = bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  } else {
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    ok = bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
  }
  close(s);
  return ok;
}

// A port free on both loopback addresses, below the ephemeral range so that no client
// connection of another test holds it. Tests run in parallel: each asks for its own.
inline int free_port() {
  std::mt19937 random(static_cast<unsigned>(getpid()) ^
                      static_cast<unsigned>(std::chrono::steady_clock::now().time_since_epoch().count()));
  for (int attempt = 0; attempt < 100; ++attempt) {
    const int port = 20000 + static_cast<int>(random() % 12000);
    if (can_bind(AF_INET6, port) && can_bind(AF_INET, port)) return port;
  }
  FAIL("no free port on loopback");
  return 0;
}

// `govsite serve --site SITE --port PORT --now 2019-12-31 EXTRA…`, stopped with SIGTERM
// at the end. Its standard error goes to `log` when given; `env` ("NAME=value") is added
// to this process's environment.
struct ServeProcess {
  pid_t pid = -1;
  int exit_code = -1;

  ServeProcess(const std::string& site, int port, const std::vector<std::string>& extra, const std::string& log = "",
               const std::vector<std::string>& env = {}) {
    const std::string binary = GOVSITE_BINARY;
    std::vector<std::string> args = {binary,  "serve",     "--site", site, "--port", std::to_string(port),
                                     "--now", "2019-12-31"};
    args.insert(args.end(), extra.begin(), extra.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!log.empty())
      posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<std::string> variables = env;
    std::vector<char*> envp;
    for (auto& v : variables) envp.push_back(v.data());
    for (char** e = environ; *e; ++e) envp.push_back(*e);
    envp.push_back(nullptr);
    const int rc = posix_spawn(&pid, binary.c_str(), &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
  }

  // The exit code once the process has ended within `seconds`, else -1 (still running).
  int wait_exit(int seconds) {
    int status = 0;
    if (pid > 0 && eventually([&] { return waitpid(pid, &status, WNOHANG) == pid; }, seconds)) {
      pid = -1;
      exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    return exit_code;
  }

  ~ServeProcess() {
    if (pid <= 0) return;
    kill(pid, SIGTERM);
    if (wait_exit(10) == -1 && pid > 0) {
      kill(pid, SIGKILL);
      waitpid(pid, nullptr, 0);
    }
  }
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;
};

// A value of /proc/PID/status in kB, e.g. VmRSS or VmHWM; -1 when absent.
inline long proc_status_kb(pid_t pid, const std::string& key) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(in, line))
    if (line.compare(0, key.size() + 1, key + ":") == 0) return std::stol(line.substr(key.size() + 1));
  return -1;
}

inline httplib::Result get_response(const std::string& host, int port, const std::string& path) {
  httplib::Client client(host, port);
  client.set_connection_timeout(2);
  client.set_read_timeout(5);
  return client.Get(path.c_str());
}

inline std::string get(const std::string& host, int port, const std::string& path, int* status = nullptr) {
  auto res = get_response(host, port, path);
  if (status) *status = res ? res->status : 0;
  return res ? res->body : std::string();
}

// One TCP connection to 127.0.0.1:port that sends and reads bytes exactly as written.
struct RawConnection {
  int fd = -1;

  explicit RawConnection(int port) {
    fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = htons(static_cast<uint16_t>(port));
    if (fd >= 0 && connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
      close(fd);
      fd = -1;
    }
  }
  ~RawConnection() {
    if (fd >= 0) close(fd);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  // False when the server stopped reading (closed or reset the connection).
  bool send_all(const std::string& data) {
    size_t done = 0;
    while (fd >= 0 && done < data.size()) {
      pollfd p{fd, POLLOUT, 0};
      if (poll(&p, 1, 5000) <= 0) return false;
      const ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
      if (n <= 0) return false;
      done += static_cast<size_t>(n);
    }
    return fd >= 0;
  }

  // Reads until `marker` has arrived, the peer closes, or `milliseconds` pass.
  std::string read_until(const std::string& marker, int milliseconds) {
    std::string out;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(milliseconds);
    while (fd >= 0 && out.find(marker) == std::string::npos) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline -
                                                                              std::chrono::steady_clock::now());
      if (left.count() <= 0) break;
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
      char buf[4096];
      const ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      out.append(buf, static_cast<size_t>(n));
    }
    return out;
  }

  // The response head (status line and headers) to a request sent as written.
  std::string request_head(const std::string& request, int milliseconds = 5000) {
    if (!send_all(request)) return "";
    const std::string head = read_until("\r\n\r\n", milliseconds);
    return head.substr(0, head.find("\r\n\r\n"));
  }
};

// The status code of a response head, 0 when there is none.
inline int status_of(const std::string& head) {
  if (head.compare(0, 9, "HTTP/1.1 ") != 0 || head.size() < 12) return 0;
  return std::atoi(head.substr(9, 3).c_str());
}

// The value of header `name` (as written) in a response head, "" when absent.
inline std::string header_of(const std::string& head, const std::string& name) {
  const std::string key = "\r\n" + name + ": ";
  const size_t at = head.find(key);
  if (at == std::string::npos) return "";
  const size_t start = at + key.size();
  return head.substr(start, head.find("\r\n", start) - start);
}

}  // namespace serve_test
