#include "cache/build_cache.h"

#include <elf.h>
#include <link.h>

#include <cstring>
#include <functional>

#include "core/byte_codec.h"
#include "core/diagnostic_codec.h"
#include "core/file_system.h"
#include "core/parallel.h"

namespace govsite {

namespace {

// Bumped whenever what the cache holds changes meaning.
constexpr std::string_view kMagic = "govsite-cache 7\n";

uint64_t mix(uint64_t h) {  // splitmix64's finalizer
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  return h ^ (h >> 31);
}

}  // namespace

uint64_t content_hash(std::string_view bytes) { return std::hash<std::string_view>{}(bytes); }

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
    // The build ID costs nothing to read; hashing the file itself (2 MB) was a noticeable
    // part of a rebuild with nothing to do.
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

namespace {

// The cache file: the magic line, then five parts, then the byte lengths of the first
// four as fixed 8-byte little-endian numbers (the last part is what is left). The lengths
// come last because the file is written as a stream; they let the reader parse the three
// large parts (outputs, documents, pages) on separate threads.
constexpr size_t kParts = 5;
constexpr size_t kFooterBytes = 8 * (kParts - 1);

uint64_t fixed_u64(std::string_view at) {
  uint64_t v = 0;
  for (size_t k = 0; k < 8; ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(at[k])) << (8 * k);
  return v;
}

void append_fixed_u64(std::string& out, uint64_t v) {
  for (size_t k = 0; k < 8; ++k) out += static_cast<char>((v >> (8 * k)) & 0xff);
}

bool parse_header(ByteReader& r, BuildCache& c) {
  c.executable = r.u64();
  c.identity = r.u64();
  c.inputs = r.u64();
  c.sources_read_at_ns = r.i64();
  return r.ok() && r.at_end();
}

bool parse_outputs(ByteReader& r, BuildCache& c) {
  const size_t n = r.count();
  c.outputs.reserve(n);
  for (size_t k = n; k > 0 && r.ok(); --k) {
    std::string path = r.str();
    OutputRecord o;
    o.hash = r.u64();
    o.size = r.u64();
    o.mtime_ns = r.i64();
    o.render_key = r.u64();
    c.outputs.emplace(std::move(path), o);
  }
  return r.ok() && r.at_end();
}

bool parse_documents(ByteReader& r, BuildCache& c, const std::shared_ptr<const void>& owner) {
  const size_t n = r.count();
  c.documents.reserve(n);
  for (size_t k = n; k > 0 && r.ok(); --k) {
    std::string path = r.str();
    CachedDocument d;
    d.source_hash = r.u64();
    d.stat.size = r.u64();
    d.stat.inode = r.u64();
    d.stat.mtime_ns = r.i64();
    d.stat.ctime_ns = r.i64();
    d.share_encoded(owner, r.view());
    c.documents.emplace(std::move(path), std::move(d));
  }
  return r.ok() && r.at_end();
}

bool parse_pages(ByteReader& r, BuildCache& c) {
  const size_t n = r.count();
  c.pages.reserve(n);
  for (size_t k = n; k > 0 && r.ok(); --k) {
    std::string path = r.str();
    CachedPage p;
    p.key = r.u64();
    p.summary = r.str();
    p.text_hash = r.u64();
    p.links = r.strings();
    p.sources = r.strings();
    p.outputs = r.strings();
    c.pages.emplace(std::move(path), std::make_shared<const CachedPage>(std::move(p)));
  }
  return r.ok() && r.at_end();
}

bool parse_rest(ByteReader& r, BuildCache& c) {
  c.search.order = r.strings();
  for (size_t n = r.count(); n > 0 && r.ok(); --n) c.search.text_hashes.push_back(r.u64());
  c.search.estimate = r.u64();
  c.search.shards = r.u64();
  if (c.search.text_hashes.size() != c.search.order.size()) return false;
  c.theme.css = r.str();
  c.theme.js = r.str();
  c.theme.search_js = r.str();
  c.theme.files = r.strings();
  c.last.documents = r.u64();
  c.last.published = r.u64();
  c.last.pages = r.u64();
  for (size_t n = r.count(); n > 0 && r.ok(); --n) c.last.diagnostics.push_back(decode_diagnostic(r));
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    LeftOutDocument d;
    d.path = r.str();
    d.code = r.str();
    d.date = r.str();
    c.last.left_out.push_back(std::move(d));
  }
  for (size_t n = r.count(); n > 0 && r.ok(); --n) {
    std::string path = r.str();
    OutputRecord o;
    o.size = r.u64();
    o.mtime_ns = r.i64();
    c.last.reports.emplace(std::move(path), o);
  }
  return r.ok() && r.at_end();
}

std::optional<BuildCache> parse_shared_cache(std::string_view bytes, const std::shared_ptr<const void>& owner,
                                             unsigned jobs) {
  if (bytes.substr(0, kMagic.size()) != kMagic || bytes.size() < kMagic.size() + kFooterBytes) return std::nullopt;
  std::string_view body = bytes.substr(kMagic.size(), bytes.size() - kMagic.size() - kFooterBytes);
  const std::string_view footer = bytes.substr(bytes.size() - kFooterBytes);
  std::string_view parts[kParts];
  for (size_t k = 0; k + 1 < kParts; ++k) {
    const uint64_t length = fixed_u64(footer.substr(8 * k));
    if (length > body.size()) return std::nullopt;
    parts[k] = body.substr(0, length);
    body.remove_prefix(length);
  }
  parts[kParts - 1] = body;
  BuildCache c;
  char ok[kParts] = {};
  parallel_for(kParts, jobs, [&](size_t k) {
    ByteReader r(parts[k]);
    switch (k) {
      case 0: ok[k] = parse_header(r, c); break;
      case 1: ok[k] = parse_outputs(r, c); break;
      case 2: ok[k] = parse_documents(r, c, owner); break;
      case 3: ok[k] = parse_pages(r, c); break;
      default: ok[k] = parse_rest(r, c); break;
    }
  });
  for (char part_ok : ok)
    if (!part_ok) return std::nullopt;
  return c;
}

}  // namespace

