#include <catch2/catch.hpp>

#include <map>

#include "core/diagnostics.h"
#include "core/messages.h"

using namespace govsite;

TEST_CASE("diagnostics: file:line:col, the source line and a caret under the column", "[diagnostics]") {
  Diagnostic d{"content/a.md", 4, 12, Severity::error, "bad-date", "\"published\": expected a date"};
  const std::string line = "published: 2019/08/12";
  CHECK(format_diagnostic(d, &line) ==
        "content/a.md:4:12: error: \"published\": expected a date\n"
        "    published: 2019/08/12\n"
        "               ^\n");
}

TEST_CASE("diagnostics: the caret counts Chinese characters as two cells", "[diagnostics]") {
  Diagnostic d{"a.md", 2, 8, Severity::warning, "x", "m"};
  const std::string line = "title: 标题: 错";
  CHECK(format_diagnostic(d, &line) == "a.md:2:8: warning: m\n    title: 标题: 错\n           ^\n");
}

TEST_CASE("diagnostics: a very long line is shown as a window around the column", "[diagnostics]") {
  Diagnostic d{"a.md", 1, 5000, Severity::error, "x", "m"};
  const std::string line(10000, 'x');
  const std::string out = format_diagnostic(d, &line);
  CHECK(out.size() < 400);
  CHECK(out.find("…") != std::string::npos);
  // the caret still sits under character 5000: 60 characters into the window, after "…"
  CHECK(out.find("\n    " + std::string(61, ' ') + "^\n") != std::string::npos);
}

TEST_CASE("diagnostics: JSON lines carry the six fields", "[diagnostics]") {
  Diagnostic d{"content/a.md", 3, 1, Severity::error, "missing-key", "missing \"title\"\n"};
  CHECK(diagnostic_json(d) ==
        "{\"file\":\"content/a.md\",\"line\":3,\"column\":1,\"severity\":\"error\","
        "\"code\":\"missing-key\",\"message\":\"missing \\\"title\\\"\\n\"}");
}

TEST_CASE("diagnostics: sorted by file, line and column whatever the order they came in", "[diagnostics]") {
  Diagnostics diags;
  diags.error("b.md", 1, 1, "x", "b");
  diags.warning("a.md", 9, 1, "x", "a9");
  diags.error("a.md", 2, 5, "x", "a2");
  auto all = diags.sorted();
  REQUIRE(all.size() == 3);
  CHECK(all[0].message == "a2");
  CHECK(all[1].message == "a9");
  CHECK(all[2].message == "b");
  CHECK(diags.error_count() == 2);
  CHECK(diags.warning_count() == 1);
}

TEST_CASE("diagnostics: a column past the Chinese text puts the caret after its last character", "[diagnostics]") {
  // 49th character of a Chinese line: the caret in cells, never past the line's end
  std::string line;
  for (int i = 0; i < 48; ++i) line += "文";
  line += "[x](missing.md)";
  Diagnostic d{"a.md", 7, 49, Severity::error, "broken-link", "m"};
  CHECK(format_diagnostic(d, &line) == "a.md:7:49: error: m\n    " + line + "\n    " + std::string(96, ' ') + "^\n");
}

TEST_CASE("diagnostics: at most 100 of one code per file, then one \"and N more\"", "[diagnostics]") {
  Diagnostics diags;
  for (int i = 1; i <= 5000; ++i) diags.error("content/a.md", 3, i * 10, "broken-link", "link " + std::to_string(i));
  for (int i = 1; i <= 150; ++i) diags.warning("content/a.md", 9, i, "other", "w");
  for (int i = 1; i <= 20; ++i) diags.error("content/b.md", 1, i, "broken-link", "b");
  const auto all = diags.sorted();
  REQUIRE(all.size() == 100 + 1 + 100 + 1 + 20);
  // the first hundred in the order they came, then the count of the rest where they start
  CHECK(all[99].message == "link 100");
  CHECK(all[100].code == "too-many-diagnostics");
  CHECK(all[100].severity == Severity::error);
  CHECK(all[100].line == 3);
  CHECK(all[100].column == 1010);
  CHECK(all[100].message == "本文件还有 4900 处“broken-link”问题（同一类问题只列出前 100 处）");
  CHECK(all[201].code == "too-many-diagnostics");
  CHECK(all[201].severity == Severity::warning);
  CHECK(all[201].message.find("本文件还有 50 处“other”问题") == 0);
  CHECK(diags.error_count() == 100 + 1 + 20);
  CHECK(diags.warning_count() == 100 + 1);
  // a capped list added again (the build cache repeats a build's diagnostics) stays as it is
  Diagnostics again;
  for (const auto& d : all) again.add(d);
  CHECK(again.sorted().size() == all.size());
}

