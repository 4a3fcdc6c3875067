#include "content/load_documents.h"

#include <optional>

#include "content/document_codec.h"
#include "content/document_parser.h"
#include "content/front_matter.h"
#include "core/messages.h"
#include "core/parallel.h"
#include "core/placeholder.h"

namespace govsite {

namespace {

// A file last written this close to the moment the previous build read content/ is read
// again even when its stat is unchanged: a second write within the same clock tick as the
// first leaves size and times as they were (git calls such entries "racily clean").
constexpr int64_t kRacyWindowNs = 2'000'000'000;

// The stat the previous build recorded for this file (none is recorded, inode 0, where
// the file system keeps no times), unchanged and old enough to trust.
bool unchanged_since(const CachedDocument& cached, const FileStat& now, int64_t previous_read_at_ns) {
  return cached.stat.inode != 0 && cached.stat == now && now.mtime_ns < previous_read_at_ns - kRacyWindowNs &&
         now.ctime_ns < previous_read_at_ns - kRacyWindowNs;
}

// LoadedContent::fingerprint from each Markdown file's content hash and the other files.
uint64_t content_fingerprint(const ContentScan& scan, const std::vector<uint64_t>& hashes) {
  KeyHasher fingerprint;
  for (size_t i = 0; i < scan.markdown.size(); ++i) fingerprint.add(scan.markdown[i]).add(hashes[i]);
  for (size_t i = 0; i < scan.files.size(); ++i) fingerprint.add(scan.files[i]).add(scan.stamps[i]);
  return fingerprint.key();
}

// The file as "present but broken" when loading it reported an error: `text` (may be
// empty when the document parsed) gives the id of a file that did not parse.
std::optional<BrokenFile> broken_file(const std::string& rel, const std::string& relative_to_content,
                                      const std::optional<Document>& parsed, const std::vector<Diagnostic>& found,
                                      const std::string& text) {
  const Diagnostic* first = nullptr;
  for (const auto& d : found)  // sorted: the first error is the one on the earliest line
    if (d.severity == Severity::error && d.path == rel) {
      first = &d;
      break;
    }
  if (!first) return std::nullopt;
  BrokenFile b{rel, parsed ? parsed->id : declared_id(text), first->line, parsed.has_value()};
  if (b.id.empty()) b.id = default_id_for(relative_to_content);
  return b;
}

// Loading the files of content/, one at a time on any thread: what it reads, and where
// each file leaves its results (by its index in scan.markdown).
struct FileLoader {
  const FileSystem& fs;
  const ContentScan& scan;
  const std::vector<std::string>& markdown;
  const std::string& content_dir;
  const BuildCache* previous;
  bool keep_for_cache;
  Diagnostics& diags;
  std::vector<uint64_t> hashes;         // content hash | 1; 0: unreadable
  std::vector<CachedDocument> entries;  // for the next cache, with keep_for_cache
  std::vector<char> read;               // 1: the file was opened
  std::vector<std::optional<BrokenFile>> broken;

