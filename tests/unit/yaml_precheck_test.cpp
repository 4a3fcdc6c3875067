#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <optional>

#include "content/document_parser.h"
#include "content/front_matter.h"
#include "test_files.h"
#include "yaml/yaml_fields.h"
#include "yaml/yaml_precheck.h"

namespace fs = std::filesystem;
using namespace govsite;

namespace {

// A document whose front matter holds `keys` from line 2 on.
std::string document(const std::string& keys) {
  return "---\ntitle: 关于开展2019年政务公开工作的通知\ntype: page\n" + keys + "disclosure: public\n---\n正文\n";
}

// The diagnostics of parsing `text` through the real document parser.
std::vector<Diagnostic> parse(const std::string& text) {
  Diagnostics diags;
  parse_document(text, "content/a.md", "a", diags);
  return diags.sorted();
}

std::optional<Diagnostic> only_slip(const std::string& text) {
  const auto all = parse(text);
  INFO(text);
  REQUIRE(all.size() == 1);
  return all[0];
}

}  // namespace

TEST_CASE("yaml pre-checks: each slip on its own line and character column, in Chinese", "[yaml-precheck]") {
  SECTION("full-width colon") {
    auto d = only_slip(document("issuer：盘锦市司法局\n"));
    CHECK(d->code == "yaml-fullwidth-colon");
    CHECK(d->line == 4);  // yaml-cpp said "illegal map value" on line 5
    CHECK(d->column == 7);
    CHECK(d->message == "这里用了全角冒号“：”，请改成半角冒号加一个空格“: ”");
  }
  SECTION("no space after the colon") {
    auto d = only_slip(document("issuer:盘锦市司法局\n"));
    CHECK(d->code == "yaml-no-space");
    CHECK(d->line == 4);
    CHECK(d->column == 7);
    CHECK(d->message.find("冒号后面少了一个空格") == 0);
  }
  SECTION("a tab in the indentation") {
    auto d = only_slip(document("review:\n\t- {stage: initial, by: 王某, date: 2019-08-06}\n"));
    CHECK(d->code == "yaml-tab");
    CHECK(d->line == 5);
    CHECK(d->column == 1);
  }
  SECTION("a full-width space in the indentation or after the colon") {
    auto d = only_slip(document("　issuer: 盘锦市司法局\n"));
    CHECK(d->code == "yaml-fullwidth-space");
    CHECK(d->line == 4);
    CHECK(d->column == 1);
    d = only_slip(document("review:\n  - {stage: initial, by: 王某, date: 2019-08-06}\nissuer:　盘锦市司法局\n"));
    CHECK(d->code == "yaml-fullwidth-space");
    CHECK(d->line == 6);
    CHECK(d->column == 8);
  }
  SECTION("an unclosed [, { or quote") {
    auto d = only_slip(document("topics: [政务公开, 法治\nissuer: 盘锦市司法局\n"));
    CHECK(d->code == "yaml-unclosed-list");
    CHECK(d->line == 4);
    CHECK(d->column == 9);
    d = only_slip(document("review:\n  - {stage: initial, by: 王某, date: 2019-08-06\nissuer: 盘锦市司法局\n"));
    CHECK(d->code == "yaml-unclosed-mapping");
    CHECK(d->line == 5);
    CHECK(d->column == 5);
    d = only_slip(document("summary: \"关于：开展工作\nissuer: 盘锦市司法局\n"));
    CHECK(d->code == "yaml-unclosed-quote");
    CHECK(d->line == 4);
    CHECK(d->column == 10);
    // at the end of the front matter too
    d = only_slip(document("topics: [政务公开, 法治\n"));
    CHECK(d->code == "yaml-unclosed-list");
    CHECK(d->line == 4);
  }
  SECTION("a quote inside a quoted value ends it early") {
    auto d = only_slip(document("title: \"关于印发\"七五\"普法规划的通知\"\nissuer: 盘锦市司法局\n"));
    CHECK(d->code == "yaml-quote-in-quote");
    CHECK(d->line == 4);
    CHECK(d->column == 13);  // the inner quote, counted in characters
    d = only_slip(document("title: '关于'试点'的通知'\n"));
    CHECK(d->code == "yaml-quote-in-quote");
    // the other kind of quote inside, a doubled '' and a comment after the value are fine
    CHECK(find_yaml_slips("title: '关于印发\"七五\"普法规划的通知'\n").empty());
    CHECK(find_yaml_slips("title: '市司法局''七五''规划'\n").empty());
    CHECK(find_yaml_slips("title: \"关于印发“七五”普法规划的通知\"  # 中文引号\n").empty());
  }
  SECTION("review: [] left above list items") {
    auto d = only_slip(document("review: []\n  - {stage: initial, by: 王某, date: 2019-08-06}\n"));
    CHECK(d->code == "yaml-empty-list-then-items");
    CHECK(d->line == 4);
    CHECK(d->column == 9);
    d = only_slip(document("review: []\n- {stage: initial, by: 王某, date: 2019-08-06}\n"));
    CHECK(d->code == "yaml-empty-list-then-items");
    // commented out, the items are fine
    CHECK(find_yaml_slips("review: []\n#  - {stage: initial, by: 王某, date: 2019-08-06}\nissuer: x\n").empty());
  }
}

