// The messages of govsite, Chinese first. How to add one:
//   1. add a line {"code" or "code.variant", "中文", "English"} below, with {1}, {2} … where
//      the values go (the same placeholders in both languages);
//   2. at the call site, pass tr("code.variant", {value1, value2}) as the message and "code"
//      as the diagnostic's code;
//   3. add the code to the editors' table of diagnostics (the docs test fails until you do).
// Chinese is written for an editor who writes 公文, not a programmer: say what to change, in
// the editor's words, with full-width punctuation; key names and values stay as written
// in the file, in “” quotes.
#include "core/messages.h"

namespace govsite {

const std::vector<MessageEntry>& message_catalog() {
  static const std::vector<MessageEntry> catalog = {
      // The personal-data scan (validate/personal_data_rules.cpp).
      {"personal-data",
       "{1}（{2}）将被公开：个人信息不得公开（公示信息须脱敏）。请删除或打码（如 2101**********1234、138****5678、张某）；"
       "确需公开的号码（如办公电话）请写在 public_numbers 下并说明理由",
       "a {1} ({2}) would be published: personal data may not be published (公示信息须脱敏). Remove it or mask it "
       "(2101**********1234, 138****5678, 张某); a number that is meant to be public, such as an office line, goes "
       "under public_numbers with the reason"},
      {"personal-data.attachment",
       "附件中的{1}（{2}）将随 {3} 公开：个人信息不得公开（公示信息须脱敏）。请删除或打码；"
       "确需公开的号码请在该文档的 public_numbers 下说明理由",
       "a {1} ({2}) in this attachment of {3} would be published: personal data may not be published "
       "(公示信息须脱敏). Remove it or mask it; a number that is meant to be public goes under the document's "
       "public_numbers with the reason"},
  };
  return catalog;
}

}  // namespace govsite
