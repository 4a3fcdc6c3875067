// The operating system's reason for a failed file operation, in the message language:
// strerror() is English only, and an editor reading 无法写入 … （No such file or directory）
// is left with half a message. The common reasons are in the catalog; any other keeps the
// system's own words.
#pragma once

#include <string>
#include <system_error>

namespace govsite {

std::string system_error_text(int error_number);
std::string system_error_text(const std::error_code& ec);

}  // namespace govsite