  // One file: its document, or none when it was refused or unreadable.
  std::optional<Document> load_one(size_t i) {
    std::optional<Document> parsed;
    const std::string rel = "content/" + markdown[i];
    const std::string path = join_path(content_dir, markdown[i]);
    const FileStat& stat = scan.stats[i];
    const bool has_stat = scan.has_stat[i];
    const CachedDocument* cached = nullptr;
    if (previous) {
      auto it = previous->documents.find(rel);
      if (it != previous->documents.end()) cached = &it->second;
    }
    std::vector<Diagnostic> found;
    // Unchanged by its stat: the previous build's parse, without opening the file. The body
    // is read only if the document's page has to be rendered again (load_body). A file that
    // did not parse is read all the same, for the id it declares (broken_file()).
    if (cached && has_stat && unchanged_since(*cached, stat, previous->sources_read_at_ns) &&
        decode_parsed_document(cached->encoded(), parsed, found) && parsed) {
      hashes[i] = cached->source_hash;
      parsed->body_pending = true;
      if (keep_for_cache) entries[i] = *cached;
      broken[i] = broken_file(rel, markdown[i], parsed, found, "");
      for (const auto& d : found) diags.add(d);
      return parsed;
    }
    read[i] = 1;
    std::string text, error;
    if (!fs.read_file(path, text, error)) {
      diags.error(rel, 0, 0, "unreadable", tr("unreadable", {error}));
      return std::nullopt;
    }
    hashes[i] = content_hash(text) | 1;  // 0 stays "unreadable"
    if (cached && cached->source_hash != hashes[i]) cached = nullptr;
    found.clear();
    // Parsed by the previous build from these very bytes: the same document and the same
    // diagnostics; only the body, which the cache leaves out, is cut from the file again
    // (checked again as text: render_markdown relies on it, not on the hash).
    Diagnostics not_text;
    if (cached && decode_parsed_document(cached->encoded(), parsed, found) &&
        (!parsed || readable_text(text, rel, not_text))) {
      if (parsed) parsed->body = split_front_matter(text).body;
      if (keep_for_cache) entries[i] = *cached;
    } else {
      Diagnostics own;
      parsed = parse_document(text, rel, default_id_for(markdown[i]), own);
      // govsite init's placeholders: an error where they could be published, a reminder in a draft.
      report_placeholders(text, rel, parsed && parsed->draft ? Severity::warning : Severity::error, own);
      found = own.sorted();
      if (keep_for_cache) {
        entries[i].source_hash = hashes[i];
        if (parsed) {
          std::string body = std::move(parsed->body);
          parsed->body.clear();
          entries[i].set_encoded(encode_parsed_document(parsed, found));
          parsed->body = std::move(body);
        } else {
          entries[i].set_encoded(encode_parsed_document(std::nullopt, found));
        }
      }
    }
    if (keep_for_cache) entries[i].stat = has_stat ? stat : FileStat();  // as read now
    broken[i] = broken_file(rel, markdown[i], parsed, found, text);
    for (const auto& d : found) diags.add(d);
    return parsed;
  }
};

}  // namespace

ContentScan scan_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs) {
  ContentScan scan;
  scan.started_at_ns = fs.now_ns();  // the clock the file system stamps files with
  const std::string content_dir = join_path(site_dir, "content");
  scan.found = fs.is_directory(content_dir);
  if (!scan.found) return scan;
  for (auto& rel : fs.list_files(content_dir, scan.problems)) {
    if (ends_with(rel, ".md")) scan.markdown.push_back(std::move(rel));
    else scan.files.push_back("content/" + rel);
  }
  scan.stats.resize(scan.markdown.size());
  scan.has_stat.resize(scan.markdown.size(), 0);
  scan.stamps.resize(scan.files.size());
  const size_t markdown = scan.markdown.size();
  parallel_for(markdown + scan.files.size(), jobs, [&](size_t i) {
    if (i < markdown) scan.has_stat[i] = fs.stat_file(join_path(content_dir, scan.markdown[i]), scan.stats[i]);
    else scan.stamps[i - markdown] = fs.stamp(join_path(site_dir, scan.files[i - markdown]));
  });
  return scan;
}

std::optional<uint64_t> unchanged_content_fingerprint(const ContentScan& scan, const BuildCache& previous) {
  if (!scan.found || !scan.problems.empty() || scan.markdown.size() != previous.documents.size()) return std::nullopt;
  std::vector<uint64_t> hashes(scan.markdown.size(), 0);
  for (size_t i = 0; i < scan.markdown.size(); ++i) {
    auto it = previous.documents.find("content/" + scan.markdown[i]);
    if (it == previous.documents.end() || !scan.has_stat[i] ||
        !unchanged_since(it->second, scan.stats[i], previous.sources_read_at_ns))
      return std::nullopt;
    hashes[i] = it->second.source_hash;
  }
  return content_fingerprint(scan, hashes);
}

