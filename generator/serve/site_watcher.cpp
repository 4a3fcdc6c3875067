#include "serve/site_watcher.h"

#include <filesystem>

namespace govsite {

namespace fs = std::filesystem;

namespace {

void mix(uint64_t& h, const void* data, size_t size) {
  const unsigned char* p = static_cast<const unsigned char*>(data);
  for (size_t i = 0; i < size; ++i) {
    h ^= p[i];
    h *= 1099511628211ULL;
  }
}

void add_file(uint64_t& h, const fs::path& p, const fs::directory_entry& e) {
  std::error_code ec;
  const std::string name = p.string();
  const auto size = e.file_size(ec);
  const auto time = e.last_write_time(ec).time_since_epoch().count();
  mix(h, name.data(), name.size());
  mix(h, &size, sizeof size);
  mix(h, &time, sizeof time);
}

}  // namespace

uint64_t site_fingerprint(const std::string& site_dir) {
  uint64_t h = 1469598103934665603ULL;
  std::error_code ec;
  const fs::path root(site_dir);
  fs::directory_entry config(root / "site.yaml", ec);
  if (!ec && config.exists(ec)) add_file(h, root / "site.yaml", config);
  for (const char* folder : {"content", "themes", "data"}) {
    fs::recursive_directory_iterator it(root / folder, ec), end;
    for (; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) add_file(h, it->path(), *it);
    ec.clear();
  }
  return h;
}

}  // namespace govsite
