#include "cache/build_cache.h"

#include <elf.h>
#include <link.h>

#include <cstring>

// Header-only: XXH3 is inlined here, so the program links no xxhash library.
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "cache/build_cache_codec.h"
#include "core/file_system.h"
#include "core/parallel.h"

namespace govsite {

namespace {

uint64_t mix(uint64_t h) {  // splitmix64's finalizer
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

}  // namespace

uint64_t content_hash(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

KeyHasher& KeyHasher::add(std::string_view bytes) {
  state_ = mix(state_ ^ content_hash(bytes)) + bytes.size();
  return *this;
}

KeyHasher& KeyHasher::add(uint64_t n) {
  state_ = mix(state_ ^ mix(n + 0x632be59bd9b4e019ULL));
  return *this;
}

namespace {

// The GNU build ID the linker wrote into the running program (a SHA-1 of the linked file,
// so it changes with any change to the code), or empty when it has none.
std::string_view program_build_id() {
  std::string_view id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* out) -> int {
        // The first object listed is the program itself.
        for (int k = 0; k < info->dlpi_phnum; ++k) {
          const ElfW(Phdr)& segment = info->dlpi_phdr[k];
          if (segment.p_type != PT_NOTE) continue;
          const char* at = reinterpret_cast<const char*>(info->dlpi_addr + segment.p_vaddr);
          const char* end = at + segment.p_memsz;
          while (at + sizeof(ElfW(Nhdr)) <= end) {
            const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
            const char* name = at + sizeof(ElfW(Nhdr));
            const char* desc = name + ((note->n_namesz + 3) & ~3u);
            if (desc + note->n_descsz > end) break;
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
              *static_cast<std::string_view*>(out) = std::string_view(desc, note->n_descsz);
              return 1;
            }
            at = desc + ((note->n_descsz + 3) & ~3u);
          }
        }
        return 1;
      },
      &id);
  return id;
}

}  // namespace

uint64_t executable_hash() {
  static const uint64_t hash = [] {
    // The build ID costs nothing to read; hashing the whole file was a noticeable part of
    // a rebuild with nothing to do (docs/performance.md).
    if (std::string_view id = program_build_id(); !id.empty()) return content_hash(id) | 1;
    std::string bytes, error;
    // /proc/self/exe is the running binary even if the file on disk was replaced since. It
    // is on the real disk whatever file system the site is built on.
    if (!real_disk().read_file("/proc/self/exe", bytes, error)) return uint64_t{0};
    return content_hash(bytes);
  }();
  return hash;
}

std::string build_cache_path(const std::string& out_dir) {
  std::string dir = out_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  const size_t slash = dir.rfind('/');
  return slash == std::string::npos ? "." + dir + ".govsite-cache"
                                    : dir.substr(0, slash + 1) + "." + dir.substr(slash + 1) + ".govsite-cache";
}

void CachedDocument::set_encoded(std::string bytes) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  encoded_ = *owned;
  owner_ = std::move(owned);
}

std::optional<BuildCache> read_build_cache(const FileSystem& fs, const std::string& out_dir, unsigned jobs) {
  // Shared, not copied: on disk the file is mapped, and the documents' entries point into
  // it (a large cache need not be zeroed and filled into a buffer first).
  SharedBytes file;
  std::string error;
  if (!fs.read_shared(build_cache_path(out_dir), file, error) || file.bytes.empty()) return std::nullopt;
  return decode_build_cache(file.bytes, file.owner, jobs);
}

bool write_build_cache(FileSystem& fs, const std::string& out_dir, const BuildCache& c, std::string& error) {
  const std::string path = build_cache_path(out_dir);
  const std::string temporary = path + ".new";
  std::string reason;
  std::unique_ptr<FileBeingWritten> f = fs.create_file(temporary, reason);
  bool ok = f != nullptr && encode_build_cache(c, [&f](std::string_view bytes) { return f->append(bytes); });
  if (f) ok = f->close(reason) && ok;
  if (ok) ok = fs.rename(temporary, path, reason);
  if (!ok) {
    error = "cannot write the build cache " + path + ": " + reason;
    std::string ignored;
    fs.remove_file(temporary, ignored);
  }
  return ok;
}

bool output_matches_cache(const FileSystem& fs, const std::string& out_dir, const BuildCache& cache, unsigned jobs) {
  std::vector<const std::pair<const std::string, OutputRecord>*> records;
  records.reserve(cache.outputs.size());
  for (const auto& entry : cache.outputs) records.push_back(&entry);
  std::vector<char> same(records.size(), 0);
  parallel_for(records.size(), jobs, [&](size_t k) {
    FileStat st;
    same[k] = fs.stat_file(join_path(out_dir, records[k]->first), st) && st.size == records[k]->second.size &&
              st.mtime_ns == records[k]->second.mtime_ns;
  });
  for (char s : same)
    if (!s) return false;
  return true;
}

}  // namespace govsite
