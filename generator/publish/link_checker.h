// Checks the generated site the way a visitor's browser would: every href and src in every
// HTML page written must lead to a file that was written. Wraps the output writer, so it
// sees each page once, as it is written, and keeps only the distinct link targets.
#pragma once

#include <mutex>
#include <unordered_set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "publish/output_writer.h"

namespace govsite {

class LinkCheckingWriter : public OutputWriter {
 public:
  // `base_path` is the path part of base_url ("/" or "/sub/"): links starting with it are
  // site-absolute (404.html uses them).
  LinkCheckingWriter(OutputWriter& inner, std::string base_path) : inner_(inner), base_path_(std::move(base_path)) {}

  bool write(const std::string& rel, std::string_view bytes, std::string& error) override;
  bool write_owned(const std::string& rel, std::string&& bytes, std::string& error) override;
  // A kept page is not read again: its links were checked when it was written, and it is
  // kept only when nothing it was rendered from changed. Nor is it recorded here: the
  // inner writer knows what it kept (a rebuild keeps thousands of files, and recording
  // each under this writer's lock was a noticeable part of a one-change rebuild: see
  // docs/performance.md).
  bool keep(const std::string& rel) override { return inner_.keep(rel); }
  bool kept(const std::string& rel) const override { return inner_.kept(rel); }

  // One error per link target that no written file satisfies, naming a page that links it.
  void report(Diagnostics& diags) const;

 private:
  // Each link of the page: (target in the output, or "\n" + url when it leaves the site; url as written).
  using Links = std::vector<std::pair<std::string, std::string>>;
  Links links_of(const std::string& page, std::string_view html) const;
  // `page` is written, and links to `links`.
  void record(const std::string& page, Links links);
  OutputWriter& inner_;
  std::string base_path_;
  mutable std::mutex mutex_;
  std::unordered_set<std::string> written_;  // written through this writer (not kept)
  std::unordered_map<std::string, std::pair<std::string, std::string>> targets_;  // → (page, url)
};

}  // namespace govsite
