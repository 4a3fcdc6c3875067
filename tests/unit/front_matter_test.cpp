#include <catch2/catch.hpp>

#include "content/front_matter.h"

using govsite::split_front_matter;

TEST_CASE("front matter: yaml and body with the lines they start on", "[front_matter]") {
  auto r = split_front_matter("---\ntitle: 标题\ntype: page\n---\n正文第一行\n");
  REQUIRE(r.ok);
  CHECK(r.yaml == "title: 标题\ntype: page\n");
  CHECK(r.yaml_first_line == 2);
  CHECK(r.body == "正文第一行\n");
  CHECK(r.body_first_line == 5);
}

TEST_CASE("front matter: a BOM and CRLF line endings keep line numbers", "[front_matter]") {
  auto r = split_front_matter("\xEF\xBB\xBF---\r\ntitle: a\r\n\r\nb: c\r\n---\r\nbody\r\n");
  REQUIRE(r.ok);
  CHECK(r.yaml == "title: a\n\nb: c\n");
  CHECK(r.body == "body\n");
  CHECK(r.body_first_line == 6);
}

TEST_CASE("front matter: closing with ... and trailing spaces on markers", "[front_matter]") {
  auto r = split_front_matter("---  \na: 1\n...\nx");
  REQUIRE(r.ok);
  CHECK(r.yaml == "a: 1\n");
  CHECK(r.body == "x");
  CHECK(r.body_first_line == 4);
}

TEST_CASE("front matter: a --- inside a value does not close it", "[front_matter]") {
  auto r = split_front_matter("---\na: \"---\"\n---\n");
  REQUIRE(r.ok);
  CHECK(r.yaml == "a: \"---\"\n");
  CHECK(r.body.empty());
}

TEST_CASE("front matter: missing, unclosed and empty files are explained", "[front_matter]") {
  auto none = split_front_matter("# 标题\n正文\n");
  CHECK_FALSE(none.ok);
  CHECK(none.error_line == 1);
  CHECK(none.error.find("文档开头缺少“---”") != std::string::npos);

  auto open = split_front_matter("---\ntitle: a\n");
  CHECK_FALSE(open.ok);
  CHECK(open.error.find("文档信息没有结束") != std::string::npos);

  auto empty = split_front_matter(" \n\n");
  CHECK_FALSE(empty.ok);
  CHECK(empty.error.find("文件是空的") != std::string::npos);
}

TEST_CASE("front matter: the declared id is read without YAML, for a file that does not parse", "[front_matter]") {
  using govsite::declared_id;
  CHECK(declared_id("---\ntitle: 方案\nid: sfj-2019-plan\nissuer：盘锦市司法局\n---\n正文\n") == "sfj-2019-plan");
  CHECK(declared_id("---\nid: \"plan\"  # 方案\n---\n") == "plan");
  CHECK(declared_id("---\n\tbad: [\nid: 'x-1'\n") == "x-1");         // not even closed
  CHECK(declared_id("---\ntitle: a\n  id: nested\n---\n").empty());  // not a top-level key
  CHECK(declared_id("---\nid: Not_Valid\n---\n").empty());
  CHECK(declared_id("---\ntitle: a\n---\nid: in-the-body\n").empty());
}
