// The build cache: documents and values survive the binary encoding unchanged, a damaged
// cache is refused rather than misread, keys tell inputs apart, and the cached output
// writes only what changed.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "cache/build_cache.h"
#include "core/diagnostic_codec.h"
#include "content/document_codec.h"
#include "content/document_parser.h"
#include "publish/cached_output.h"
#include "publish/link_checker.h"
#include "outputs/theme_assets.h"
#include "test_files.h"

using namespace govsite;
namespace fs = std::filesystem;

namespace {

// Every kind of field: review chain, dates, lists, feedback, guide, tasks, unknown keys.
const char* kConsultation =
    "---\n"
    "title: 关于《规范性文件管理办法（征求意见稿）》公开征求意见的公告\n"
    "type: consultation\n"
    "id: zqyj-2019-gfxwj\n"
    "published: 2019-09-02\n"
    "opens: 2019-09-02\n"
    "closes: 2019-10-02\n"
    "disclosure: public\n"
    "department: 法制科\n"
    "topics: [规范性文件, 征求意见]\n"
    "feedback: {received: 12, adopted: 5, summary: 采纳了关于备案时限的意见。}\n"
    "attachments:\n"
    "  - {file: 征求意见稿.docx, title: 附件：征求意见稿}\n"
    "review:\n"
    "  - {stage: initial, by: 王某, date: 2019-08-26}\n"
    "  - {stage: approved, by: 张某, date: 2019-08-30}\n"
    "extra: {a: [1, 2], b: 文字}\n"
    "---\n"
    "正文第一段。\n";

std::string encoded(const Document& d) {
  ByteWriter w;
  encode_document(w, d);
  return w.bytes();
}

struct TempDir {
  fs::path dir;
  TempDir() {
    char tmpl[] = "/tmp/govsite-cache-test-XXXXXX";
    dir = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(dir); }
};

}  // namespace

TEST_CASE("cache: a document survives encoding, field for field", "[cache]") {
  Diagnostics diags;
  auto doc = parse_document(kConsultation, "content/consultations/a.md", "a", diags);
  REQUIRE(doc);
  const std::string bytes = encoded(*doc);
  ByteReader r(bytes);
  auto back = decode_document(r);
  REQUIRE(back);
  CHECK(r.at_end());
  CHECK(encoded(*back) == bytes);  // every field, since encoding writes every field
  CHECK(back->title == doc->title);
  CHECK(back->review.size() == 2);
  CHECK(back->review[1].date->str() == "2019-08-30");
  CHECK(back->feedback->adopted == 5);
  CHECK(back->attachments.at(0).title == "附件：征求意见稿");
  CHECK(back->params.get("extra") != nullptr);
  REQUIRE_FALSE(doc->unknown_keys.empty());  // "extra": read by no one (a template may)
  CHECK(back->unknown_keys == doc->unknown_keys);
  CHECK(back->pos("closes").line == doc->pos("closes").line);
}

TEST_CASE("cache: every truncation of an encoded document is refused, none is misread", "[cache]") {
  Diagnostics diags;
  auto doc = parse_document(kConsultation, "content/consultations/a.md", "a", diags);
  REQUIRE(doc);
  const std::string bytes = encode_parsed_document(doc, diags.sorted());
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::optional<Document> out;
    std::vector<Diagnostic> found;
    INFO(n);
    CHECK_FALSE(decode_parsed_document(std::string_view(bytes).substr(0, n), out, found));
  }
  std::optional<Document> out;
  std::vector<Diagnostic> found;
  CHECK(decode_parsed_document(bytes, out, found));
  CHECK(out->id == "zqyj-2019-gfxwj");
}

