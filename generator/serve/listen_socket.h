// The listening sockets of `govsite serve` are its own: cpp-httplib's default options set
// SO_REUSEPORT, with which a second server on the same port starts as well and the kernel
// shares the requests between the two. Without it, a port in use is an error we can name.
#pragma once

#include <string>

namespace govsite {

// The socket options for cpp-httplib's set_socket_options: SO_REUSEADDR only, so a
// restarted server can listen again at once but never beside another one.
void exclusive_socket_options(int socket);

// True when `host` (an address or a name such as localhost) and `port` cannot be bound because another socket
// holds them; false when they are free or fail for another reason (no such address).
bool address_in_use(const std::string& host, int port);

}  // namespace govsite
