// The binary codecs (core/byte_codec.h): every struct the build cache holds survives the
// round trip with every field set, and a truncated or corrupt buffer is refused (or read
// as some other valid value), never read past its end.
#include <catch2/catch.hpp>

#include "cache/build_cache_codec.h"
#include "content/document_codec.h"
#include "core/diagnostic_codec.h"
#include "core/value_codec.h"

using namespace govsite;

namespace {

// A document with every field set to something other than its default.
Document full_document() {
  Document d;
  d.path = "content/policies/2019/a.md";
  d.body_first_line = 31;
  d.key_pos.set("title", {2, 1});
  d.key_pos.set("closes", {9, 3});
  d.id = "sfj-2019-1";
  d.type = DocType::annual_web_report;
  d.title = "关于印发《办法》的通知";
  d.disclosure = Disclosure::on_request;
  d.disclosure_reason = "依申请公开";
  d.review = {{"initial", "王某", Date{2019, 8, 26}, {20, 5}}, {"approved", "张某", std::nullopt, {21, 5}}};
  d.published = Date{2019, 9, 2};
  d.published_minute = 9 * 60 + 30;
  d.updated = Date{2019, 9, 3};
  d.expires = Date{2029, 9, 2};
  d.department = "法制科";
  d.topics = {"规范性文件", "征求意见"};
  d.column = "policies";
  d.source = "本局";
  d.summary = "摘要。";
  d.draft = true;
  d.attachments = {{"附件1.docx", "附件：表", {12, 5}}};
  d.index_no = "sfj/2019-00001";
  d.disclosure_category = "机构职能";
  d.leaders = {{"李某", "局长", "主持全面工作"}};
  d.doc_no = "盘司发〔2019〕1号";
  d.issuer = "盘锦市司法局";
  d.written = Date{2019, 8, 30};
  d.validity = Validity::repealed;
  d.superseded_by = "sfj-2020-1";
  d.normative = true;
  d.effective = Date{2019, 10, 1};
  d.valid_until = Date{2024, 9, 30};
  d.registration_no = "PJSF-2019-001";
  d.filing_body = "市政府";
  d.filing_date = Date{2019, 9, 10};
  d.regulation = true;
  d.report_year = 2019;
  d.report_activities = {{"行政许可", "12", {40, 3}}};
  d.report_figures = {{"行政规范性文件/本年制发件数", "3", {41, 3}}};
  d.interprets = {"sfj-2018-2"};
  d.form = "video";
  d.opens = Date{2019, 9, 2};
  d.closes = Date{2019, 10, 2};
  d.feedback = Feedback{12, 5, "采纳了关于备案时限的意见。"};
  d.result = "已采纳";
  d.guide = {{"basis", {"《条例》", "《办法》"}}};
  d.tasks = {{"任务", "法制科", "年底", "进行中", 60, Date{2019, 11, 1}}};
  d.personal_data = {{{30, 7}, "手机号码", "138****0000"}};
  d.public_numbers = {"024123456"};
  d.params = Value::object().set("extra", Value::list().push(Value("1")).push(Value(true)).push(Value()));
  d.unknown_keys = {{"pubished", "published"}};
  d.body = "正文第一段。\n";
  return d;
}

std::string encoded(const Document& d) {
  ByteWriter w;
  encode_document(w, d);
  return w.bytes();
}

// A cache with one entry in every map (so that its bytes do not depend on hash order) and
// every field set.
BuildCache full_cache() {
  BuildCache c;
  c.executable = 5;
  c.identity = 7;
  c.inputs = 9;
  c.sources_read_at_ns = -3;
  c.outputs["index.html"] = {11, 1234, 99, 5};
  CachedDocument& d = c.documents["content/a.md"];
  d.source_hash = 42;
  d.stat = {100, 200, 300, 400};
  d.set_encoded(encode_parsed_document(full_document(), {{"content/a.md", 3, 1, Severity::warning, "c", "m", true}}));
  CachedPage page;
  page.key = 3;
  page.summary = "摘要。";
  page.text_hash = 8;
  page.links = {"sfj-2019-plan"};
  page.sources = {"content/policies/2019/附件.docx"};
  page.outputs = {"policies/a.html", "policies/a/附件.docx"};
  c.pages["policies/a.html"] = std::make_shared<const CachedPage>(page);
  c.search = {{"policies/a.html"}, {77}, 4096, 2};
  c.theme = {"css/site.ab12.css", "js/site.cd34.js", "js/search.ef56.js", {"css/site.ab12.css", "img/x.svg"}};
  c.last.documents = 17;
  c.last.published = 15;
  c.last.pages = 41;
  c.last.diagnostics = {{"site.yaml", 29, 4, Severity::error, "stale-column", "专栏更新不及时", true}};
  c.last.left_out = {{"content/later.md", "scheduled", "2020-01-10"}};
  c.last.reports["build.json"] = {0, 123, 456, 0};
  return c;
}

std::string encoded(const BuildCache& c) {
  std::string out;
  REQUIRE(encode_build_cache(c, [&](std::string_view bytes) {
    out.append(bytes);
    return true;
  }));
  return out;
}

std::optional<BuildCache> decoded(std::string_view bytes) {
  auto copy = std::make_shared<const std::string>(bytes);
  return decode_build_cache(*copy, copy, 2);
}

}  // namespace

