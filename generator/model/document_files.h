// Files that belong to a document: its attachments (附件) and the images and files its body
// links to. They are named relative to the document's own folder, may not leave it, must
// exist, must be of an allowed type, and must not belong to an unpublished document.
// Published copies sit beside the document's page, at the same relative path.
#pragma once

#include <string>
#include <vector>

#include "model/site_model.h"

namespace govsite {

struct FileReference {
  std::string path;        // content/… of the file
  std::string output_rel;  // where it goes, relative to the document's page folder
  std::string problem;     // non-empty when the reference cannot be published
  std::string code;        // the diagnostic's code for a problem with the name itself ("bad-file-name")
};

// Resolves a file name as written in document `d` (percent-escapes are decoded).
FileReference resolve_document_file(const SiteModel& m, const Document& d, const std::string& written);

// The same, for a name already decoded (`written` is what the editor wrote, for messages).
FileReference resolve_document_file(const SiteModel& m, const Document& d, const std::string& written,
                                    const std::string& decoded);

// Empty when the file's extension is on `allowed` (lower-case, without dots); otherwise
// what to tell the editor.
std::string file_type_problem(const std::vector<std::string>& allowed, const std::string& path);

// "pdf", "docx", … (lower case), or "" when the name has no extension.
std::string extension_of(const std::string& path);

// 1234 → "1.2 KB": sizes as 附件 lists show them.
std::string human_size(size_t bytes);

}  // namespace govsite
