// A rendered page handed over to the writers (write_owned: taken, not copied) passes the
// whole chain a build uses, LinkCheckingWriter → CachedOutput → DirectoryWriter, exactly
// as the same bytes given to write() do: the same files, records and link checks.
#include <catch2/catch.hpp>

#include <string>

#include "cache/build_cache.h"
#include "core/virtual_file_system.h"
#include "publish/cached_output.h"
#include "publish/link_checker.h"
#include "publish/output_writer.h"

using namespace govsite;

namespace {

const std::string kPage = "<p><a href=\"b.html\">B</a> <a href=\"missing.html\">?</a> <img src=\"../up.png\"></p>";
const std::string kBig(3u << 20, 'x');  // past the writer thread's wake threshold

// The files under `dir`, read back.
std::map<std::string, std::string> tree(const VirtualFileSystem& fs, const std::string& dir) {
  std::map<std::string, std::string> out;
  std::vector<std::string> problems;
  for (const auto& rel : fs.list_files(dir, problems)) {
    std::string bytes, error;
    REQUIRE(fs.read_file(dir + "/" + rel, bytes, error));
    out[rel] = bytes;
  }
  return out;
}

// One build's writes through the chain, each page handed over or given as a view.
void write_pages(OutputWriter& out, bool hand_over) {
  std::string error;
  const std::pair<std::string, std::string> pages[] = {{"a/index.html", kPage},
                                                       {"b.html", "<a href=\"a/\">A</a>"},
                                                       {"big.css", kBig},
                                                       {"c/d.html", kPage}};
  for (const auto& [rel, bytes] : pages) {
    std::string copy = bytes;
    REQUIRE((hand_over ? out.write_owned(rel, std::move(copy), error) : out.write(rel, bytes, error)));
  }
  // A path that leaves the output is refused either way.
  std::string page = kPage;
  CHECK_FALSE(out.write_owned("../escape.html", std::move(page), error));
  CHECK_FALSE(error.empty());
}

std::vector<std::string> messages(const LinkCheckingWriter& out) {
  Diagnostics diags;
  out.report(diags);
  std::vector<std::string> all;
  for (const auto& d : diags.sorted()) all.push_back(d.code + ": " + d.message);
  return all;
}

}  // namespace

TEST_CASE("output writers: a page handed over is written, recorded and link-checked as one copied", "[cache]") {
  std::map<std::string, std::string> files[2];
  std::unordered_map<std::string, OutputRecord> records[2];
  std::vector<std::string> reports[2];
  for (int hand_over = 0; hand_over < 2; ++hand_over) {
    VirtualFileSystem fs;
    std::string error;
    REQUIRE(fs.make_directory("out", error));
    CachedOutput cached(fs, "out");  // a full build: the background writer thread
    LinkCheckingWriter out(cached, "/");
    write_pages(out, hand_over);
    REQUIRE(cached.apply(error));
    files[hand_over] = tree(fs, "out");
    records[hand_over] = cached.records("out", 1);
    reports[hand_over] = messages(out);
  }
  CHECK(files[1] == files[0]);
  REQUIRE(files[1].size() == 4);
  CHECK(files[1]["a/index.html"] == kPage);
  CHECK(files[1]["big.css"] == kBig);
  REQUIRE(records[1].size() == 4);
  for (const auto& [rel, record] : records[1]) {
    INFO(rel);
    CHECK(record.hash == content_hash(files[1][rel]));
    CHECK(record.size == files[1][rel].size());
    CHECK(record.hash == records[0].at(rel).hash);
  }
  // From a/ and c/: b.html and missing.html beside each; ../up.png, the same file from both.
  CHECK(reports[1] == reports[0]);
  CHECK(reports[1].size() == 5);
}

TEST_CASE("output writers: an incremental build holds a page handed over until apply()", "[cache]") {
  for (int hand_over = 0; hand_over < 2; ++hand_over) {
    VirtualFileSystem fs;
    std::string error;
    REQUIRE(fs.make_directory("out", error));
    BuildCache previous;
    {
      CachedOutput full(fs, "out");
      REQUIRE(full.write("a.html", "old", error));
      REQUIRE(full.write("b.html", kPage, error));
      REQUIRE(full.apply(error));
      previous.outputs = full.records("out", 1);
    }
    CachedOutput next(fs, "out", previous);
    std::string changed = "new", same = kPage;
    REQUIRE((hand_over ? next.write_owned("a.html", std::move(changed), error) : next.write("a.html", changed, error)));
    REQUIRE((hand_over ? next.write_owned("b.html", std::move(same), error) : next.write("b.html", same, error)));
    CHECK(tree(fs, "out")["a.html"] == "old");  // nothing touched before apply()
    CHECK(next.kept("b.html"));                 // the same bytes as before
    REQUIRE(next.apply(error));
    CHECK(tree(fs, "out") == std::map<std::string, std::string>{{"a.html", "new"}, {"b.html", kPage}});
    CHECK(next.files_written() == 1);
    CHECK(next.records("out", 1).at("a.html").hash == content_hash("new"));
  }
}

TEST_CASE("output writers: a memory writer keeps a page handed over", "[cache]") {
  MemoryWriter keeping, counting(/*keep_contents=*/false);
  std::string error, page = kPage, other = kPage;
  REQUIRE(keeping.write_owned("a.html", std::move(page), error));
  REQUIRE(counting.write_owned("a.html", std::move(other), error));
  CHECK(keeping.files().at("a.html") == kPage);
  CHECK(counting.files().at("a.html").empty());
}

TEST_CASE("output writers: the link checker reads href and src, not attributes that end alike", "[cache]") {
  MemoryWriter files;
  LinkCheckingWriter out(files, "/");
  std::string error;
  REQUIRE(out.write("a.html",
                    "<a class=\"c\" href=\"gone1.html\">1</a><img data-src=\"gone2.png\" src=\"gone3.png\">"
                    "<a data-href=\"gone4.html\" id=\"f\">4</a><p title=\"src=&quot;gone5&quot;\">5</p>"
                    "<link rel=\"x\" href=\"a.html\">",
                    error));
  const std::vector<std::string> reported = messages(out);
  REQUIRE(reported.size() == 2);
  CHECK(reported[0].find("gone1.html") != std::string::npos);
  CHECK(reported[1].find("gone3.png") != std::string::npos);
}
