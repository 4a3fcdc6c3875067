#include "cli/next_change_command.h"

#include <cstdio>
#include <vector>

#include "cli/cli.h"
#include "cli/command_support.h"
#include "core/diagnostic_printer.h"
#include "core/file_system.h"
#include "core/json_writer.h"
#include "model/schedule.h"
#include "pipeline/build_site.h"

namespace govsite {

namespace {

void print_json(const Date& now, const std::vector<ScheduledChange>& next) {
  JsonWriter w;
  w.begin_object();
  w.key("now").string(now.str());
  w.key("next");
  if (next.empty()) w.null();
  else w.string(next.front().date.str());
  w.key("changes").begin_array();
  for (const auto& c : next) {
    w.begin_object();
    w.key("date").string(c.date.str());
    w.key("kind").string(c.kind);
    w.key("file").string(c.file);
    w.key("description").string(c.description);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  std::printf("%s\n", w.str().c_str());
}

}  // namespace

int run_next_change(const Options& o) {
  RealFileSystem fs;
  Diagnostics diags;
  auto request = make_request(o);
  if (!request) return kExitUsage;
  auto site = load_site(fs, *request, diags);
  if (!site || !site->config) {
    print_diagnostics(diags, fs, o.site_dir, o.json, true, o.json ? stdout : stderr);
    return kExitContentErrors;
  }
  const auto changes = scheduled_changes(site->model, *site->config);
  std::vector<ScheduledChange> next;
  for (const auto& c : changes)
    if (c.date == changes.front().date) next.push_back(c);
  if (o.json) {
    print_json(request->now, next);
    return kExitOk;
  }
  if (next.empty()) {
    std::printf("none\n");  // a value, like the kinds below: the same in both languages
    return kExitOk;
  }
  std::printf("%s\n", next.front().date.str().c_str());
  for (const auto& c : next)
    std::printf("  %-20s %s: %s\n", c.kind.c_str(), join_path(o.site_dir, c.file).c_str(), c.description.c_str());
  return kExitOk;
}

}  // namespace govsite
