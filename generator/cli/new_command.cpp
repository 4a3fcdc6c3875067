#include "cli/new_command.h"

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/cli.h"
#include "cli/command_support.h"
#include "content/load_documents.h"
#include "core/diagnostic_printer.h"
#include "core/file_system.h"
#include "core/system_error.h"
#include "model/scaffold.h"
#include "pipeline/build_site.h"

namespace govsite {

int run_new(const Options& o) {
  auto type = parse_doc_type(o.new_type);
  if (!type) {
    say("cli.new.unknown-type", {o.new_type});
    return kExitUsage;
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  // Run in the wrong folder (or with a mistyped --site): a usage error, said as such.
  if (!fs::exists(fs::path(o.site_dir) / "site.yaml", ec)) {
    if (o.site_dir == ".") say("cli.new.not-a-site.here");
    else say("cli.new.not-a-site", {o.site_dir});
    return kExitUsage;
  }
  auto request = make_request(o);
  if (!request) return kExitUsage;
  // A site just made by govsite init can start its drafts before site.yaml is filled in.
  request->config_placeholders_allowed = true;
  RealFileSystem fs_real;
  const ContentScan scan = scan_content(fs_real, o.site_dir, request->jobs);
  request->scan = &scan;
  Diagnostics diags;
  auto site = load_site(fs_real, *request, diags);
  if (!site || !site->config) {
    print_diagnostics(diags, fs_real, o.site_dir, false, true, stderr);
    return kExitContentErrors;
  }
  ScaffoldRequest wanted;
  wanted.type = *type;
  wanted.title = o.new_title;
  wanted.id = o.new_id;
  wanted.interprets = o.new_interprets;
  wanted.folder = o.new_folder;
  wanted.today = request->now;
  wanted.year = o.new_year;
  for (const std::string& md : scan.markdown) wanted.file_ids.push_back(default_id_for(md));
  const Scaffold s = scaffold_document(site->model, *site->config, wanted);
  if (!s.error.empty()) {
    say("cli.new.error", {s.error});
    return kExitUsage;
  }
  const fs::path file = fs::path(o.site_dir) / s.path;
  if (fs::exists(file, ec)) {
    say("cli.new.exists", {file.string()});
    return kExitContentErrors;
  }
  fs::create_directories(file.parent_path(), ec);
  std::FILE* f = std::fopen(file.c_str(), "wx");  // "x": never replace a file that appeared meanwhile
  if (!f || std::fwrite(s.text.data(), 1, s.text.size(), f) != s.text.size() || std::fclose(f) != 0) {
    say("cli.new.cannot-write", {file.string(), system_error_text(errno)});
    return kExitIoError;
  }
  std::printf("%s\n", file.string().c_str());  // the file alone on standard output, for scripts
  if (s.numbered) say("cli.new.numbered-id", {s.id});
  if (o.new_folder) say("cli.new.attachments-here", {file.parent_path().string()});
  return kExitOk;
}

}  // namespace govsite
