// A document as the editor wrote it: front matter read into typed fields, the Markdown
// body untouched, and where each key stands in the file. Plain data; the stages after
// loading (model, validate, render) decide what it means.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/value.h"
#include "yaml/yaml_fields.h"

namespace govsite {

// New types go at the end: the build cache stores a type as its number.
enum class DocType {
  policy,
  interpretation,
  consultation,
  notice,
  service,
  progress,
  page,
  enforcement,
  inspection_plan,
  inspection_result,
  annual_report,
  annual_web_report
};
constexpr size_t kDocTypes = 12;
enum class Disclosure { unset, public_, on_request, withheld };
enum class Validity { valid, expired, repealed };

struct ReviewStage {
  std::string stage;  // initial, second, approved
  std::string by;
  std::optional<Date> date;
  SourcePos pos;
};

struct AttachmentRef {  // one entry of `attachments` (附件)
  std::string file;     // as written: relative to the document's folder
  std::string title;    // defaults to the file name
  SourcePos pos;
};

struct Leader {  // 领导信息 of a page (条例第二十条（二）: 负责人姓名)
  std::string name;
  std::string post;    // 职务
  std::string duties;  // 分工
};

struct Feedback {  // 意见征集和采纳情况
  long received = 0;
  long adopted = 0;
  std::string summary;
};

struct GuideSection {  // one part of a service guide (办事指南)
  std::string key;     // basis, conditions, …
  std::vector<std::string> items;
};

struct ProgressTask {  // one row of a key-work progress table
  std::string name, owner, target, status;
  long progress = 0;  // percent
  std::optional<Date> updated;
};

// Where each front matter key stands, in key order. A sorted vector rather than a map: a
// document has a dozen keys, and a rebuild decodes 10,000 documents from the cache, which
// as maps were 150,000 separately allocated tree nodes.
class KeyPositions {
 public:
  using Entry = std::pair<std::string, SourcePos>;
  void set(std::string key, SourcePos pos);  // adds, or replaces the key's position
  const SourcePos* find(std::string_view key) const;
  size_t count(std::string_view key) const { return find(key) ? 1 : 0; }
  size_t size() const { return entries_.size(); }
  void reserve(size_t n) { entries_.reserve(n); }
  std::vector<Entry>::const_iterator begin() const { return entries_.begin(); }
  std::vector<Entry>::const_iterator end() const { return entries_.end(); }

 private:
  std::vector<Entry> entries_;
};

struct PersonalDataHit {  // a number that vocabulary/personal_data.h finds in the file
  SourcePos pos;
  std::string kind;    // 居民身份证号码, 手机号码, 银行卡号
  std::string masked;  // what a message may show: never the whole number
};

struct ReportFigure {  // one `activities` or `figures` entry of an annual report
  std::string cell;    // as written: 行政许可, 行政规范性文件/本年制发件数, …
  std::string value;   // as written (a number)
  SourcePos pos;
};

struct Document {
  // Where it came from.
  std::string path;  // relative to the site folder: content/policies/2019/a.md
  int body_first_line = 0;
  uint64_t source_hash = 0;  // of the file's bytes: the build cache's key for it
  KeyPositions key_pos;      // every front matter key's position

  // Keys every document has.
  std::string id;
  DocType type = DocType::page;
  std::string title;
  Disclosure disclosure = Disclosure::unset;
  std::string disclosure_reason;
  std::vector<ReviewStage> review;
  std::optional<Date> published;
  int published_minute = 0;     // time of day of `published` (PubDate), minutes after 00:00
  std::optional<Date> updated;  // 更新日期, when the document was changed after publication
  std::optional<Date> expires;
  std::string department;
  std::vector<std::string> topics;
  std::string column;
  std::string source;
  std::string summary;  // explicit summary; otherwise derived from the body
  bool draft = false;
  std::vector<AttachmentRef> attachments;
  std::string index_no;  // 索引号, <index_prefix>/<year>-<5 digits>, every type
  // 条例第二十条 category (vocabulary/disclosure_category.h): as written, else the type's default.
  std::string disclosure_category;

  // page
  std::vector<Leader> leaders;

  // policy
  std::string doc_no, issuer;
  std::optional<Date> written;
  Validity validity = Validity::valid;
  std::string superseded_by;
  bool normative = false;
  // 规范性文件 lifecycle (国办发〔2018〕37号): 施行日期, 有效期至 (the last valid day), 统一登记号,
  // 备案 (filing body and date).
  std::optional<Date> effective, valid_until;
  std::string registration_no;
  std::string filing_body;
  std::optional<Date> filing_date;

  bool regulation = false;  // 规章 (rather than a 规范性文件): counted apart in the annual report

  // annual-report (政府信息公开工作年度报告) and annual-web-report (政府网站工作年度报表: only
  // `report_year` and `report_figures`, the figures only ops know, model/annual_web_report.h)
  int report_year = 0;
  std::vector<ReportFigure> report_activities;  // 第二十条（五）（六）（八）: typed by the editor
  std::vector<ReportFigure> report_figures;     // figures typed by hand: checked against the computed ones

  // interpretation
  std::vector<std::string> interprets;
  std::string form = "text";

  // consultation
  std::optional<Date> opens, closes;
  std::optional<Feedback> feedback;
  std::string result;

  // service
  std::vector<GuideSection> guide;

  // progress
  std::vector<ProgressTask> tasks;

  // Personal data in the file (front matter and body) that `public_numbers` does not
  // declare public: found while parsing, so the cache keeps it; an error once published.
  std::vector<PersonalDataHit> personal_data;
  // The numbers `public_numbers` declares public (digits only), for its attachments too.
  std::vector<std::string> public_numbers;

  Value params = Value::object();  // unknown keys, for templates
  // Front matter keys the parser never read for this type (file order), each with the
  // closest key it does read ("" when none is close): a typo such as "pubished" would
  // otherwise be silently ignored. Keys the theme's templates use are not reported.
  std::vector<std::pair<std::string, std::string>> unknown_keys;
  std::string body;  // Markdown
  // Not read yet (an unchanged file taken from the build cache): load_body() reads it.
  bool body_pending = false;

  SourcePos pos(std::string_view key) const {
    const SourcePos* at = key_pos.find(key);
    return at ? *at : SourcePos{1, 1};
  }
};

// A Markdown file whose own loading reported an error ("present but broken"): it stays
// known by its id and path, so a reference to it names that error rather than calling the
// document missing or unpublished (which would send the editor to the wrong file).
struct BrokenFile {
  std::string path;     // content/…
  std::string id;       // as parsed; for a file that did not parse, its declared or default id
  int line = 0;         // of its first error; 0 when the error concerns the whole file
  bool parsed = false;  // a Document was made of it (with some field in error)
};

const char* doc_type_name(DocType t);
std::optional<DocType> parse_doc_type(const std::string& s);
// The 条例第二十条 category (vocabulary/disclosure_category.h) a document of this type
// belongs to unless it says otherwise.
const char* default_disclosure_category(DocType type);
const char* disclosure_name(Disclosure d);
const char* validity_name(Validity v);

}  // namespace govsite
