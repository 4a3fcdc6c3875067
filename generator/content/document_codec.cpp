#include "content/document_codec.h"

#include <algorithm>

#include "core/diagnostic_codec.h"
#include "core/value_codec.h"

namespace govsite {

namespace {

void put_date(ByteWriter& w, const std::optional<Date>& d) {
  w.boolean(d.has_value());
  if (d) w.u64(static_cast<uint64_t>(d->year) * 10000 + static_cast<uint64_t>(d->month) * 100 + static_cast<uint64_t>(d->day));
}
std::optional<Date> get_date(ByteReader& r) {
  if (!r.boolean()) return std::nullopt;
  const uint64_t n = r.u64();
  Date d;
  d.year = static_cast<int>(n / 10000);
  d.month = static_cast<int>(n / 100 % 100);
  d.day = static_cast<int>(n % 100);
  return d;
}
void put_pos(ByteWriter& w, const SourcePos& p) {
  w.i64(p.line);
  w.i64(p.column);
}
SourcePos get_pos(ByteReader& r) {
  SourcePos p;
  p.line = r.i32();
  p.column = r.i32();
  return p;
}

}  // namespace

void encode_document(ByteWriter& w, const Document& d) {
  w.str(d.path);
  w.i64(d.body_first_line);
  w.u64(d.key_pos.size());
  for (const auto& [key, pos] : d.key_pos) {
    w.str(key);
    put_pos(w, pos);
  }
  w.str(d.id);
  w.u64(static_cast<uint64_t>(d.type));
  w.str(d.title);
  w.u64(static_cast<uint64_t>(d.disclosure));
  w.str(d.disclosure_reason);
  w.u64(d.review.size());
  for (const auto& s : d.review) {
    w.str(s.stage);
    w.str(s.by);
    put_date(w, s.date);
    put_pos(w, s.pos);
  }
  put_date(w, d.published);
  w.i64(d.published_minute);
  put_date(w, d.updated);
  put_date(w, d.expires);
  w.str(d.department);
  w.strings(d.topics);
  w.str(d.column);
  w.str(d.source);
  w.str(d.summary);
  w.boolean(d.draft);
  w.u64(d.attachments.size());
  for (const auto& a : d.attachments) {
    w.str(a.file);
    w.str(a.title);
    put_pos(w, a.pos);
  }
  w.str(d.disclosure_category);
  w.u64(d.leaders.size());
  for (const auto& l : d.leaders) {
    w.str(l.name);
    w.str(l.post);
    w.str(l.duties);
  }
  w.str(d.doc_no);
  w.str(d.index_no);
  w.str(d.issuer);
  put_date(w, d.written);
  w.u64(static_cast<uint64_t>(d.validity));
  w.str(d.superseded_by);
  w.boolean(d.normative);
  put_date(w, d.effective);
  put_date(w, d.valid_until);
  w.str(d.registration_no);
  w.str(d.filing_body);
  put_date(w, d.filing_date);
  w.boolean(d.regulation);
  w.i64(d.report_year);
  for (const auto* figures : {&d.report_activities, &d.report_figures}) {
    w.u64(figures->size());
    for (const auto& f : *figures) {
      w.str(f.cell);
      w.str(f.value);
      put_pos(w, f.pos);
    }
  }
  w.strings(d.interprets);
  w.str(d.form);
  put_date(w, d.opens);
  put_date(w, d.closes);
  w.boolean(d.feedback.has_value());
  if (d.feedback) {
    w.i64(d.feedback->received);
    w.i64(d.feedback->adopted);
    w.str(d.feedback->summary);
  }
  w.str(d.result);
  w.u64(d.guide.size());
  for (const auto& g : d.guide) {
    w.str(g.key);
    w.strings(g.items);
  }
  w.u64(d.tasks.size());
  for (const auto& t : d.tasks) {
    w.str(t.name);
    w.str(t.owner);
    w.str(t.target);
    w.str(t.status);
    w.i64(t.progress);
    put_date(w, t.updated);
  }
  w.u64(d.personal_data.size());
  for (const auto& hit : d.personal_data) {
    put_pos(w, hit.pos);
    w.str(hit.kind);
    w.str(hit.masked);
  }
  w.strings(d.public_numbers);
  encode_value(w, d.params);
  w.u64(d.unknown_keys.size());
  for (const auto& [key, closest] : d.unknown_keys) {
    w.str(key);
    w.str(closest);
  }
  w.str(d.body);
}

std::optional<Document> decode_document(ByteReader& r) {
  Document d;
  d.path = r.str();
  d.body_first_line = r.i32();
  const size_t keys = r.count();
  d.key_pos.reserve(std::min<size_t>(keys, 64));
  for (size_t n = keys; n > 0 && r.ok(); --n) {
    std::string key = r.str();
    d.key_pos.set(std::move(key), get_pos(r));
  }
  d.id = r.str();
  d.type = get_enum(r, DocType::annual_web_report);
  d.title = r.str();
  d.disclosure = get_enum(r, Disclosure::withheld);
  d.disclosure_reason = r.str();
  d.review.resize(r.count());
  for (auto& s : d.review) {
    s.stage = r.str();
    s.by = r.str();
    s.date = get_date(r);
    s.pos = get_pos(r);
  }
  d.published = get_date(r);
  d.published_minute = r.i32();
  d.updated = get_date(r);
  d.expires = get_date(r);
  d.department = r.str();
  d.topics = r.strings();
  d.column = r.str();
  d.source = r.str();
  d.summary = r.str();
  d.draft = r.boolean();
  d.attachments.resize(r.count());
  for (auto& a : d.attachments) {
    a.file = r.str();
    a.title = r.str();
    a.pos = get_pos(r);
  }
  d.disclosure_category = r.str();
  d.leaders.resize(r.count());
  for (auto& l : d.leaders) {
    l.name = r.str();
    l.post = r.str();
    l.duties = r.str();
  }
  d.doc_no = r.str();
  d.index_no = r.str();
  d.issuer = r.str();
  d.written = get_date(r);
  d.validity = get_enum(r, Validity::repealed);
  d.superseded_by = r.str();
  d.normative = r.boolean();
  d.effective = get_date(r);
  d.valid_until = get_date(r);
  d.registration_no = r.str();
  d.filing_body = r.str();
  d.filing_date = get_date(r);
  d.regulation = r.boolean();
  d.report_year = r.i32();
  for (auto* figures : {&d.report_activities, &d.report_figures}) {
    figures->resize(r.count());
    for (auto& f : *figures) {
      f.cell = r.str();
      f.value = r.str();
      f.pos = get_pos(r);
    }
  }
  d.interprets = r.strings();
  d.form = r.str();
  d.opens = get_date(r);
  d.closes = get_date(r);
  if (r.boolean()) {
    Feedback f;
    f.received = r.i64();
    f.adopted = r.i64();
    f.summary = r.str();
    d.feedback = f;
  }
  d.result = r.str();
  d.guide.resize(r.count());
  for (auto& g : d.guide) {
    g.key = r.str();
    g.items = r.strings();
  }
  d.tasks.resize(r.count());
  for (auto& t : d.tasks) {
    t.name = r.str();
    t.owner = r.str();
    t.target = r.str();
    t.status = r.str();
    t.progress = r.i64();
    t.updated = get_date(r);
  }
  d.personal_data.resize(r.count());
  for (auto& hit : d.personal_data) {
    hit.pos = get_pos(r);
    hit.kind = r.str();
    hit.masked = r.str();
  }
  d.public_numbers = r.strings();
  d.params = decode_value(r);
  for (size_t k = r.count(); k > 0 && r.ok(); --k) {
    std::string key = r.str();
    d.unknown_keys.emplace_back(std::move(key), r.str());
  }
  d.body = r.str();
  if (!r.ok()) return std::nullopt;
  return d;
}

std::string encode_parsed_document(const std::optional<Document>& doc, const std::vector<Diagnostic>& diagnostics) {
  ByteWriter w;
  w.boolean(doc.has_value());
  if (doc) encode_document(w, *doc);
  w.u64(diagnostics.size());
  for (const auto& d : diagnostics) encode_diagnostic(w, d);
  return std::move(w.bytes());
}

bool decode_parsed_document(std::string_view encoded, std::optional<Document>& doc,
                            std::vector<Diagnostic>& diagnostics) {
  ByteReader r(encoded);
  doc.reset();
  if (r.boolean()) {
    doc = decode_document(r);
    if (!doc) return false;
  }
  diagnostics.clear();
  for (size_t k = r.count(); k > 0 && r.ok(); --k) diagnostics.push_back(decode_diagnostic(r));
  return r.ok() && r.at_end();
}

}  // namespace govsite

