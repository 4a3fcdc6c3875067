// The search index writer: records, tokens, phrase grams, shard layout, delta lists, and the
// patch of a previous index equal to a whole new one.
#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "core/file_system.h"
#include "core/virtual_file_system.h"
#include "core/hashing.h"
#include "outputs/search_index.h"

using namespace govsite;

namespace {

struct IndexFiles : OutputWriter {
  std::map<std::string, std::string> files;
  std::vector<std::string> kept_files;
  bool write(const std::string& rel, std::string_view bytes, std::string&) override {
    files[rel] = std::string(bytes);
    return true;
  }
  bool keep(const std::string& rel) override {
    kept_files.push_back(rel);
    return true;
  }
};

Document policy(const std::string& id, const std::string& title, const std::string& doc_no, const std::string& date) {
  Document d;
  d.id = id;
  d.type = DocType::policy;
  d.title = title;
  d.doc_no = doc_no;
  d.index_no = "112111001234567886/2019-" + id;
  d.issuer = "盘锦市司法局";
  d.published = Date::parse(date);
  return d;
}

SiteModel site() {
  SiteModel m;
  m.docs = {policy("00012", "公共法律服务体系建设实施方案", "盘司发〔2019〕12号", "2019-03-01"),
            policy("00003", "法律援助工作的通知", "盘司发〔2019〕3号", "2019-05-01"),
            policy("00020", "关于转发文件的通知", "", "2019-06-01")};
  m.published.assign(3, true);
  m.newest = {2, 1, 0};
  return m;
}

std::vector<std::string> body_texts() {
  return {"现将方案印发，请认真贯彻落实。", "做好法律援助工作。",
          "请认真贯彻盘司发〔2019〕12号文件精神，各人民调解组织要着力提升基层法治示范创建。"};
}

// The previous index, when there is one, is read from `files` below `previous_dir`.
void build(const SiteModel& m, std::vector<std::string> texts, IndexFiles& out, SearchIndexState* next,
           const SearchIndexState* previous = nullptr, const FileSystem& files = VirtualFileSystem(),
           const std::string& previous_dir = "") {
  Diagnostics diags;
  std::vector<uint64_t> kept(m.docs.size(), 0);
  SearchIndexTexts in{texts, kept, previous, previous_dir, next};
  write_search_index(files, m, in, out, diags, 2);
  REQUIRE_FALSE(diags.has_errors());
}

// The shard holding `token`'s lists, from index.json's shard count.
std::string shard_of(const IndexFiles& out, const std::string& token, uint64_t shards) {
  return out.files.at("search/s/" + std::to_string(fnv1a32(token) % shards) + ".json");
}

}  // namespace

TEST_CASE("search index: a record holds title, URL, type, date and the metadata on one line each", "[search]") {
  Document d = policy("00012", "标题\t有制表符", "盘司发〔2019〕12号", "2019-03-01");
  d.issuer = "盘锦市\n司法局";
  CHECK(search_record(d, "正文\n第二段") ==
        "标题 有制表符\npolicies/00012.html\t政策文件\t2019-03-01\t盘司发〔2019〕12号\t112111001234567886/2019-00012\t"
        "盘锦市 司法局\n正文\n第二段");
}

TEST_CASE("search index: record tokens cover metadata, head tokens carry #, URL and date are not indexed", "[search]") {
  const std::string record = search_record(policy("00012", "实施方案", "盘司发〔2019〕12号", "2019-03-01"),
                                           "做好工作。");
  const auto tokens = search_record_tokens(record);
  auto has = [&](const std::string& t) { return std::find(tokens.begin(), tokens.end(), t) != tokens.end(); };
  for (const char* t :
       {"实施", "盘司", "司发", "2019", "12", "号", "盘锦", "法局", "做好", "#实施", "#盘司", "#12", "#00012"})
    CHECK(has(t));
  CHECK_FALSE(has("#盘锦"));  // the issuer is searched, but is no title match
  CHECK_FALSE(has("#做好"));
  CHECK_FALSE(has("policies"));
  CHECK_FALSE(has("03"));
  CHECK(std::set<std::string>(tokens.begin(), tokens.end()).size() == tokens.size());
}

TEST_CASE("search index: phrase grams are the window minima of long runs, as the browser computes them", "[search]") {
  std::vector<std::string> grams;
  for_each_phrase_gram("一二三四五六七八九十甲乙", [&](std::string_view g) { grams.emplace_back(g); });
  // tests/search/search_test.js checks the same values against the client.
  CHECK(grams == std::vector<std::string>{"二三四五六七八九", "三四五六七八九十"});
  grams.clear();
  for_each_phrase_gram("一二三四五六七八九，十甲乙丙丁戊己庚辛", [&](std::string_view g) { grams.emplace_back(g); });
  CHECK(grams.empty());  // runs of 9 characters: no whole window
}

TEST_CASE("search index: version 3 header, delta lists, # lists beside their token, records in chunks", "[search]") {
  const SiteModel m = site();
  IndexFiles out;
  SearchIndexState state;
  build(m, body_texts(), out, &state);
  const std::string header = out.files.at("search/index.json");
  CHECK(header.find("\"version\":3") != std::string::npos);
  CHECK(header.find("\"text_chunk\":2") != std::string::npos);
  CHECK(header.find("\"gram\":8,\"window\":3") != std::string::npos);
  const uint64_t shards = state.shards;
  // Newest first: 00020 (doc 0), 00003 (1), 00012 (2). 盘司 is in all three (the first by
  // citation): [0,1,2] is written [0,1,1]; only 1 and 2 have it in their head.
  CHECK(shard_of(out, "盘司", shards).find("\"盘司\":[0,1,1]") != std::string::npos);
  CHECK(shard_of(out, "盘司", shards).find("\"#盘司\":[1,1]") != std::string::npos);
  CHECK(shard_of(out, "12", shards).find("\"#12\":[2]") != std::string::npos);
  CHECK(out.files.count("search/m/0.json") == 0);
  CHECK(out.files.at("search/x/1.json")
            .find("公共法律服务体系建设实施方案\\npolicies/00012.html\\t政策文件\\t2019-03-01\\t盘司发〔2019〕12号") !=
        std::string::npos);
  CHECK(state.text_hashes[2] == content_hash(search_record(m.docs[0], body_texts()[0])));
}

// The previous output is read through the build's FileSystem (here one in memory, holding
// nothing on disk), not from the disk behind it.
TEST_CASE("search index: a patched index equals the whole index of the new texts", "[search]") {
  const SiteModel m = site();
  IndexFiles first;
  SearchIndexState before;
  build(m, body_texts(), first, &before);
  VirtualFileSystem previous_output;
  for (const auto& [rel, bytes] : first.files) previous_output.add("public/" + rel, bytes);
  std::vector<std::string> changed = body_texts();
  changed[1] = "各人民调解组织要着力提升基层法治示范创建，做好法律援助便民服务。";
  IndexFiles patched, whole;
  SearchIndexState after, fresh;
  build(m, changed, patched, &after, &before, previous_output, "public");
  build(m, changed, whole, &fresh);
  CHECK_FALSE(patched.kept_files.empty());  // a patch, not a rebuild
  std::map<std::string, std::string> result = patched.files;
  for (const std::string& rel : patched.kept_files) result[rel] = first.files.at(rel);
  CHECK(result == whole.files);
  CHECK(after.text_hashes == fresh.text_hashes);
}
