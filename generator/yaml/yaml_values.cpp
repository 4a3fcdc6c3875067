// yaml-cpp nodes as the plain values templates read (core/value.h): the front matter keys
// no reader asked for reach the templates this way. Bounded, because yaml-cpp shares the
// nodes of aliases, so a hostile document could make the tree exponential.
#include "yaml/yaml_values.h"

namespace govsite {

Value to_value(const YAML::Node& node, int depth, size_t& budget) {
  if (depth > kMaxValueDepth || budget == 0) return Value();
  --budget;
  switch (node.Type()) {
    case YAML::NodeType::Scalar: return Value(node.Scalar());
    case YAML::NodeType::Sequence: {
      Value list = Value::list();
      for (const auto& item : node) list.push(to_value(item, depth + 1, budget));
      return list;
    }
    case YAML::NodeType::Map: {
      Value obj = Value::object();
      for (const auto& kv : node)
        if (kv.first.IsScalar()) obj.set(kv.first.Scalar(), to_value(kv.second, depth + 1, budget));
      return obj;
    }
    default: return Value();
  }
}

}  // namespace govsite
