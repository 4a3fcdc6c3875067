// The render key of a document page (cache/render_memo.h): everything the page is made
// from, hashed, so an incremental build keeps a page whose key is the one the previous
// build rendered it from. Kept beside, not inside, the render loop: what goes into the key
// must follow what document_value.cpp and the loop read, and is reviewed against them.
#include "outputs/document_page_key.h"

#include "core/byte_codec.h"
#include "core/value_codec.h"
#include "model/enforcement_model.h"
#include "model/link_resolver.h"

namespace govsite {

uint64_t site_frame_key(const SiteFrame& frame) {
  ByteWriter w;
  for (const Value* v : {&frame.site, &frame.nav_items, &frame.links, &frame.feeds}) encode_value(w, *v);
  for (const std::string* s : {&frame.assets.css, &frame.assets.js, &frame.assets.search_js, &frame.generator})
    w.str(*s);
  return content_hash(w.bytes());
}

namespace {

// A document as a page shows it, in its own page or in a link from another: its file's
// bytes and path (the id defaults to the file name), and whether `serve --drafts` shows
// it (which gives it a publication date). Everything else a page shows comes from the
// configuration, the theme and the date, which the memo's hasher already covers.
KeyHasher& add_document_stamp(KeyHasher& key, const SiteModel& m, size_t index) {
  const Document& d = m.docs[index];
  return key.add(d.path).add(d.source_hash).add(static_cast<uint64_t>(m.draft_preview[index]));
}

void add_published_stamp(KeyHasher& key, const SiteModel& m, const std::string& id) {
  auto it = m.by_id.find(id);
  if (it == m.by_id.end() || !m.published[it->second]) {
    key.add(uint64_t{0});
    return;
  }
  add_document_stamp(key, m, it->second);
}

}  // namespace

uint64_t document_value_key(KeyHasher key, const SiteModel& m, size_t index) {
  const Document& d = m.docs[index];
  add_document_stamp(key, m, index);
  switch (d.type) {
    case DocType::policy:
      key.add("superseded_by");
      add_published_stamp(key, m, d.superseded_by);
      key.add("supersedes");
      for (size_t k : m.supersedes[index]) add_document_stamp(key, m, k);
      key.add("interpretations");
      for (size_t k : m.interpretations[index]) add_document_stamp(key, m, k);
      break;
    case DocType::interpretation:
      key.add("interprets");
      for (const auto& id : d.interprets) add_published_stamp(key, m, id);
      break;
    case DocType::consultation:
      key.add("result");
      add_published_stamp(key, m, d.result);
      break;
    case DocType::annual_report:
      // Its tables count every policy and every request record.
      key.add("policies");
      for (size_t k = 0; k < m.docs.size(); ++k)
        if (m.docs[k].type == DocType::policy) add_document_stamp(key, m, k).add(static_cast<uint64_t>(m.published[k]));
      key.add("requests");
      for (const RequestFile& file : m.requests)
        for (const InfoRequest& r : file.requests)
          key.add(file.path)
              .add(r.id)
              .add(r.received.str())
              .add(r.answered ? r.answered->str() : "")
              .add(r.result)
              .add(static_cast<uint64_t>(r.applicant))
              .add(static_cast<uint64_t>(r.review + 1))
              .add(static_cast<uint64_t>(r.lawsuit + 1))
              .add(static_cast<uint64_t>(r.lawsuit_after_review + 1));
      break;
    case DocType::annual_web_report:
      // Its table counts every published document.
      key.add("documents");
      for (size_t k = 0; k < m.docs.size(); ++k)
        add_document_stamp(key, m, k).add(static_cast<uint64_t>(m.published[k]));
      break;
    case DocType::inspection_plan:
      key.add("results");
      for (size_t k : inspection_results_of(m, index)) add_document_stamp(key, m, k);
      break;
    case DocType::inspection_result:
      key.add("plan");
      if (const Value* plan = d.params.get("plan")) add_published_stamp(key, m, plan->as_string());
      break;
    case DocType::enforcement:
    case DocType::notice:
    case DocType::service:
    case DocType::progress:
    case DocType::page: break;
  }
  return key.key();
}

uint64_t page_key(KeyHasher base, const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                  const Document& d, const std::vector<std::string>& links, const std::vector<std::string>& sources) {
  for (const auto& url : links) {
    const LinkResolution r = resolve_link(m, d, url);
    base.add(url).add(static_cast<uint64_t>(r.kind)).add(r.problem).add(r.fragment);
    if (r.kind == LinkResolution::Kind::document) base.add(url_of(*r.target));
    if (r.kind == LinkResolution::Kind::file) base.add(r.file.path).add(r.file.output_rel);
  }
  for (const auto& source : sources) base.add(source).add(fs.stamp(join_path(site_dir, source)));
  return base.key();
}

}  // namespace govsite
