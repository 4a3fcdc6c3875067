// SHA-256 (OpenSSL's libcrypto) for the bundle's MANIFEST.sha256, and deterministic gzip
// (zlib) for the precompressed copies nginx serves with gzip_static.
#pragma once

#include <string>
#include <string_view>

namespace govsite {

// Lower-case hex SHA-256, as sha256sum prints it.
std::string sha256_hex(std::string_view data);

// gzip at the best compression, with no file name and a zero timestamp, so the same input
// always gives the same bytes.
std::string gzip_compress(std::string_view data);

}  // namespace govsite
