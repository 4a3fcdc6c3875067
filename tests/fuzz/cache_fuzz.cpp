// Fuzz target: a build cache file's bytes → the cache, and every cached document in it
// decoded as a rebuild would. A damaged cache must be refused (and the build made a full
// one), never misread into a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cache/build_cache.h"
#include "content/document_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  auto cache = govsite::parse_build_cache(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!cache) return 0;
  for (const auto& [path, entry] : cache->documents) {
    std::optional<govsite::Document> doc;
    std::vector<govsite::Diagnostic> diagnostics;
    govsite::decode_parsed_document(entry.encoded(), doc, diagnostics);
  }
  return 0;
}
