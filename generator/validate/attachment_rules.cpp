#include "core/messages.h"
#include "model/document_files.h"
#include "validate/rules.h"

namespace govsite {

void check_attachments(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (size_t i = 0; i < m.docs.size(); ++i) {
    if (!m.published[i]) continue;  // an unpublished document's files are never copied
    const Document& d = m.docs[i];
    bool has_media = false;
    for (const auto& a : d.attachments) {
      FileReference ref = resolve_document_file(m, d, a.file);
      std::string problem = ref.problem.empty() ? file_type_problem(config.attachment_types, ref.path) : ref.problem;
      if (!problem.empty()) {
        diags.error(d.path, a.pos.line, a.pos.column, ref.code.empty() ? "bad-attachment" : ref.code,
                    tr("bad-attachment", {problem}));
        continue;
      }
      const std::string ext = extension_of(ref.path);
      has_media = has_media || (d.form == "video" && ext == "mp4") || (d.form == "audio" && ext == "mp3");
    }
    if (d.type == DocType::interpretation && (d.form == "video" || d.form == "audio") && !has_media) {
      SourcePos p = d.pos("form");
      diags.error(d.path, p.line, p.column, "missing-media",
                  d.form == "video" ? tr("missing-media.video") : tr("missing-media.audio"));
    }
  }
}

}  // namespace govsite
