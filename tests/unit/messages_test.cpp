#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "cli/options.h"
#include "core/messages.h"
#include "diagnostic_codes.h"

using namespace govsite;

namespace {

// "{1}{2}" of a template, sorted: both languages must use the same values.
std::set<std::string> placeholders(const std::string& s) {
  std::set<std::string> out;
  static const std::regex re("\\{[1-9]\\}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), re); it != std::sregex_iterator(); ++it)
    out.insert(it->str());
  return out;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("messages: placeholders are filled in the chosen language", "[messages]") {
  CHECK(tr_in(Language::en, "personal-data", {"手机号码", "138****5678"})
            .rfind("a 手机号码 (138****5678) would be published", 0) == 0);
  CHECK(tr_in(Language::zh, "personal-data", {"手机号码", "138****5678"}).rfind("手机号码（138****5678）将被公开", 0) ==
        0);
  CHECK(tr_in(Language::zh, "no-such-key") == "no-such-key");
}

// Both languages together use {1} … {n} with none left out: a gap is a typo in one of them.
bool contiguous(const std::set<std::string>& used) {
  size_t n = 0;
  for (const auto& p : used) n = std::max<size_t>(n, static_cast<size_t>(p[1] - '0'));
  return used.size() == n;
}

TEST_CASE("messages: every entry has both languages, their placeholders without gaps, keys unique", "[messages]") {
  std::set<std::string> keys;
  for (const auto& e : message_catalog()) {
    INFO(e.key);
    CHECK(keys.insert(e.key).second);
    CHECK(std::string(e.zh).size() > 0);
    CHECK(std::string(e.en).size() > 0);
    std::set<std::string> used = placeholders(e.zh);
    for (const auto& p : placeholders(e.en)) used.insert(p);
    CHECK(contiguous(used));
  }
}

TEST_CASE("messages: every tr() key in the code is in the catalog", "[messages]") {
  std::set<std::string> keys;
  for (const auto& e : message_catalog()) keys.insert(e.key);
  static const std::regex call("\\btr(?:_in)?\\((?:[^,\"]*,\\s*)?\"([a-z0-9.-]+)\"");
  size_t calls = 0;
  for (const auto& f : std::filesystem::recursive_directory_iterator(GOVSITE_SOURCE_DIR "/generator")) {
    if (f.path().extension() != ".cpp" || f.path().parent_path().filename() == "messages") continue;
    const std::string text = read(f.path());
    for (auto it = std::sregex_iterator(text.begin(), text.end(), call); it != std::sregex_iterator(); ++it) {
      INFO(f.path().string());
      CHECK(keys.count((*it)[1].str()) == 1);
      ++calls;
    }
  }
  CHECK(calls > 0);
}

TEST_CASE("messages: every code of the catalog is explained in the editors' table", "[messages]") {
  const std::string docs = read(GOVSITE_SOURCE_DIR "/docs/checks.md");
  for (const auto& e : message_catalog()) {
    const std::string code(code_of_key(e.key));
    INFO(code);
    CHECK(docs.find("`" + code + "`") != std::string::npos);
  }
}

TEST_CASE("messages: --lang, then an English locale, else Chinese", "[messages]") {
  CHECK(choose_language({"build", "--lang", "en"}, nullptr, nullptr, "zh_CN.UTF-8") == Language::en);
  CHECK(choose_language({"build", "--lang=zh"}, "en_US.UTF-8", nullptr, nullptr) == Language::zh);
  CHECK(choose_language({"build"}, nullptr, nullptr, "en_US.UTF-8") == Language::en);
  CHECK(choose_language({"build"}, "C.UTF-8", nullptr, "en_US.UTF-8") == Language::zh);  // LC_ALL decides
  CHECK(choose_language({"build"}, nullptr, nullptr, "C") == Language::zh);
  CHECK(choose_language({"build"}, nullptr, nullptr, nullptr) == Language::zh);
  std::string error;
  CHECK_FALSE(parse_options({"build", "--lang", "fr"}, error));
  CHECK(error.find("--lang") != std::string::npos);
}

TEST_CASE("messages: every diagnostic code the code reports is explained in the editors' table", "[messages]") {
  const std::string docs = read(GOVSITE_SOURCE_DIR "/docs/checks.md");
  // diags.error(path, line, column, "code", …) and fields->error("key", "code", …).
  const auto codes = diagnostic_codes::reported_codes();
  for (const auto& use : codes) {
    INFO(use.file << ": " << use.name);
    CHECK(docs.find("`" + use.name + "`") != std::string::npos);
  }
  CHECK(codes.size() > 50);
}

TEST_CASE("messages: --help and the summary in both languages (English says \"1 error\")", "[messages]") {
  CHECK(tr_in(Language::zh, "cli.usage").rfind("用法：govsite <命令> [选项]\n", 0) == 0);
  CHECK(tr_in(Language::en, "cli.usage").rfind("usage: govsite <command> [options]\n", 0) == 0);
  // The English texts are those govsite printed before the catalog, word for word.
  CHECK(tr_in(Language::en, "cli.summary",
              {"build", "17 documents", "15", "41 pages written", "0 errors", "1 warning",
               "0 failing inspection veto items", "0.08", ""}) ==
        "govsite build: 17 documents, 15 published, 41 pages written, 0 errors, 1 warning, 0 failing inspection veto "
        "items, 0.08 s\n");
  CHECK(
      tr_in(Language::zh, "cli.summary",
            {"build", tr_in(Language::zh, "cli.documents", {"17"}), "15",
             tr_in(Language::zh, "cli.pages-written", {"41"}), tr_in(Language::zh, "cli.errors", {"0"}),
             tr_in(Language::zh, "cli.warnings.one", {"1"}), tr_in(Language::zh, "cli.veto-items", {"0"}), "0.08",
             ""}) ==
      "govsite build：文档 17 篇，已发布 15 篇，写入页面 41 个，错误 0 个，警告 1 个，未通过的单项否决项 0 个，用时 0.08 秒\n");
  CHECK(tr_in(Language::en, "cli.errors.one", {"1"}) == "1 error");
  CHECK(tr_in(Language::en, "cli.errors", {"2"}) == "2 errors");
}
