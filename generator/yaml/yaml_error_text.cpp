#include "yaml/yaml_error_text.h"

#include <yaml-cpp/exceptions.h>

#include <string_view>

#include "core/messages.h"

namespace govsite {

namespace {

// yaml-cpp's own constants, so an upgrade that rewords one shows up as an untranslated
// reason, never as a wrong translation.
struct Reason {
  const char* yaml_cpp;
  const char* key;
  bool prefix;  // the reason goes on with the offending character
};

const Reason kReasons[] = {
    {YAML::ErrorMsg::END_OF_MAP, "yaml-syntax.end-of-map", false},
    {YAML::ErrorMsg::END_OF_MAP_FLOW, "yaml-syntax.end-of-map-flow", false},
    {YAML::ErrorMsg::END_OF_SEQ, "yaml-syntax.end-of-seq", false},
    {YAML::ErrorMsg::END_OF_SEQ_FLOW, "yaml-syntax.end-of-seq-flow", false},
    {YAML::ErrorMsg::TAB_IN_INDENTATION, "yaml-syntax.tab", false},
    {YAML::ErrorMsg::UNKNOWN_TOKEN, "yaml-syntax.unknown-token", false},
    {YAML::ErrorMsg::EOF_IN_SCALAR, "yaml-syntax.eof-in-scalar", false},
    {YAML::ErrorMsg::CHAR_IN_SCALAR, "yaml-syntax.char-in-scalar", false},
    {YAML::ErrorMsg::DOC_IN_SCALAR, "yaml-syntax.doc-in-scalar", false},
    {YAML::ErrorMsg::FLOW_END, "yaml-syntax.flow-end", false},
    {YAML::ErrorMsg::BLOCK_ENTRY, "yaml-syntax.block-entry", false},
    {YAML::ErrorMsg::MAP_KEY, "yaml-syntax.map-key", false},
    {YAML::ErrorMsg::MAP_VALUE, "yaml-syntax.map-value", false},
    {YAML::ErrorMsg::ALIAS_NOT_FOUND, "yaml-syntax.star", false},
    {YAML::ErrorMsg::CHAR_IN_ALIAS, "yaml-syntax.star", false},
    {YAML::ErrorMsg::UNKNOWN_ANCHOR, "yaml-syntax.star", false},
    {YAML::ErrorMsg::ANCHOR_NOT_FOUND, "yaml-syntax.ampersand", false},
    {YAML::ErrorMsg::CHAR_IN_ANCHOR, "yaml-syntax.ampersand", false},
    {YAML::ErrorMsg::MULTIPLE_ANCHORS, "yaml-syntax.marks", false},
    {YAML::ErrorMsg::MULTIPLE_ALIASES, "yaml-syntax.marks", false},
    {YAML::ErrorMsg::MULTIPLE_TAGS, "yaml-syntax.marks", false},
    {YAML::ErrorMsg::ZERO_INDENT_IN_BLOCK, "yaml-syntax.block-scalar", false},
    {YAML::ErrorMsg::CHAR_IN_BLOCK, "yaml-syntax.block-scalar", false},
    {YAML::ErrorMsg::INVALID_ESCAPE, "yaml-syntax.escape", true},
    {YAML::ErrorMsg::INVALID_UNICODE, "yaml-syntax.escape", true},
    {YAML::ErrorMsg::INVALID_HEX, "yaml-syntax.escape", false},
};

}  // namespace

std::string yaml_error_text(const std::string& yaml_cpp_reason) {
  // yaml-cpp's own words are English already, and more precise than one entry for several.
  if (language() == Language::en) return yaml_cpp_reason;
  for (const Reason& r : kReasons) {
    const std::string_view known(r.yaml_cpp);
    if (r.prefix ? yaml_cpp_reason.compare(0, known.size(), known) == 0 : yaml_cpp_reason == known) return tr(r.key);
  }
  return yaml_cpp_reason;
}

}  // namespace govsite
