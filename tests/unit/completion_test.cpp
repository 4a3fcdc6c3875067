// The bash completion (packaging/govsite.bash-completion) offers `govsite new` exactly the
// document types the code knows, so a new type cannot be left out of it. Its commands and
// options are checked against `govsite --help` and the parser by
// tests/packaging/completion_test.sh.
#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

#include "content/document.h"
#include "test_files.h"

using namespace govsite;

TEST_CASE("completion: `govsite new` completes every document type of the code, and no other", "[completion]") {
  const std::string script = read(GOVSITE_SOURCE_DIR "/packaging/govsite.bash-completion");
  std::smatch m;
  REQUIRE(std::regex_search(script, m, std::regex("\\blocal types=\"([^\"]*)\"")));
  std::set<std::string> completed;
  std::istringstream words(m[1].str());
  for (std::string w; words >> w;) completed.insert(w);

  std::set<std::string> known;
  for (size_t i = 0; i < kDocTypes; ++i) known.insert(doc_type_name(static_cast<DocType>(i)));
  CHECK(known.size() == kDocTypes);
  CHECK(completed == known);
  // Every name the list holds is one the parser takes.
  for (const auto& t : completed) CHECK(parse_doc_type(t));
}