TEST_CASE("cache: the file round-trips, and a damaged one is ignored", "[cache]") {
  TempDir t;
  const std::string out = (t.dir / "public").string();
  BuildCache c;
  c.executable = 5;
  c.identity = 7;
  c.inputs = 9;
  c.sources_read_at_ns = -3;
  c.outputs["index.html"] = {11, 1234, 99, 5};
  c.documents["content/a.md"].source_hash = 42;
  c.documents["content/a.md"].stat = {100, 200, 300, 400};
  c.documents["content/a.md"].set_encoded("encoded");
  CachedPage page;
  page.key = 3;
  page.summary = "摘要。";
  page.links = {"sfj-2019-plan"};
  page.outputs = {"policies/a.html", "policies/a/附件.docx"};
  c.pages["policies/a.html"] = std::make_shared<const CachedPage>(page);
  c.last.documents = 17;
  c.last.published = 15;
  c.last.pages = 41;
  c.last.diagnostics.push_back({"site.yaml", 29, 0, Severity::warning, "stale-column", "专栏更新不及时"});
  c.last.left_out.push_back({"content/later.md", "scheduled", "2020-01-10"});
  c.last.reports["build.json"].size = 123;
  c.last.reports["build.json"].mtime_ns = 456;
  c.search.order = {"policies/a.html"};
  c.search.text_hashes = {77};
  c.search.shards = 1;
  c.theme =
      ThemeAssets{"css/site.ab12.css", "js/site.cd34.js", "js/search.ef56.js", {"css/site.ab12.css", "img/x.svg"}};
  std::string error;
  REQUIRE(write_build_cache(real_disk(), out, c, error));
  CHECK(build_cache_path(out) == (t.dir / ".public.govsite-cache").string());
  auto back = read_build_cache(real_disk(), out);
  REQUIRE(back);
  CHECK(back->executable == 5);
  CHECK(back->identity == 7);
  CHECK(back->sources_read_at_ns == -3);
  CHECK(back->documents.at("content/a.md").stat == FileStat{100, 200, 300, 400});
  CHECK(back->outputs.at("index.html").size == 1234);
  CHECK(back->documents.at("content/a.md").encoded() == "encoded");
  CHECK(back->pages.at("policies/a.html")->outputs.size() == 2);
  CHECK(back->last.documents == 17);
  CHECK(back->last.published == 15);
  CHECK(back->last.pages == 41);
  REQUIRE(back->last.diagnostics.size() == 1);
  CHECK(back->last.diagnostics[0].message == "专栏更新不及时");
  CHECK(back->last.diagnostics[0].line == 29);
  REQUIRE(back->last.left_out.size() == 1);
  CHECK(back->last.left_out[0].path == "content/later.md");
  CHECK(back->last.left_out[0].code == "scheduled");
  CHECK(back->last.left_out[0].date == "2020-01-10");
  CHECK(back->last.reports.at("build.json").mtime_ns == 456);
  CHECK(back->search.text_hashes == std::vector<uint64_t>{77});
  CHECK(back->theme.search_js == "js/search.ef56.js");
  CHECK(back->theme.files == c.theme.files);

  const std::string whole = read(build_cache_path(out));
  for (size_t n : {size_t{0}, size_t{10}, whole.size() / 2, whole.size() - 1}) {
    std::ofstream(build_cache_path(out), std::ios::binary) << whole.substr(0, n);
    CHECK_FALSE(read_build_cache(real_disk(), out));
  }
  std::ofstream(build_cache_path(out), std::ios::binary) << whole << "x";  // trailing bytes
  CHECK_FALSE(read_build_cache(real_disk(), out));

  // Format 7 stored std::hash content hashes: an intact cache of that format would compare
  // them with XXH3 ones and find every file changed, or worse, keep one by a chance match.
  const size_t magic_end = whole.find('\n') + 1;
  REQUIRE(whole.substr(0, magic_end) != "govsite-cache 7\n");
  std::ofstream(build_cache_path(out), std::ios::binary) << "govsite-cache 7\n" << whole.substr(magic_end);
  CHECK_FALSE(read_build_cache(real_disk(), out));
}