TEST_CASE("yaml pre-checks: every message exists in Chinese and English", "[yaml-precheck]") {
  for (const char* code :
       {"yaml-tab", "yaml-fullwidth-colon", "yaml-no-space", "yaml-fullwidth-space", "yaml-unclosed-list",
        "yaml-unclosed-mapping", "yaml-unclosed-quote", "yaml-quote-in-quote", "yaml-empty-list-then-items"}) {
    INFO(code);
    CHECK(yaml_slip_message(code) != code);
    CHECK(yaml_slip_message(code, false) != code);
    CHECK(yaml_slip_message(code) != yaml_slip_message(code, false));
  }
}

TEST_CASE("yaml pre-checks: values stay free text", "[yaml-precheck]") {
  const char* valid[] = {
      "title: 关于：开展政务公开工作的通知\n",          // a full-width colon in a value
      "title: \"关于: 工作\"\nsummary: '它''s：好'\n",  // colons and quotes in quoted strings
      "summary: |\n  第一段：说明\n  \t缩进\n  issuer:盘锦\n  　全角\nissuer: x\n",  // a block scalar
      "summary: >-\n    文字：\n  \nissuer: x\n",
      "summary: 第一行\n  续行：说明\n  　　全角缩进的续行\nissuer: x\n",  // a plain value's lines
      "links:\n  - https://x.gov.cn/a\n  - 10:30\n",                       // values in a list
      "topics: [政务公开,\n  法治, \"a, ]b\"]\nissuer: x\n",               // a list over two lines
      "review:\n  - {stage: initial, by: 王某, date: 2019-08-06}  # 初审\n",
      "tags: [it's, ok]\n",
      "# 注释：随便写\n\t# 注释前的Tab\n\t\nissuer: x\n",
      "key_a: []\nkey_b: {}\nissuer: x\n",
      "base_url: https://x.gov.cn/\ntime: 10:30\n",
      "feedback:\n  received: 10\n  summary: 无\n",
      "columns:\n- {id: a, title: 专栏}\n",
      "review:\n  - {stage: initial,\n    by: 王某, date: 2019-08-06}\n",  // a mapping over two lines
      "topics:\n  - 第一行\n    续行：说明\n  - 第二项\n",                 // an item's value over two lines
      "summary:\n  摘要第一行\n   issuer：续行\n",
      "materials:\n  - ID:身份证原件\n",
  };
  for (const char* yaml : valid) {
    INFO(yaml);
    CHECK(find_yaml_slips(yaml).empty());
    Diagnostics diags;  // and yaml-cpp reads each as it is meant
    CHECK(YamlFields::parse(yaml, "a.md", 2, diags));
    CHECK_FALSE(diags.has_errors());
  }
}

TEST_CASE("yaml pre-checks: the sample site and every fixture site have none", "[yaml-precheck]") {
  const fs::path source(GOVSITE_SOURCE_DIR);
  std::vector<fs::path> files{source / "site.yaml"};
  for (const fs::path& root : {source / "content", source / "tests" / "sites"})
    for (const auto& e : fs::recursive_directory_iterator(root))
      if (e.is_regular_file() && (e.path().extension() == ".md" || e.path().filename() == "site.yaml"))
        files.push_back(e.path());
  size_t checked = 0;
  for (const fs::path& file : files) {
    // The YAML mistakes of err-files, err-yaml, err-broken-target and err-editor-slips'
    // *-yaml-*.md are there on purpose.
    const bool editor_slip = file.string().find("/err-editor-slips/") != std::string::npos &&
                             file.filename().string().find("-yaml-") != std::string::npos;
    if (editor_slip || file.filename() == "e-yaml.md" || file.string().find("/err-yaml/") != std::string::npos ||
        file.string().find("/err-broken-target/content/policies/plan-2019.md") != std::string::npos)
      continue;
    const std::string text = read(file);
    const std::string yaml = file.extension() == ".md" ? split_front_matter(text).yaml : text;
    INFO(file.string());
    const auto slips = find_yaml_slips(yaml);
    CHECK(slips.empty());
    if (!slips.empty()) CHECK(slips[0].code == "");
    ++checked;
  }
  CHECK(checked > 50);
}

TEST_CASE("yaml pre-checks: any text of YAML's characters is scanned to its end", "[yaml-precheck]") {
  // Deterministic: the same 20,000 texts every run, made of the pieces that steer the scanner.
  const char* pieces[] = {"\n", " ", "  ", "\t", "-", "- ", ":", ": ", "：", "　",  "[",  "]",    "{",  "}",
                          "\"", "'", "''", "\\", "#", " #", "|", ">",  ",",  "key", "值", "\r\n", "&a", "*a"};
  uint32_t state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u; };
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const size_t length = (next() >> 16) % 40;
    for (size_t i = 0; i < length; ++i) text += pieces[(next() >> 16) % (sizeof pieces / sizeof *pieces)];
    size_t lines = 1;
    for (char c : text) lines += c == '\n';
    for (const YamlSlip& s : find_yaml_slips(text)) {
      INFO(text);
      CHECK(s.line >= 1);
      CHECK(static_cast<size_t>(s.line) <= lines);
      CHECK(s.column >= 1);
      CHECK(s.column <= static_cast<int>(text.size()) + 1);
    }
  }
}
