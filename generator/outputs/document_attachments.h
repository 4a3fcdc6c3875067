// A document's files published beside its page: the 附件 its front matter lists and the
// images and files its body links to, each copied once (FileCopier), and the 附件 list and
// embedded media of the page's template value.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "core/output_writer.h"
#include "core/value.h"
#include "model/document_files.h"
#include "model/site_model.h"

namespace govsite {

// Copies a document's files beside its page, each once. Returns the size, or -1 after
// reporting a problem.
class FileCopier {
 public:
  FileCopier(const FileSystem& fs, const std::string& site_dir, const Document& d, OutputWriter& out,
             Diagnostics& diags)
      : fs_(fs), site_dir_(site_dir), d_(d), out_(out), diags_(diags) {}

  // The file's size, copying it on its first use; -1 after reporting a problem (an unsafe
  // SVG is reported once and never published).
  long copy(const FileReference& ref, int line, int column);

  // (source path, output path beside the page) of every file copied, in order.
  const std::vector<std::pair<std::string, std::string>>& copied() const { return copied_; }

 private:
  const FileSystem& fs_;
  const std::string& site_dir_;
  const Document& d_;
  OutputWriter& out_;
  Diagnostics& diags_;
  std::map<std::string, long> sizes_;
  std::vector<std::pair<std::string, std::string>> copied_;
};

// The 附件 list, copying each file; and for audio/video interpretations the media to embed.
void add_attachments(const SiteModel& m, const Document& d, FileCopier& copier, Value& page);

}  // namespace govsite