TEST_CASE("cache: content_hash is XXH3-64, and one changed byte changes it", "[cache]") {
  // xxHash's published XXH3_64bits vectors (seed 0): the hash is the same on every machine.
  CHECK(content_hash("") == 0x2d06800538d394c2ULL);
  CHECK(content_hash("hello world") == 0xd447b1ea40e6988bULL);
  // XXH3 has separate code paths up to 16, 128 and 240 bytes and beyond: one of each, and a
  // page-sized input, each with one byte changed at the start, middle and end.
  for (size_t n : {size_t{3}, size_t{12}, size_t{100}, size_t{200}, size_t{5000}}) {
    std::string bytes(n, 'a');
    for (size_t k = 0; k < n; ++k) bytes[k] = static_cast<char>('a' + k % 26);
    const uint64_t h = content_hash(bytes);
    for (size_t at : {size_t{0}, n / 2, n - 1}) {
      std::string changed = bytes;
      changed[at] = static_cast<char>(changed[at] ^ 1);
      CHECK(content_hash(changed) != h);
    }
  }
}

TEST_CASE("cache: keys differ with what goes in and with its order", "[cache]") {
  CHECK(KeyHasher().add("a").add("b").key() != KeyHasher().add("b").add("a").key());
  CHECK(KeyHasher().add("ab").add("").key() != KeyHasher().add("a").add("b").key());
  CHECK(KeyHasher().add(uint64_t{1}).key() != KeyHasher().add(uint64_t{2}).key());
  CHECK(KeyHasher().add("同").key() == KeyHasher().add("同").key());
}

TEST_CASE("cache: an incremental output writes changed files and deletes what is gone", "[cache]") {
  TempDir t;
  const std::string dir = (t.dir / "public").string();
  fs::create_directory(dir);  // a full build writes into a staging folder that exists
  std::string error;
  {
    CachedOutput full(real_disk(), dir);
    REQUIRE(full.write("a.html", "A", error));
    REQUIRE(full.write("sub/b.html", "B", error));
    REQUIRE(full.write("gone/c.html", "C", error));
    REQUIRE(full.apply(error));
  }
  BuildCache previous;
  {
    CachedOutput full(real_disk(), dir);  // the same files again, to get their records
    REQUIRE(full.write("a.html", "A", error));
    REQUIRE(full.write("sub/b.html", "B", error));
    REQUIRE(full.write("gone/c.html", "C", error));
    REQUIRE(full.apply(error));
    previous.outputs = full.records(dir, 1);
  }
  const auto a_time = fs::last_write_time(t.dir / "public/a.html");
  CachedOutput next(real_disk(), dir, previous);
  REQUIRE(next.write("a.html", "A", error));        // same bytes: untouched
  REQUIRE(next.write("sub/b.html", "B2", error));   // changed
  REQUIRE(next.write("new.html", "N", error));      // new
  CHECK_FALSE(next.keep("never-written.html"));     // nothing to keep
  CHECK(read(t.dir / "public/sub/b.html") == "B");  // nothing is written before apply()
  REQUIRE(next.apply(error));
  CHECK(next.files_written() == 2);
  CHECK(next.files_deleted() == 1);
  CHECK(read(t.dir / "public/sub/b.html") == "B2");
  CHECK(read(t.dir / "public/new.html") == "N");
  CHECK(fs::last_write_time(t.dir / "public/a.html") == a_time);
  CHECK_FALSE(fs::exists(t.dir / "public/gone"));  // the emptied folder goes too
  for (const auto& e : fs::recursive_directory_iterator(t.dir / "public"))
    CHECK(e.path().filename().string().find("govsite-new") == std::string::npos);

  SECTION("past the memory bound, changed files wait on disk under temporary names") {
    previous.outputs = next.records(dir, 1);
    {
      CachedOutput small(real_disk(), dir, previous, /*hold_bytes=*/1);
      REQUIRE(small.write("sub/b.html", "B3", error));
      CHECK(fs::exists(t.dir / "public/sub/.b.html.govsite-new"));
      CHECK(read(t.dir / "public/sub/b.html") == "B2");  // still the old file
    }                                                    // not applied: the temporary file goes
    CHECK_FALSE(fs::exists(t.dir / "public/sub/.b.html.govsite-new"));
    CachedOutput small(real_disk(), dir, previous, 1);
    REQUIRE(small.write("sub/b.html", "B3", error));
    REQUIRE(small.write("a.html", "A", error));
    REQUIRE(small.write("new.html", "N", error));
    REQUIRE(small.apply(error));
    CHECK(read(t.dir / "public/sub/b.html") == "B3");
    CHECK_FALSE(fs::exists(t.dir / "public/sub/.b.html.govsite-new"));
  }
}

