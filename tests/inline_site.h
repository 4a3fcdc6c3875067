// A site written inline in a test, as Hugo's tests write theirs (the txtar format):
//
//   -- site.yaml --
//   title: 测试局
//   -- content/a.md --
//   ---
//   title: 一
//   ---
//
// Each line "-- path --" starts a file; the lines after it, up to the next such line, are
// its bytes (newlines included). Text before the first file is a comment. The files go
// into a VirtualFileSystem below a folder (write_inline_site) or into a real folder
// (write_inline_site_to_disk), so one text serves an in-memory test and the binary.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/virtual_file_system.h"

// path → bytes, in the order of the paths. Throws on a file named twice (a typo in the
// test, which would otherwise lose a file silently).
inline std::map<std::string, std::string> parse_inline_site(std::string_view text) {
  std::map<std::string, std::string> files;
  std::string* current = nullptr;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    const std::string_view line = text.substr(0, end == std::string_view::npos ? text.size() : end + 1);
    text.remove_prefix(line.size());
    std::string_view bare = line;
    if (!bare.empty() && bare.back() == '\n') bare.remove_suffix(1);
    if (bare.size() > 6 && bare.substr(0, 3) == "-- " && bare.substr(bare.size() - 3) == " --") {
      const std::string path(bare.substr(3, bare.size() - 6));
      if (files.count(path)) throw std::invalid_argument("inline site: " + path + " twice");
      current = &files[path];
      continue;
    }
    if (current) current->append(line);
  }
  return files;
}

// Writes the site's files below `root` ("site": "site/site.yaml", "site/content/a.md").
inline void write_inline_site(govsite::VirtualFileSystem& fs, const std::string& root, std::string_view text) {
  for (auto& [path, bytes] : parse_inline_site(text)) fs.add(govsite::join_path(root, path), std::move(bytes));
}

// The same into a folder on disk, for a test that runs the binary over the same text.
inline void write_inline_site_to_disk(const std::filesystem::path& root, std::string_view text) {
  for (const auto& [path, bytes] : parse_inline_site(text)) {
    std::filesystem::create_directories((root / path).parent_path());
    std::ofstream(root / path, std::ios::binary) << bytes;
  }
}
