// The editor guide (docs/editor-guide.md, 编辑指南) stays true to the code: it explains every
// diagnostic code and every key an editor can write, and its first example document, as an
// editor would copy it, builds with no error through the real binary.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <string>

#include "cli/govsite_binary.h"
#include "diagnostic_codes.h"
#include "test_site_keys.h"

namespace fs = std::filesystem;

namespace {

const fs::path kGuide = GOVSITE_SOURCE_DIR "/docs/editor-guide.md";

// The fenced block that follows the line "<!-- example: NAME -->", without its fences.
std::string example(const std::string& guide, const std::string& name) {
  const std::string marker = "<!-- example: " + name + " -->\n";
  const size_t at = guide.find(marker);
  if (at == std::string::npos) return "";
  const size_t open = guide.find("```", at + marker.size());
  const size_t first = guide.find('\n', open);
  if (open != at + marker.size() || first == std::string::npos) return "";
  const size_t close = guide.find("\n```", first);
  if (close == std::string::npos) return "";
  return guide.substr(first + 1, close - first);
}

}  // namespace

TEST_CASE("editor guide: every diagnostic code is explained", "[editor-guide]") {
  const std::string guide = diagnostic_codes::read_source(kGuide);
  REQUIRE_FALSE(guide.empty());
  const auto codes = diagnostic_codes::diagnostic_codes();
  CHECK(codes.size() > 80);
  for (const auto& code : codes) {
    INFO(code);
    CHECK(guide.find("`" + code + "`") != std::string::npos);
  }
}

TEST_CASE("editor guide: every key the documents and data files are read with is explained", "[editor-guide]") {
  const std::string guide = diagnostic_codes::read_source(kGuide);
  REQUIRE_FALSE(guide.empty());
  const auto keys = diagnostic_codes::front_matter_keys();
  CHECK(keys.size() > 100);
  for (const auto& use : keys) {
    INFO(use.file << ": " << use.name);
    CHECK(guide.find("`" + use.name + "`") != std::string::npos);
  }
}

TEST_CASE("editor guide: the key collector sees the helpers and the lists, not only the accessors", "[editor-guide]") {
  std::set<std::string> keys;
  for (const auto& use : diagnostic_codes::front_matter_keys()) keys.insert(use.name);
  for (const char* key :
       {"title", "published", "review", "stage",              // accessors
        "decision_no", "activities", "lawsuit_after_review",  // keep_string, read_figures, appeal_outcome
        "complaint_phone",                                    // a service guide's list of keys
        "powers", "certificate", "requests"})                 // the data files
    CHECK(keys.count(key) == 1);
}

TEST_CASE("editor guide: the first example document builds with no error", "[editor-guide][cli]") {
  const std::string guide = diagnostic_codes::read_source(kGuide);
  const std::string document = example(guide, "first-document");
  REQUIRE(document.rfind("---\n", 0) == 0);
  std::smatch id;
  REQUIRE(std::regex_search(document, id, std::regex("\\nid: ([a-z0-9-]+)\\n")));
  std::smatch title;
  REQUIRE(std::regex_search(document, title, std::regex("\\ntitle: ([^\\n]+)\\n")));

  char tmpl[] = "/tmp/govsite-guide-XXXXXX";
  const fs::path dir = mkdtemp(tmpl);
  std::ofstream(dir / "site.yaml") << "title: 盘锦市司法局\nbase_url: https://sfj.example.gov.cn/\n"
                                      "organization: 盘锦市司法局\nsite_code: \"1234567890\"\nicp: 测ICP备1号\n"
                                      "psb: 测公网安备1号\n" GOVSITE_TEST_INSPECTION_KEYS;
  fs::create_directories(dir / "content/policies/2026");
  std::ofstream(dir / "content/policies/2026" / (id[1].str() + ".md"), std::ios::binary) << document;

  const Run r = run("build --site '" + dir.string() + "' --now 2026-12-31");
  INFO(r.output);
  CHECK(r.exit_code == 0);
  CHECK(r.output.find(" error: ") == std::string::npos);
  const std::string page = diagnostic_codes::read_source(dir / "public/policies" / (id[1].str() + ".html"));
  CHECK(page.find(title[1].str()) != std::string::npos);
  // The 落款 written as the guide says is set right-aligned as a signature.
  CHECK(page.find("<div class=\"signature\">") != std::string::npos);
  fs::remove_all(dir);
}
