#include "cache/build_cache_codec.h"

#include "core/byte_codec.h"
#include "core/diagnostic_codec.h"
#include "core/parallel.h"

namespace govsite {

namespace {

// Bumped whenever what the cache holds changes meaning.
constexpr std::string_view kMagic = "govsite-cache 8\n";

// The parts: the lengths of the first four come last, as fixed 8-byte little-endian
// numbers (the last part is what is left), because the file is written as a stream; they
// let the reader decode the three large parts (outputs, documents, pages) on separate
// threads.
constexpr size_t kParts = 5;
constexpr size_t kFooterBytes = 8 * (kParts - 1);
constexpr size_t kChunkBytes = size_t{1} << 20;

using Owner = std::shared_ptr<const void>;

uint64_t fixed_u64(std::string_view at) {
  uint64_t v = 0;
  for (size_t k = 0; k < 8; ++k) v |= static_cast<uint64_t>(static_cast<unsigned char>(at[k])) << (8 * k);
  return v;
}

void append_fixed_u64(std::string& out, uint64_t v) {
  for (size_t k = 0; k < 8; ++k) out += static_cast<char>((v >> (8 * k)) & 0xff);
}

// A map by path: its size, then each path and its entry (transferred by `each`). The
// writer may stream after each entry.
template <typename T, typename Each>
void transfer_map(ByteWriter& w, const std::unordered_map<std::string, T>& map, Each each) {
  w.u64(map.size());
  for (const auto& [path, value] : map) {
    w.str(path);
    each(value);
    w.end_item();
  }
}
template <typename T, typename Each>
void transfer_map(ByteReader& r, std::unordered_map<std::string, T>& map, Each each) {
  const size_t n = r.count();
  map.reserve(n);
  for (size_t k = n; k > 0 && r.ok(); --k) {
    std::string path = r.str();
    T value{};
    each(value);
    map.emplace(std::move(path), std::move(value));
  }
}

}  // namespace

// The field lists (core/byte_codec.h), in namespace govsite so the containers' templates
// find them.

template <typename Io>
void transfer(Io& io, Ref<Io, OutputRecord> o) {
  transfer(io, o.hash);
  transfer(io, o.size);
  transfer(io, o.mtime_ns);
  transfer(io, o.render_key);
}

template <typename Io>
void transfer(Io& io, Ref<Io, FileStat> s) {
  transfer(io, s.size);
  transfer(io, s.inode);
  transfer(io, s.mtime_ns);
  transfer(io, s.ctime_ns);
}

// The encoded document is written as a string and read as a view into the cache file.
void transfer_encoded(ByteWriter& w, const CachedDocument& d, const Owner&) { w.str(d.encoded()); }
void transfer_encoded(ByteReader& r, CachedDocument& d, const Owner& owner) { d.share_encoded(owner, r.view()); }

template <typename Io>
void transfer(Io& io, Ref<Io, CachedDocument> d, const Owner& owner) {
  transfer(io, d.source_hash);
  transfer(io, d.stat);
  transfer_encoded(io, d, owner);
}

template <typename Io>
void transfer(Io& io, Ref<Io, CachedPage> p) {
  transfer(io, p.key);
  transfer(io, p.summary);
  transfer(io, p.text_hash);
  transfer(io, p.links);
  transfer(io, p.sources);
  transfer(io, p.outputs);
}

// Shared pages: written from the record, read into a new one.
void transfer(ByteWriter& w, const std::shared_ptr<const CachedPage>& p) { transfer(w, *p); }
void transfer(ByteReader& r, std::shared_ptr<const CachedPage>& p) {
  CachedPage page;
  transfer(r, page);
  p = std::make_shared<const CachedPage>(std::move(page));
}

template <typename Io>
void transfer(Io& io, Ref<Io, SearchIndexState> s) {
  transfer(io, s.order);
  transfer(io, s.text_hashes);
  transfer(io, s.estimate);
  transfer(io, s.shards);
}

template <typename Io>
void transfer(Io& io, Ref<Io, ThemeAssets> t) {
  transfer(io, t.css);
  transfer(io, t.js);
  transfer(io, t.search_js);
  transfer(io, t.files);
}

template <typename Io>
void transfer(Io& io, Ref<Io, LeftOutDocument> d) {
  transfer(io, d.path);
  transfer(io, d.code);
  transfer(io, d.date);
}

template <typename Io>
void transfer(Io& io, Ref<Io, LastBuild> last) {
  transfer(io, last.documents);
  transfer(io, last.published);
  transfer(io, last.pages);
  transfer(io, last.diagnostics);
  transfer(io, last.left_out);
  // A report's record keeps only what tells whether the file changed since.
  transfer_map(io, last.reports, [&](auto& o) {
    transfer(io, o.size);
    transfer(io, o.mtime_ns);
  });
}

namespace {

// Part `part` of the cache file.
template <typename Io>
void transfer_part(Io& io, Ref<Io, BuildCache> c, size_t part, const Owner& owner) {
  switch (part) {
    case 0:
      transfer(io, c.executable);
      transfer(io, c.identity);
      transfer(io, c.inputs);
      transfer(io, c.sources_read_at_ns);
      break;
    case 1: transfer_map(io, c.outputs, [&](auto& o) { transfer(io, o); }); break;
    case 2: transfer_map(io, c.documents, [&](auto& d) { transfer(io, d, owner); }); break;
    case 3: transfer_map(io, c.pages, [&](auto& p) { transfer(io, p); }); break;
    default:
      transfer(io, c.search);
      transfer(io, c.theme);
      transfer(io, c.last);
      break;
  }
}

}  // namespace

bool encode_build_cache(const BuildCache& c, const std::function<bool(std::string_view)>& write) {
  ByteWriter w(write, kChunkBytes);
  w.bytes() = kMagic;
  std::vector<uint64_t> part_ends{kMagic.size()};  // for the footer
  for (size_t k = 0; k < kParts; ++k) {
    transfer_part(w, c, k, nullptr);
    part_ends.push_back(w.position());
  }
  for (size_t k = 1; k < kParts; ++k) append_fixed_u64(w.bytes(), part_ends[k] - part_ends[k - 1]);
  return w.flush();
}

std::optional<BuildCache> decode_build_cache(std::string_view bytes, const Owner& owner, unsigned jobs) {
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
  parallel_for(kParts, jobs, [&](size_t k) {  // the parts fill separate members of `c`
    ByteReader r(parts[k]);
    transfer_part(r, c, k, owner);
    ok[k] = r.ok() && r.at_end();
  });
  for (char part_ok : ok)
    if (!part_ok) return std::nullopt;
  if (c.search.text_hashes.size() != c.search.order.size()) return std::nullopt;
  return c;
}

std::optional<BuildCache> parse_build_cache(std::string_view bytes) {
  auto copy = std::make_shared<const std::string>(bytes);
  return decode_build_cache(*copy, copy, 1);
}

}  // namespace govsite
