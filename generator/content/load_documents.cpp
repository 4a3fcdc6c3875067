#include "content/load_documents.h"

#include <optional>

#include "content/document_parser.h"
#include "content/front_matter.h"
#include "core/parallel.h"

namespace govsite {

namespace {

}  // namespace

std::string default_id_for(const std::string& relative_path) {
  std::string name = relative_path.substr(relative_path.rfind('/') + 1);
  if (name == "index.md") {
    std::string folder = parent_path(relative_path);
    return folder.substr(folder.rfind('/') + 1);
  }
  return name.substr(0, name.size() - 3);
}

LoadedContent load_content(const FileSystem& fs, const std::string& site_dir, unsigned jobs,
                           Diagnostics& diags, const BuildCache* previous, bool keep_for_cache) {
  LoadedContent loaded;
  const std::string content_dir = join_path(site_dir, "content");
  if (!fs.is_directory(content_dir)) {
    diags.error("content", 0, 0, "no-content", "there is no content/ folder in the site folder");
    return loaded;
  }
  std::vector<std::string> problems;
  std::vector<std::string> markdown;
  for (auto& rel : fs.list_files(content_dir, problems)) {
    if (ends_with(rel, ".md")) markdown.push_back(std::move(rel));
    else loaded.files.push_back("content/" + rel);
  }
  for (const auto& p : problems) {
    size_t colon = p.find(": ");
    diags.error("content/" + p.substr(0, colon), 0, 0, "unreadable", p.substr(colon + 2));
  }

  std::vector<std::optional<Document>> parsed(markdown.size());
  std::vector<uint64_t> hashes(markdown.size(), 0);
  std::vector<CachedDocument> entries(keep_for_cache ? markdown.size() : 0);
  parallel_for(markdown.size(), jobs, [&](size_t i) {
    const std::string rel = "content/" + markdown[i];
    std::string text, error;
    if (!fs.read_file(join_path(content_dir, markdown[i]), text, error)) {
      diags.error(rel, 0, 0, "unreadable", "cannot read the file: " + error);
      return;
    }
    hashes[i] = content_hash(text) | 1;  // 0 stays "unreadable"
    const CachedDocument* cached = nullptr;
    if (previous) {
      auto it = previous->documents.find(rel);
      if (it != previous->documents.end() && it->second.source_hash == hashes[i]) cached = &it->second;
    }
    std::vector<Diagnostic> found;
    // Parsed by the previous build from these very bytes: the same document and the same
    // diagnostics; only the body, which the cache leaves out, is cut from the file again.
    if (cached && decode_parsed_document(cached->encoded, parsed[i], found)) {
      if (parsed[i]) parsed[i]->body = split_front_matter(text).body;
      if (keep_for_cache) entries[i] = *cached;
    } else {
      Diagnostics own;
      parsed[i] = parse_document(text, rel, default_id_for(markdown[i]), own);
      found = own.sorted();
      if (keep_for_cache) {
        entries[i].source_hash = hashes[i];
        if (parsed[i]) {
          std::string body = std::move(parsed[i]->body);
          parsed[i]->body.clear();
          entries[i].encoded = encode_parsed_document(parsed[i], found);
          parsed[i]->body = std::move(body);
        } else {
          entries[i].encoded = encode_parsed_document(std::nullopt, found);
        }
      }
    }
    for (const auto& d : found) diags.add(d);
  });

  KeyHasher fingerprint;
  for (size_t i = 0; i < markdown.size(); ++i) fingerprint.add(markdown[i]).add(hashes[i]);
  for (const auto& file : loaded.files) fingerprint.add(file).add(fs.stamp(join_path(site_dir, file)));
  loaded.fingerprint = fingerprint.key();
  if (keep_for_cache)
    for (size_t i = 0; i < markdown.size(); ++i)
      if (hashes[i]) loaded.cache_entries.emplace("content/" + markdown[i], std::move(entries[i]));

  loaded.documents.reserve(parsed.size());
  for (size_t i = 0; i < parsed.size(); ++i)
    if (parsed[i]) {
      parsed[i]->source_hash = hashes[i];
      loaded.documents.push_back(std::move(*parsed[i]));
    }
  return loaded;
}

}  // namespace govsite
