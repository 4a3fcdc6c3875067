#include "messages/tables.h"

namespace govsite {

const std::vector<MessageEntry>& cli_messages() {
  static const std::vector<MessageEntry> table = {
  };
  return table;
}

}  // namespace govsite
