#include "cli/build_summary.h"

#include <cstdio>
#include <string>

#include "cli/command_support.h"
#include "core/json_writer.h"
#include "core/messages.h"
#include "model/left_out.h"

namespace govsite {

namespace {

// Failing single-veto items of the 19号文 inspection (validate/inspection.h), from the
// diagnostics, so a build that repeats the last one counts them too.
size_t failing_veto_items(const Diagnostics& diags) {
  size_t n = 0;
  for (const Diagnostic& d : diags.sorted()) n += d.code == "inspection-veto";
  return n;
}

// "1 error", "2 errors" (错误 1 个): `one_key` for one, `key` for any other number.
std::string counted(size_t n, const char* one_key, const char* key) {
  return tr(n == 1 ? one_key : key, {std::to_string(n)});
}

void print_json_summary(const Options& o, const BuildResult& r, const Diagnostics& diags, double seconds) {
  JsonWriter w;
  w.begin_object();
  w.key("summary").begin_object();
  w.key("documents").number(static_cast<int64_t>(r.counts.documents));
  w.key("published").number(static_cast<int64_t>(r.counts.published));
  w.key("pages").number(static_cast<int64_t>(r.counts.pages_written));
  w.key("errors").number(static_cast<int64_t>(diags.error_count()));
  w.key("warnings").number(static_cast<int64_t>(diags.warning_count()));
  w.key("inspection_veto_items").number(static_cast<int64_t>(failing_veto_items(diags)));
  w.key("milliseconds").number(static_cast<int64_t>(seconds * 1000));
  if (o.command == Command::build) {
    w.key("incremental").boolean(r.incremental || r.unchanged);
    w.key("files_changed").number(static_cast<int64_t>(r.files_changed + r.files_deleted));
  }
  w.end_object();
  w.end_object();
  std::printf("%s\n", w.str().c_str());
}

}  // namespace

void print_summary(const Options& o, const BuildResult& r, const Diagnostics& diags, double seconds) {
  if (o.json) return print_json_summary(o, r, diags, seconds);
  if (o.quiet) return;
  std::string change;
  if (r.unchanged) change = tr("cli.unchanged");
  else if (r.incremental)
    change = tr(r.files_changed == 1 ? "cli.incremental.one" : "cli.incremental",
                {std::to_string(r.files_changed), std::to_string(r.files_deleted)});
  // check writes nothing: it says what a build would write.
  const bool check = o.command == Command::check;
  const std::string pages = check ? counted(r.counts.pages_written, "cli.pages-would-be-written.one",
                                            "cli.pages-would-be-written")
                                  : counted(r.counts.pages_written, "cli.pages-written.one", "cli.pages-written");
  char time[32];
  std::snprintf(time, sizeof time, "%.2f", seconds);
  say("cli.summary",
      {check ? "check" : "build", counted(r.counts.documents, "cli.documents.one", "cli.documents"),
       std::to_string(r.counts.published), pages, counted(diags.error_count(), "cli.errors.one", "cli.errors"),
       counted(diags.warning_count(), "cli.warnings.one", "cli.warnings"),
       counted(failing_veto_items(diags), "cli.veto-items.one", "cli.veto-items"), time, change});
  // What did not go online, and why: reports/build.json says it too, but an editor reads this.
  constexpr size_t kNamesPerReason = 5;
  std::fputs(left_out_summary(r.counts.left_out, kNamesPerReason).c_str(), stderr);
}

}  // namespace govsite