std::optional<BuildCache> read_build_cache(const FileSystem& fs, const std::string& out_dir, unsigned jobs) {
  // Shared, not copied: on disk the file is mapped, and the documents' entries point into
  // it (a large cache need not be zeroed and filled into a buffer first).
  SharedBytes file;
  std::string error;
  if (!fs.read_shared(build_cache_path(out_dir), file, error) || file.bytes.empty()) return std::nullopt;
  return parse_shared_cache(file.bytes, file.owner, jobs);
}

std::optional<BuildCache> parse_build_cache(std::string_view bytes) {
  auto copy = std::make_shared<const std::string>(bytes);
  return parse_shared_cache(*copy, copy, 1);
}

bool write_build_cache(FileSystem& fs, const std::string& out_dir, const BuildCache& c, std::string& error) {
  // Streamed out a megabyte at a time: at 50,000 documents the cache is hundreds of MB,
  // which should not sit in memory twice.
  const std::string path = build_cache_path(out_dir);
  const std::string temporary = path + ".new";
  std::string reason;
  std::unique_ptr<FileBeingWritten> f = fs.create_file(temporary, reason);
  bool ok = f != nullptr;
  ByteWriter w;
  uint64_t drained = 0;  // bytes written to the file so far
  auto drain = [&](bool always) {
    if (!ok || (!always && w.bytes().size() < (1u << 20))) return;
    ok = f->append(w.bytes());
    drained += w.bytes().size();
    w.bytes().clear();
  };
  // Where each part ends, for the footer (see parse_shared_cache).
  std::vector<uint64_t> part_ends;
  auto end_part = [&] { part_ends.push_back(drained + w.bytes().size()); };
  w.bytes() = kMagic;
  part_ends.push_back(kMagic.size());
  w.u64(c.executable);
  w.u64(c.identity);
  w.u64(c.inputs);
  w.i64(c.sources_read_at_ns);
  end_part();
  w.u64(c.outputs.size());
  for (const auto& [rel, o] : c.outputs) {
    w.str(rel);
    w.u64(o.hash);
    w.u64(o.size);
    w.i64(o.mtime_ns);
    w.u64(o.render_key);
    drain(false);
  }
  end_part();
  w.u64(c.documents.size());
  for (const auto& [rel, d] : c.documents) {
    w.str(rel);
    w.u64(d.source_hash);
    w.u64(d.stat.size);
    w.u64(d.stat.inode);
    w.i64(d.stat.mtime_ns);
    w.i64(d.stat.ctime_ns);
    w.str(d.encoded());
    drain(false);
  }
  end_part();
  w.u64(c.pages.size());
  for (const auto& [rel, shared] : c.pages) {
    const CachedPage& p = *shared;
    w.str(rel);
    w.u64(p.key);
    w.str(p.summary);
    w.u64(p.text_hash);
    w.strings(p.links);
    w.strings(p.sources);
    w.strings(p.outputs);
    drain(false);
  }
  end_part();
  w.strings(c.search.order);
  w.u64(c.search.text_hashes.size());
  for (uint64_t h : c.search.text_hashes) w.u64(h);
  w.u64(c.search.estimate);
  w.u64(c.search.shards);
  w.str(c.theme.css);
  w.str(c.theme.js);
  w.str(c.theme.search_js);
  w.strings(c.theme.files);
  w.u64(c.last.documents);
  w.u64(c.last.published);
  w.u64(c.last.pages);
  w.u64(c.last.diagnostics.size());
  for (const Diagnostic& d : c.last.diagnostics) encode_diagnostic(w, d);
  w.u64(c.last.left_out.size());
  for (const LeftOutDocument& d : c.last.left_out) {
    w.str(d.path);
    w.str(d.code);
    w.str(d.date);
  }
  w.u64(c.last.reports.size());
  for (const auto& [rel, o] : c.last.reports) {
    w.str(rel);
    w.u64(o.size);
    w.i64(o.mtime_ns);
  }
  for (size_t k = 1; k < part_ends.size(); ++k) append_fixed_u64(w.bytes(), part_ends[k] - part_ends[k - 1]);
  drain(true);
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
    same[k] = fs.stat_file(join_path(out_dir, records[k]->first), st) &&
              st.size == records[k]->second.size && st.mtime_ns == records[k]->second.mtime_ns;
  });
  for (char s : same)
    if (!s) return false;
  return true;
}

}  // namespace govsite