TEST_CASE("diagnostics: root causes first, follow-ons after them, each part by file and line", "[diagnostics]") {
  Diagnostics diags;
  diags.add({"content/interpretations/a-jd.md", 5, 1, Severity::error, "broken-reference-target", "follow-on", true});
  diags.add({"content/policies/a.md", 10, 12, Severity::error, "bad-date", "root"});
  diags.add({"content/annual-reports/r.md", 20, 3, Severity::error, "annual-report-mismatch", "count", true});
  diags.add({"content/consultations/c.md", 3, 1, Severity::warning, "stale-column", "warning"});
  const auto all = diags.sorted();
  REQUIRE(all.size() == 4);
  CHECK(all[0].path == "content/consultations/c.md");
  CHECK(all[1].path == "content/policies/a.md");
  CHECK(all[2].path == "content/annual-reports/r.md");
  CHECK(all[3].path == "content/interpretations/a-jd.md");
}

TEST_CASE("diagnostics: a file name that is not UTF-8 is shown byte by byte as escapes, and said to be so",
          "[diagnostics]") {
  // "测试" in GBK, as a zip made on Windows leaves it when unpacked here.
  const std::string gbk = "\xB2\xE2\xCA\xD4";
  Diagnostics diags;
  diags.error("content/" + gbk + ".md", 4, 1, "duplicate-id", "id \"lxfs\" is taken by content/" + gbk + "2.md");
  diags.error("content/a.md", 1, 1, "x",
              "a valid one \xEF\xBF\xBD"
              " stays as it is");
  // Bytes that only look like UTF-8 (a lead byte cut short, a surrogate) are escaped alike.
  diags.error("content/b.md", 1, 1, "x",
              "cut \xE6\xB5"
              " and \xED\xA0\x80");
  std::map<std::string, std::string> messages;
  for (const Diagnostic& d : diags.sorted()) messages[d.path] = d.message;
  CHECK(messages.size() == 3);
  CHECK(messages["content/a.md"] ==
        "a valid one \xEF\xBF\xBD"
        " stays as it is");
  CHECK(messages["content/b.md"] == "cut \\xE6\\xB5 and \\xED\\xA0\\x80");  // a valid path: no word on it
  REQUIRE(messages.count("content/\\xB2\\xE2\\xCA\\xD4.md"));
  CHECK(messages["content/\\xB2\\xE2\\xCA\\xD4.md"] ==
        "id \"lxfs\" is taken by content/\\xB2\\xE2\\xCA\\xD4"
        "2.md" +
            tr("not-utf8.file-name"));
  CHECK(tr_in(Language::zh, "not-utf8.file-name").rfind("（这个文件名不是 UTF-8 编码", 0) == 0);

  // A GBK name is escaped whole, its pairs that look like UTF-8 by chance too ("文" is C4 BC
  // in GBK, "ļ" in UTF-8); a folder named in UTF-8 above it stays readable.
  diags.warning("content/政策/\xCE\xC4\xBC\xFE/a.md", 1, 1, "x", "m");
  bool found = false;
  for (const Diagnostic& d : diags.sorted()) found = found || d.path == "content/政策/\\xCE\\xC4\\xBC\\xFE/a.md";
  CHECK(found);
}
