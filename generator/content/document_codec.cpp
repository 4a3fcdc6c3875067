#include "content/document_codec.h"

#include <algorithm>

#include "core/diagnostic_codec.h"
#include "core/value_codec.h"

namespace govsite {

// The field lists: each struct's fields once, in the order they are written and read
// (core/byte_codec.h). Changing one changes the cache format: bump kMagic in
// cache/build_cache_codec.cpp.

// A date as one number, YYYYMMDD.
void transfer(ByteWriter& w, const Date& d) {
  w.u64(static_cast<uint64_t>(d.year) * 10000 + static_cast<uint64_t>(d.month) * 100 + static_cast<uint64_t>(d.day));
}
void transfer(ByteReader& r, Date& d) {
  const uint64_t n = r.u64();
  d.year = static_cast<int>(n / 10000);
  d.month = static_cast<int>(n / 100 % 100);
  d.day = static_cast<int>(n % 100);
}

template <typename Io>
void transfer(Io& io, Ref<Io, SourcePos> p) {
  transfer(io, p.line);
  transfer(io, p.column);
}

// Key positions: a sorted list, filled through set() (which keeps it sorted).
void transfer(ByteWriter& w, const KeyPositions& keys) {
  w.u64(keys.size());
  for (const auto& [key, pos] : keys) {
    w.str(key);
    transfer(w, pos);
  }
}
void transfer(ByteReader& r, KeyPositions& keys) {
  const size_t n = r.count();
  keys.reserve(std::min<size_t>(n, 64));
  for (size_t k = n; k > 0 && r.ok(); --k) {
    std::string key = r.str();
    SourcePos pos;
    transfer(r, pos);
    keys.set(std::move(key), pos);
  }
}

template <typename Io>
void transfer(Io& io, Ref<Io, ReviewStage> s) {
  transfer(io, s.stage);
  transfer(io, s.by);
  transfer(io, s.date);
  transfer(io, s.pos);
}

template <typename Io>
void transfer(Io& io, Ref<Io, AttachmentRef> a) {
  transfer(io, a.file);
  transfer(io, a.title);
  transfer(io, a.pos);
}

template <typename Io>
void transfer(Io& io, Ref<Io, Leader> l) {
  transfer(io, l.name);
  transfer(io, l.post);
  transfer(io, l.duties);
}

template <typename Io>
void transfer(Io& io, Ref<Io, ReportFigure> f) {
  transfer(io, f.cell);
  transfer(io, f.value);
  transfer(io, f.pos);
}

template <typename Io>
void transfer(Io& io, Ref<Io, Feedback> f) {
  transfer(io, f.received);
  transfer(io, f.adopted);
  transfer(io, f.summary);
}

template <typename Io>
void transfer(Io& io, Ref<Io, GuideSection> g) {
  transfer(io, g.key);
  transfer(io, g.items);
}

template <typename Io>
void transfer(Io& io, Ref<Io, ProgressTask> t) {
  transfer(io, t.name);
  transfer(io, t.owner);
  transfer(io, t.target);
  transfer(io, t.status);
  transfer(io, t.progress);
  transfer(io, t.updated);
}

template <typename Io>
void transfer(Io& io, Ref<Io, PersonalDataHit> hit) {
  transfer(io, hit.pos);
  transfer(io, hit.kind);
  transfer(io, hit.masked);
}

// Every field but source_hash (the cache entry's key) and body_pending (how it was loaded).
template <typename Io>
void transfer(Io& io, Ref<Io, Document> d) {
  transfer(io, d.path);
  transfer(io, d.body_first_line);
  transfer(io, d.key_pos);
  transfer(io, d.id);
  transfer(io, d.type, DocType::annual_web_report);
  transfer(io, d.title);
  transfer(io, d.disclosure, Disclosure::withheld);
  transfer(io, d.disclosure_reason);
  transfer(io, d.review);
  transfer(io, d.published);
  transfer(io, d.published_minute);
  transfer(io, d.updated);
  transfer(io, d.expires);
  transfer(io, d.department);
  transfer(io, d.topics);
  transfer(io, d.column);
  transfer(io, d.source);
  transfer(io, d.summary);
  transfer(io, d.draft);
  transfer(io, d.attachments);
  transfer(io, d.disclosure_category);
  transfer(io, d.leaders);
  transfer(io, d.doc_no);
  transfer(io, d.index_no);
  transfer(io, d.issuer);
  transfer(io, d.written);
  transfer(io, d.validity, Validity::repealed);
  transfer(io, d.superseded_by);
  transfer(io, d.normative);
  transfer(io, d.effective);
  transfer(io, d.valid_until);
  transfer(io, d.registration_no);
  transfer(io, d.filing_body);
  transfer(io, d.filing_date);
  transfer(io, d.regulation);
  transfer(io, d.report_year);
  transfer(io, d.report_activities);
  transfer(io, d.report_figures);
  transfer(io, d.interprets);
  transfer(io, d.form);
  transfer(io, d.opens);
  transfer(io, d.closes);
  transfer(io, d.feedback);
  transfer(io, d.result);
  transfer(io, d.guide);
  transfer(io, d.tasks);
  transfer(io, d.personal_data);
  transfer(io, d.public_numbers);
  transfer(io, d.params);
  transfer(io, d.unknown_keys);
  transfer(io, d.body);
}

void encode_document(ByteWriter& w, const Document& d) { transfer(w, d); }

std::optional<Document> decode_document(ByteReader& r) {
  Document d;
  transfer(r, d);
  if (!r.ok()) return std::nullopt;
  return d;
}

std::string encode_parsed_document(const std::optional<Document>& doc, const std::vector<Diagnostic>& diagnostics) {
  ByteWriter w;
  transfer(w, doc);
  transfer(w, diagnostics);
  return std::move(w.bytes());
}

bool decode_parsed_document(std::string_view encoded, std::optional<Document>& doc,
                            std::vector<Diagnostic>& diagnostics) {
  ByteReader r(encoded);
  transfer(r, doc);
  transfer(r, diagnostics);
  return r.ok() && r.at_end();
}

}  // namespace govsite