std::string default_id_for(const std::string& relative_path) {
  std::string name = relative_path.substr(relative_path.rfind('/') + 1);
  if (name == "index.md") {
    std::string folder = parent_path(relative_path);
    return folder.substr(folder.rfind('/') + 1);
  }
  return name.substr(0, name.size() - 3);
}

LoadedContent load_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs, Diagnostics& diags,
                           const BuildCache* previous, bool keep_for_cache, const ContentScan* scanned) {
  LoadedContent loaded;
  const std::string content_dir = join_path(site_dir, "content");
  std::optional<ContentScan> own_scan;
  if (!scanned) own_scan = scan_content(fs, site_dir, jobs);
  const ContentScan& scan = scanned ? *scanned : *own_scan;
  if (!scan.found) {
    diags.error("content", 0, 0, "no-content", tr("no-content"));
    return loaded;
  }
  const std::vector<std::string>& markdown = scan.markdown;
  for (const auto& p : scan.problems) {
    size_t colon = p.find(": ");
    diags.error("content/" + p.substr(0, colon), 0, 0, "unreadable", p.substr(colon + 2));
  }

  // Each document is made in its final place (documents without their parse, refused
  // files, are squeezed out below): a second array of them would be fresh memory, as large
  // as the site, for nothing.
  std::vector<Document> docs(markdown.size());
  std::vector<char> parsed_ok(markdown.size(), 0);
  FileLoader loader{fs,
                    scan,
                    markdown,
                    content_dir,
                    previous,
                    keep_for_cache,
                    diags,
                    std::vector<uint64_t>(markdown.size(), 0),
                    std::vector<CachedDocument>(keep_for_cache ? markdown.size() : 0),
                    std::vector<char>(markdown.size(), 0),
                    std::vector<std::optional<BrokenFile>>(markdown.size())};
  std::vector<uint64_t>& hashes = loader.hashes;
  loaded.sources_read_at_ns = scan.started_at_ns;
  parallel_for(markdown.size(), jobs, [&](size_t i) {
    if (std::optional<Document> parsed = loader.load_one(i)) {
      docs[i] = std::move(*parsed);
      parsed_ok[i] = 1;
    }
  });

  loaded.markdown_files = markdown.size();
  loaded.files = scan.files;
  for (char r : loader.read) loaded.files_read += r;

  loaded.fingerprint = content_fingerprint(scan, hashes);
  if (keep_for_cache)
    for (size_t i = 0; i < markdown.size(); ++i)
      if (hashes[i]) loaded.cache_entries.emplace("content/" + markdown[i], std::move(loader.entries[i]));

  for (auto& b : loader.broken)
    if (b) loaded.broken.push_back(std::move(*b));

  size_t kept = 0;
  for (size_t i = 0; i < docs.size(); ++i)
    if (parsed_ok[i]) {
      docs[i].source_hash = hashes[i];
      if (kept != i) docs[kept] = std::move(docs[i]);
      ++kept;
    }
  docs.resize(kept);
  loaded.documents = std::move(docs);
  return loaded;
}

bool load_body(const FileSystem& fs, const std::string& site_dir, Document& d, Diagnostics& diags) {
  if (!d.body_pending) return true;
  std::string text, error;
  if (!fs.read_file(join_path(site_dir, d.path), text, error)) {
    diags.error(d.path, 0, 0, "unreadable", tr("unreadable", {error}));
    return false;
  }
  if ((content_hash(text) | 1) != d.source_hash) {
    diags.error(d.path, 0, 0, "changed-during-build", tr("changed-during-build"));
    return false;
  }
  // The bytes the cached parse was made from, by their hash; render_markdown relies on
  // their being text, so that is checked, not taken from the hash.
  if (!readable_text(text, d.path, diags)) return false;
  d.body = split_front_matter(text).body;
  d.body_pending = false;
  return true;
}

}  // namespace govsite
