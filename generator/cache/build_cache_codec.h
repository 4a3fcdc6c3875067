// The build cache file's bytes (core/byte_codec.h): the magic line, five parts (header,
// outputs, documents, pages, the rest) and a footer with the byte lengths of the first
// four. Each record's fields are listed once, for writing and reading alike. The file's
// reading, writing and renaming stay in build_cache.cpp.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

#include "cache/build_cache.h"

namespace govsite {

// Encodes `cache`, handing the bytes to `write` about a megabyte at a time (at 50,000
// documents the cache is hundreds of MB, which should not sit in memory twice). False when
// `write` refused some bytes.
bool encode_build_cache(const BuildCache& cache, const std::function<bool(std::string_view)>& write);

// Decodes a whole cache file. Nullopt when it is from another format or malformed. The
// documents' entries point into `bytes`, which `owner` keeps alive; the large parts are
// decoded on up to `jobs` threads.
std::optional<BuildCache> decode_build_cache(std::string_view bytes, const std::shared_ptr<const void>& owner,
                                             unsigned jobs);

}  // namespace govsite
