// yaml-cpp nodes as plain template values: scalars, lists and mappings (with scalar keys),
// at most kMaxValueDepth deep and `budget` nodes in all ("billion laughs": aliases share
// nodes in yaml-cpp, so a small document can name an exponential tree).
#pragma once

#include <cstddef>

#include <yaml-cpp/yaml.h>

#include "core/value.h"

namespace govsite {

// The most nodes converted from one document, its aliases counted each time they are used.
constexpr size_t kMaxValueNodes = 100000;

// `node` as a Value at `depth`; each node converted takes one from `budget`, and what lies
// beyond the depth or the budget becomes null.
Value to_value(const YAML::Node& node, int depth, size_t& budget);

}  // namespace govsite
