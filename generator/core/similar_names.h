// "Did you mean …?": the names a mistyped one was probably meant to be.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govsite {

// Levenshtein distance with adjacent transpositions (optimal string alignment: a swapped
// pair is the commonest typing slip), by bytes: the names compared are ids and keys, ASCII.
size_t edit_distance(std::string_view a, std::string_view b);

// The candidates closest to `name`, nearest first (ties in the candidates' order), at most
// `at_most`: those within an edit distance of a third of the name's length (at least 2: a
// typo, a missing or a swapped character), and those containing the name or contained in
// it (3 characters or more: "guiding" for "sfj-2019-gfxwj-guiding").
std::vector<std::string> similar_names(std::string_view name, const std::vector<std::string>& candidates,
                                       size_t at_most = 3);

}  // namespace govsite