namespace {

// A full build's output of `files` (path → bytes) in `dir`, and the cache it leaves.
BuildCache full_build_of(const std::string& dir, const std::map<std::string, std::string>& files) {
  fs::create_directory(dir);
  std::string error;
  CachedOutput full(real_disk(), dir);
  for (const auto& [path, bytes] : files) REQUIRE(full.write(path, bytes, error));
  REQUIRE(full.apply(error));
  BuildCache cache;
  cache.outputs = full.records(dir, 1);
  return cache;
}

}  // namespace

TEST_CASE("cache: apply_written puts the files written so far in place, apply() the rest", "[cache]") {
  TempDir t;
  const std::string dir = (t.dir / "public").string();
  std::string error;
  BuildCache previous = full_build_of(dir, {{"a.html", "A"}, {"b.html", "B"}, {"c.html", "C"}});
  CachedOutput next(real_disk(), dir, previous);
  REQUIRE(next.write("a.html", "A2", error));
  REQUIRE(next.write("b.html", "B", error));  // unchanged
  REQUIRE(next.apply_written(error));
  CHECK(read(t.dir / "public/a.html") == "A2");  // in place before apply()
  CHECK_FALSE(next.kept("a.html"));              // no longer what the previous build left
  CHECK(next.kept("b.html"));
  REQUIRE(next.write("c.html", "C2", error));
  CHECK(read(t.dir / "public/c.html") == "C");
  // Written again with the bytes the previous build left: they go back in place too.
  REQUIRE(next.write("a.html", "A", error));
  REQUIRE(next.apply(error));
  CHECK(read(t.dir / "public/a.html") == "A");
  CHECK(read(t.dir / "public/c.html") == "C2");
  CHECK(next.files_written() == 3);
  const auto records = next.records(dir, 1);
  CHECK(records.at("a.html").hash == content_hash("A"));
  CHECK(records.at("c.html").hash == content_hash("C2"));
  for (const auto& e : fs::recursive_directory_iterator(t.dir / "public"))
    CHECK(e.path().filename().string().find("govsite-new") == std::string::npos);
}

TEST_CASE("cache: a kept file stays with its record, and links to it are not broken", "[cache]") {
  TempDir t;
  const std::string dir = (t.dir / "public").string();
  std::string error;
  BuildCache previous = full_build_of(dir, {{"a.html", "A"}, {"b.html", "B"}, {"c.html", "C"}});
  CachedOutput next(real_disk(), dir, previous);
  LinkCheckingWriter out(next, "/");
  REQUIRE(out.keep("a.html"));
  CHECK(out.kept("a.html"));
  CHECK_FALSE(out.kept("b.html"));  // neither kept nor written yet
  REQUIRE(out.write("b.html", "<a href=\"a.html\">A</a> <a href=\"c.html\">C</a>", error));
  CHECK_FALSE(out.kept("b.html"));  // written with new bytes
  Diagnostics diags;
  out.report(diags);
  // a.html was kept, so only c.html (neither kept nor written: gone) is a broken link.
  REQUIRE(diags.sorted().size() == 1);
  CHECK(diags.sorted()[0].message.find("c.html") != std::string::npos);

  REQUIRE(next.apply(error));
  CHECK(read(t.dir / "public/a.html") == "A");
  CHECK_FALSE(fs::exists(t.dir / "public/c.html"));
  const auto records = next.records(dir, 1);
  CHECK(records.size() == 2);
  CHECK(records.at("a.html").hash == previous.outputs.at("a.html").hash);
  CHECK(records.at("a.html").mtime_ns == previous.outputs.at("a.html").mtime_ns);
  CHECK(records.at("b.html").hash != previous.outputs.at("b.html").hash);
}

