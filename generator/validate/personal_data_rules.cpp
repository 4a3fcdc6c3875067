#include <string>

#include "vocabulary/personal_data.h"
#include "core/file_system.h"
#include "core/messages.h"
#include "core/utf8.h"
#include "model/document_files.h"
#include "validate/rules.h"

namespace govsite {

namespace {

// Attachments that are text, so that a 名单 in a .csv is read like the body.
bool is_text_file(const std::string& ext) {
  return ext == "csv" || ext == "txt" || ext == "html" || ext == "htm" || ext == "xml" || ext == "json" || ext == "md";
}

}  // namespace

void check_personal_data(const SiteModel& m, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;  // a withheld or draft document may hold what it needs
    const Document& d = m.docs[i];
    for (const auto& hit : d.personal_data)
      diags.error(d.path, hit.pos.line, hit.pos.column, "personal-data", tr("personal-data", {hit.kind, hit.masked}));
  }
}

void check_attachment_personal_data(const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                                    Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;
    const Document& d = m.docs[i];
    for (const auto& a : d.attachments) {
      const FileReference ref = resolve_document_file(m, d, a.file);
      if (!ref.problem.empty() || !is_text_file(extension_of(ref.path))) continue;
      std::string text, error;
      if (!fs.read_file(join_path(site_dir, ref.path), text, error)) continue;  // check_attachments reports it
      int line = 1;
      size_t line_start = 0, scanned = 0;
      for (const auto& found : find_personal_data(text)) {
        bool declared = false;
        for (const auto& digits : d.public_numbers) declared = declared || digits == found.digits;
        if (declared) continue;
        for (; scanned < found.offset; ++scanned)
          if (text[scanned] == '\n') {
            ++line;
            line_start = scanned + 1;
          }
        const int column = column_of_byte(std::string_view(text).substr(line_start), found.offset - line_start);
        diags.error(ref.path, line, column, "personal-data",
                    tr("personal-data.attachment",
                       {personal_data_kind_name(found.kind), masked_personal_number(found), d.path}));
      }
    }
  }
}

}  // namespace govsite
