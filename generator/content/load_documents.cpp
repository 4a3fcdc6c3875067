#include "content/load_documents.h"

#include <optional>

#include "content/document_parser.h"
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
                           Diagnostics& diags) {
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
  parallel_for(markdown.size(), jobs, [&](size_t i) {
    const std::string rel = "content/" + markdown[i];
    std::string text, error;
    if (!fs.read_file(join_path(content_dir, markdown[i]), text, error)) {
      diags.error(rel, 0, 0, "unreadable", "cannot read the file: " + error);
      return;
    }
    parsed[i] = parse_document(text, rel, default_id_for(markdown[i]), diags);
  });

  loaded.documents.reserve(parsed.size());
  for (auto& d : parsed)
    if (d) loaded.documents.push_back(std::move(*d));
  return loaded;
}

}  // namespace govsite
