// The messages of govsite, Chinese first, one table per stage (messages/*.cpp). How to add
// one:
//   1. add a line {"code" or "code.variant", "中文", "English"} to the stage's table, with
//      {1}, {2} … where the values go (the same placeholders in both languages);
//   2. at the call site, pass tr("code.variant", {value1, value2}) as the message and "code"
//      as the diagnostic's code;
//   3. add the code to the editors' table of diagnostics (the docs test fails until you do).
// Chinese is written for an editor who writes 公文, not a programmer: say what to change, in
// the editor's words, with full-width punctuation; key names and values stay as written in
// the file, in “” quotes.
#include "messages/tables.h"

namespace govsite {

const std::vector<MessageEntry>& message_catalog() {
  static const std::vector<MessageEntry> catalog = [] {
    std::vector<MessageEntry> all;
    for (const auto* table : {&cli_messages(), &yaml_messages(), &content_messages(), &site_config_messages(),
                              &site_data_messages(), &model_messages(), &validate_messages(), &outputs_messages()})
      all.insert(all.end(), table->begin(), table->end());
    return all;
  }();
  return catalog;
}

}  // namespace govsite
