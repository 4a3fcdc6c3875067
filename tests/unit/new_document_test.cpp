// The pieces of govsite new that the CLI tests (tests/cli/new_test.cpp) reach only through
// one case each: ids from titles, ids' problems, similar ids, 发文字号 agencies.
#include <catch2/catch.hpp>

#include "vocabulary/doc_no.h"
#include "vocabulary/document_id.h"
#include "core/similar_names.h"
#include "model/scaffold.h"

using namespace govsite;

TEST_CASE("new: an id from a Latin title, none from a Chinese one", "[new]") {
  CHECK(id_from_title("Open Data Week 2026") == "open-data-week-2026");
  CHECK(id_from_title("  Rules -- of 2026!  ") == "rules-of-2026");
  CHECK(id_from_title("关于做好2026年政务公开工作的通知").empty());
  CHECK(id_from_title("关于印发《APP管理办法》的通知").empty());  // not "app"
  CHECK(id_from_title("2026").empty());
  CHECK(id_from_title(std::string(150, 'a')).size() == kMaxIdLength);
}

TEST_CASE("new: what is wrong with an id", "[new]") {
  CHECK(id_problem("sfj-2019-plan") == IdProblem::none);
  CHECK(id_problem("index") == IdProblem::reserved);
  CHECK(id_problem("Index") == IdProblem::pattern);
  CHECK(id_problem("-a") == IdProblem::pattern);
  CHECK(id_problem("") == IdProblem::pattern);
  CHECK(id_problem(std::string(101, 'a')) == IdProblem::too_long);
  CHECK_FALSE(is_valid_id("index"));
}

TEST_CASE("new: similar ids, nearest first", "[new]") {
  const std::vector<std::string> ids = {"sfj-2019-gfxwj-guiding", "sfj-2019-plan", "sfj-2018-plan", "policy-2026-001"};
  CHECK(similar_names("sfj-2019-pln", ids) == std::vector<std::string>{"sfj-2019-plan", "sfj-2018-plan"});
  CHECK(similar_names("sfj-2019-plna", ids).front() == "sfj-2019-plan");  // a swap is one edit
  CHECK(similar_names("guiding", ids) == std::vector<std::string>{"sfj-2019-gfxwj-guiding"});
  CHECK(similar_names("zzzz", ids).empty());
  CHECK(similar_names("sfj-2019-plan", ids, 1) == std::vector<std::string>{"sfj-2018-plan"});
}

TEST_CASE("new: the 机关代字 of a 发文字号 and the examples made from it", "[new]") {
  CHECK(doc_no_agency("盘司发〔2019〕15号") == "盘司发");
  CHECK(doc_no_agency("盘司发(2019)15号").empty());
  CHECK(doc_no_example("营司发", 2026, 1) == "营司发〔2026〕1号");
  CHECK(doc_no_example("", 2026, 1) == "某发〔2026〕1号");
  CHECK(is_doc_no(doc_no_example("", 2026, 1)));
}

TEST_CASE("new: a 发文字号 typed with the wrong brackets is mended", "[new]") {
  CHECK(mended_doc_no("测司发[2019]3号") == "测司发〔2019〕3号");
  CHECK(mended_doc_no("盘司发（2019）12号") == "盘司发〔2019〕12号");
  CHECK(mended_doc_no("盘司发 【2019】 12") == "盘司发〔2019〕12号");
  CHECK(mended_doc_no("盘法办发(2015)2号") == "盘法办发〔2015〕2号");  // 法 shares a byte with 〕
  CHECK(mended_doc_no("盘司发〔19〕12号").empty());                    // the year cannot be guessed
  CHECK(mended_doc_no("12号").empty());
}
