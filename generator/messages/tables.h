// The message catalog (core/messages.h) in one table per stage, each in its own file, so
// that the stages' messages can be written side by side. catalog.cpp joins them.
#pragma once

#include <iterator>
#include <vector>

#include "core/messages.h"

namespace govsite {

const std::vector<MessageEntry>& cli_messages();          // messages/cli.cpp
const std::vector<MessageEntry>& yaml_messages();         // messages/yaml.cpp: yaml-cpp's reasons
const std::vector<MessageEntry>& content_messages();      // messages/content.cpp: reading files, front matter
const std::vector<MessageEntry>& site_config_messages();  // messages/site_config.cpp: site.yaml
const std::vector<MessageEntry>& site_data_messages();    // messages/site_data.cpp: enforcement and request data
const std::vector<MessageEntry>& model_messages();        // messages/model.cpp: links, files, review chain
const std::vector<MessageEntry>& validate_messages();     // messages/validate.cpp: the site's rules
const std::vector<MessageEntry>& outputs_messages();      // messages/outputs.cpp: theme, pages, reports, bundle, serve

}  // namespace govsite
