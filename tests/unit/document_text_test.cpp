// A document's body reaches render_markdown, which leaves the UTF-8 check to its callers
// (render/markdown.cpp), only as checked text: cut from a file checked whole, or read again
// for a parse the build cache kept and checked again, never on the word of a hash.
#include <catch2/catch.hpp>

#include <string>

#include "cache/build_cache.h"
#include "content/document_parser.h"
#include "content/load_documents.h"
#include "core/virtual_file_system.h"

using namespace govsite;

namespace {

const std::string kHead =
    "---\n"
    "title: 关于做好政务公开工作的通知\n"
    "type: notice\n"
    "published: 2019-08-12\n"
    "disclosure: public\n"
    "---\n";
const std::string kText = kHead + "正文\n";
const std::string kGbk = kHead + "\xD5\xFD\xCE\xC4\n";  // 正文 in GBK
const std::string kNul = kHead + std::string("正文\0\n", 8);

std::vector<std::string> codes(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(d.code + "@" + std::to_string(d.line));
  return out;
}

}  // namespace

TEST_CASE("document text: a body that is not UTF-8 or holds a NUL byte is refused with its file", "[document]") {
  Diagnostics text, gbk, nul;
  CHECK(parse_document(kText, "content/a.md", "a", text));
  CHECK_FALSE(parse_document(kGbk, "content/a.md", "a", gbk));
  CHECK(codes(gbk) == std::vector<std::string>{"not-utf8@7"});
  CHECK_FALSE(parse_document(kNul, "content/a.md", "a", nul));
  CHECK(codes(nul) == std::vector<std::string>{"nul-byte@7"});
}

TEST_CASE("document text: load_body checks the bytes it reads again, not only their hash", "[document][cache]") {
  for (const std::string* bad : {&kGbk, &kNul}) {
    VirtualFileSystem fs;
    fs.add("site/content/a.md", *bad);
    Document d;
    d.path = "content/a.md";
    d.body_pending = true;
    d.source_hash = content_hash(*bad) | 1;  // as if a parse of these bytes had been cached
    Diagnostics diags;
    CHECK_FALSE(load_body(fs, "site", d, diags));
    CHECK(d.body.empty());
    CHECK(codes(diags) == std::vector<std::string>{(bad == &kGbk ? "not-utf8@7" : "nul-byte@7")});
  }
  VirtualFileSystem fs;
  fs.add("site/content/a.md", kText);
  Document d;
  d.path = "content/a.md";
  d.body_pending = true;
  d.source_hash = content_hash(kText) | 1;
  Diagnostics diags;
  CHECK(load_body(fs, "site", d, diags));
  CHECK(d.body == "正文\n");
}

TEST_CASE("document text: a cached parse is not taken for bytes that are not text, whatever their hash",
          "[document][cache]") {
  VirtualFileSystem fs;
  fs.add("site/content/a.md", kText);
  Diagnostics first;
  LoadedContent loaded = load_content(fs, "site", 1, first, nullptr, /*keep_for_cache=*/true);
  REQUIRE(loaded.documents.size() == 1);
  BuildCache previous;
  previous.documents = loaded.cache_entries;
  previous.sources_read_at_ns = loaded.sources_read_at_ns;
  REQUIRE(previous.documents.count("content/a.md"));

  fs.tick();
  fs.add("site/content/a.md", kGbk);  // another size: read again, found by its hash
  previous.documents["content/a.md"].source_hash = content_hash(kGbk) | 1;  // as if the hashes collided
  Diagnostics diags;
  LoadedContent again = load_content(fs, "site", 1, diags, &previous, true);
  CHECK(again.documents.empty());
  CHECK(codes(diags) == std::vector<std::string>{"not-utf8@7"});
}