TEST_CASE("codec: a document with every field set round-trips", "[codec]") {
  const Document doc = full_document();
  const std::string bytes = encoded(doc);
  ByteReader r(bytes);
  const auto back = decode_document(r);
  REQUIRE(back);
  CHECK(r.at_end());
  CHECK(encoded(*back) == bytes);  // one field list: what is written is what is read
  CHECK(back->type == DocType::annual_web_report);
  CHECK(back->disclosure == Disclosure::on_request);
  CHECK(back->validity == Validity::repealed);
  CHECK(back->review[0].date == Date{2019, 8, 26});
  CHECK_FALSE(back->review[1].date);
  CHECK(back->key_pos.find("closes")->column == 3);
  CHECK(back->leaders.at(0).duties == "主持全面工作");
  CHECK(back->report_figures.at(0).pos.line == 41);
  CHECK(back->feedback->received == 12);
  CHECK(back->guide.at(0).items.size() == 2);
  CHECK(back->tasks.at(0).progress == 60);
  CHECK(back->tasks.at(0).updated == Date{2019, 11, 1});
  CHECK(back->personal_data.at(0).masked == "138****0000");
  CHECK(back->params.get("extra")->items().size() == 3);
  CHECK(back->unknown_keys == doc.unknown_keys);
  CHECK(back->body == doc.body);
}

TEST_CASE("codec: a diagnostic and a value round-trip", "[codec]") {
  const Diagnostic d{"content/a.md", 5, 7, Severity::warning, "bad-date", "日期", true};
  ByteWriter w;
  encode_diagnostic(w, d);
  encode_value(w, full_document().params);
  ByteReader r(w.bytes());
  const Diagnostic back = decode_diagnostic(r);
  const Value value = decode_value(r);
  CHECK(r.ok());
  CHECK(r.at_end());
  CHECK(back.path == d.path);
  CHECK(back.line == 5);
  CHECK(back.column == 7);
  CHECK(back.severity == Severity::warning);
  CHECK(back.code == d.code);
  CHECK(back.message == d.message);
  CHECK(back.follow_on);
  ByteWriter again;
  encode_value(again, value);
  ByteWriter first;
  encode_value(first, full_document().params);
  CHECK(again.bytes() == first.bytes());
}

TEST_CASE("codec: a whole cache with every field set round-trips", "[codec]") {
  const std::string bytes = encoded(full_cache());
  const auto back = decoded(bytes);
  REQUIRE(back);
  CHECK(encoded(*back) == bytes);
  CHECK(back->sources_read_at_ns == -3);
  CHECK(back->outputs.at("index.html").render_key == 5);
  CHECK(back->documents.at("content/a.md").stat == FileStat{100, 200, 300, 400});
  CHECK(back->pages.at("policies/a.html")->sources.size() == 1);
  CHECK(back->search.estimate == 4096);
  CHECK(back->theme.js == "js/site.cd34.js");
  CHECK(back->last.diagnostics.at(0).follow_on);
  CHECK(back->last.reports.at("build.json").size == 123);
  std::optional<Document> doc;
  std::vector<Diagnostic> diags;
  REQUIRE(decode_parsed_document(back->documents.at("content/a.md").encoded(), doc, diags));
  CHECK(encoded(*doc) == encoded(full_document()));
  CHECK(diags.at(0).code == "c");
}

TEST_CASE("codec: a truncated or corrupt cache is refused, not read past its end", "[codec]") {
  const std::string bytes = encoded(full_cache());
  for (size_t n = 0; n < bytes.size(); ++n) {
    INFO(n);
    CHECK_FALSE(decoded(bytes.substr(0, n)));
  }
  CHECK_FALSE(decoded(bytes + "x"));
  // Any byte changed: refused or read as some other cache, never out of bounds (the
  // sanitizer build checks the reads).
  for (size_t n = 0; n < bytes.size(); ++n) {
    for (unsigned char flip : {0x01, 0x80, 0xff}) {
      std::string corrupt = bytes;
      corrupt[n] = static_cast<char>(corrupt[n] ^ flip);
      if (auto c = decoded(corrupt)) {
        for (const auto& [path, entry] : c->documents) {
          std::optional<Document> doc;
          std::vector<Diagnostic> diags;
          decode_parsed_document(entry.encoded(), doc, diags);
        }
      }
    }
  }
}

TEST_CASE("codec: every truncation or changed byte of a document is refused or read whole", "[codec]") {
  const std::string bytes = encode_parsed_document(full_document(), {{"a.md", 1, 1, Severity::error, "c", "m"}});
  std::optional<Document> doc;
  std::vector<Diagnostic> diags;
  for (size_t n = 0; n < bytes.size(); ++n) {
    INFO(n);
    CHECK_FALSE(decode_parsed_document(std::string_view(bytes).substr(0, n), doc, diags));
  }
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::string corrupt = bytes;
    corrupt[n] = static_cast<char>(~corrupt[n]);
    // Refused, or read as another document; either way within the buffer (ASan checks).
    decode_parsed_document(corrupt, doc, diags);
  }
}

TEST_CASE("codec: a value nested past the limit or of no known kind is refused", "[codec]") {
  ByteWriter w;
  for (int depth = 0; depth <= kMaxValueDepth + 1; ++depth) {
    w.u64(static_cast<uint64_t>(Value::Kind::list));
    w.u64(1);
  }
  w.u64(static_cast<uint64_t>(Value::Kind::null));
  w.str("the fields that follow in a document");  // so that no length check catches it
  {
    ByteReader r(w.bytes());
    decode_value(r);
    CHECK_FALSE(r.ok());
  }
  ByteWriter unknown;
  unknown.u64(static_cast<uint64_t>(Value::Kind::object) + 1);
  unknown.u64(0);
  unknown.u64(0);
  ByteReader r(unknown.bytes());
  decode_value(r);
  CHECK_FALSE(r.ok());
}