TEST_CASE("cache: a rebuild with the same theme keeps its files instead of compiling it", "[cache]") {
  TempDir t;
  const std::string dir = (t.dir / "public").string();
  BuildCache previous = full_build_of(dir, {{"css/site.ab12.css", "body{}"}, {"img/emblem.svg", "<svg/>"}});
  previous.theme = ThemeAssets{"css/site.ab12.css", "", "", {"css/site.ab12.css", "img/emblem.svg"}};

  CachedOutput next(real_disk(), dir, previous);
  const std::optional<ThemeAssets> kept = keep_theme_assets(previous.theme, next);
  REQUIRE(kept);
  CHECK(kept->css == "css/site.ab12.css");
  CHECK(kept->files == previous.theme.files);
  CHECK(next.kept("img/emblem.svg"));
  CHECK(kept->files == previous.theme.files);

  SECTION("a file the output no longer has: the theme is made again") {
    previous.theme.files.push_back("js/site.cd34.js");
    CachedOutput other(real_disk(), dir, previous);
    CHECK_FALSE(keep_theme_assets(previous.theme, other));
  }
  SECTION("a cache without the theme's files (an older build): made again") {
    CHECK_FALSE(keep_theme_assets(ThemeAssets{}, next));
  }
}

TEST_CASE("cache: the running binary has an identity for the cache", "[cache]") {
  // From the linker's build ID (or the file's bytes): never 0, which would make every
  // build a full one, and the same on every call.
  const uint64_t id = executable_hash();
  CHECK(id != 0);
  CHECK(executable_hash() == id);
}

TEST_CASE("cache: an unknown key nested as deep as the YAML reader keeps round-trips", "[cache]") {
  // The reader and the decoder share one depth limit: a value the reader keeps, however
  // deep, must decode again, or the file would be parsed anew on every rebuild.
  for (int depth = kMaxValueDepth - 2; depth <= kMaxValueDepth + 2; ++depth) {
    INFO(depth);
    const std::string yaml = "deep: " + std::string(static_cast<size_t>(depth), '[') + "x" +
                             std::string(static_cast<size_t>(depth), ']') + "\n";
    Diagnostics diags;
    auto doc = parse_document("---\ntitle: 深\ntype: page\ndisclosure: public\n" + yaml + "---\n正文\n",
                              "content/deep.md", "deep", diags);
    REQUIRE(doc);
    const std::string bytes = encoded(*doc);
    ByteReader r(bytes);
    auto back = decode_document(r);
    REQUIRE(back);
    CHECK(r.at_end());
    CHECK(encoded(*back) == bytes);
  }
}

TEST_CASE("cache: a diagnostic keeps whether it is a follow-on (its place in the order)", "[cache]") {
  for (bool follow_on : {false, true}) {
    ByteWriter w;
    encode_diagnostic(w, {"content/a.md", 5, 1, Severity::error, "broken-reference-target", "m", follow_on});
    ByteReader r(w.bytes());
    const Diagnostic back = decode_diagnostic(r);
    CHECK(r.ok());
    CHECK(r.at_end());
    CHECK(back.follow_on == follow_on);
    CHECK(back.code == "broken-reference-target");
  }
}
