// Fuzz target: a document file's bytes → front matter split → YAML → Document, with every
// problem as a diagnostic and never a crash, a hang or unbounded memory.
#include <cstddef>
#include <cstdint>
#include <string>

#include "content/document_parser.h"
#include "core/placeholder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  govsite::Diagnostics diags;
  const std::string text(reinterpret_cast<const char*>(data), size);
  auto doc = govsite::parse_document(text, "content/fuzz.md", "fuzz", diags);
  // As load_documents does: govsite init's placeholders (【请填写…】) are reported here, not by
  // parse_document, which takes a field holding one for no value.
  govsite::report_placeholders(text, "content/fuzz.md", govsite::Severity::error, diags);
  // A document that parsed has a type and an id; one that did not said why.
  if (!doc && !diags.has_errors()) __builtin_trap();
  return 0;
}
