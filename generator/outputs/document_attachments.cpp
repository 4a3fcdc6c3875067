// Copying a document's files beside its page, and the 附件 list of its template value.
// Apart from the render loop so that the one rule for a published file (read through the
// site's FileSystem, refused when it is an unsafe SVG, written once) sits in one place.
#include "outputs/document_attachments.h"

#include "core/messages.h"
#include "core/url.h"
#include "core/utf8.h"
#include "validate/svg_safety.h"

namespace govsite {

long FileCopier::copy(const FileReference& ref, int line, int column) {
  if (auto it = sizes_.find(ref.output_rel); it != sizes_.end()) return it->second;
  std::string bytes, error;
  if (!fs_.read_file(join_path(site_dir_, ref.path), bytes, error)) {
    diags_.error(d_.path, line, column, "io-error", tr("io-error.read", {ref.path, error}));
    return -1;
  }
  if (extension_of(ref.path) == "svg") {
    if (auto unsafe = find_unsafe_svg(bytes)) {  // never published, reported once
      report_unsafe_svg(*unsafe, ref.path, d_.path, line, column, diags_);
      return sizes_[ref.output_rel] = -1;
    }
  }
  if (!out_.write(files_url_of(d_) + ref.output_rel, bytes, error)) {
    diags_.error(d_.path, line, column, "io-error", error);
    return -1;
  }
  copied_.emplace_back(ref.path, ref.output_rel);
  return sizes_[ref.output_rel] = static_cast<long>(bytes.size());
}

namespace {

std::string upper(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

void add_attachments(const SiteModel& m, const Document& d, FileCopier& copier, Value& page) {
  Value list = Value::list();
  Value media;
  for (const auto& a : d.attachments) {
    FileReference ref = resolve_document_file(m, d, a.file);
    if (!ref.problem.empty()) continue;  // reported by validation
    long size = copier.copy(ref, a.pos.line, a.pos.column);
    if (size < 0) continue;
    const std::string url = files_url_of(d) + percent_encode_path(ref.output_rel);
    const std::string ext = extension_of(ref.path);
    const std::string name = ref.output_rel.substr(ref.output_rel.rfind('/') + 1);
    list.push(Value::object()
                  .set("title", a.title.empty() ? name : a.title)
                  .set("url", url)
                  .set("ext", upper(ext))
                  .set("size", human_size(static_cast<size_t>(size))));
    if (media.is_null() && ((d.form == "video" && ext == "mp4") || (d.form == "audio" && ext == "mp3")))
      media = Value::object()
                  .set("url", url)
                  .set("is_video", d.form == "video")
                  .set("is_audio", d.form == "audio")
                  .set("mime", d.form == "video" ? "video/mp4" : "audio/mpeg");
  }
  page.set("attachments", std::move(list));
  if (d.type == DocType::interpretation && !media.is_null()) page.set("media", std::move(media));
}

}  // namespace govsite
