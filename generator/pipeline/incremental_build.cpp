#include "pipeline/incremental_build.h"

#include "core/messages.h"

#include <string>
#include <optional>
#include <unordered_map>

#include "cache/build_cache.h"
#include "content/document_codec.h"
#include "content/load_documents.h"
#include "publish/cached_output.h"
#include "publish/staged_directory.h"

namespace govsite {

namespace {

// What the next build needs to repeat this one when nothing changes: its counts and
// diagnostics, and the reports it wrote (in `reports_dir`, about to be swapped in; the
// swap keeps their stats; "" when the build writes none).
LastBuild last_build_of(const FileSystem& fs, const BuildCounts& counts, const Diagnostics& diags,
                        const std::string& reports_dir) {
  LastBuild last;
  last.documents = counts.documents;
  last.published = counts.published;
  last.pages = counts.pages_written;
  last.diagnostics = diags.sorted();
  last.left_out = counts.left_out;
  if (reports_dir.empty()) return last;
  std::vector<std::string> problems;
  for (const auto& rel : fs.list_files(reports_dir, problems)) {
    FileStat st;
    if (!fs.stat_file(join_path(reports_dir, rel), st)) continue;
    OutputRecord& record = last.reports[rel];
    record.size = st.size;
    record.mtime_ns = st.mtime_ns;
  }
  return last;
}

// `reports_dir` holds what the build that wrote `last` left there (a build into another
// output folder rewrites it).
bool reports_as_left(const FileSystem& fs, const std::string& reports_dir, const LastBuild& last) {
  if (last.reports.empty()) return false;
  for (const auto& [rel, record] : last.reports) {
    FileStat st;
    if (!fs.stat_file(join_path(reports_dir, rel), st) || st.size != record.size || st.mtime_ns != record.mtime_ns)
      return false;
  }
  return true;
}

// `a` and `b` decode to the same document but for its title (the body is not in them).
bool same_but_title(std::string_view a, std::string_view b) {
  std::optional<Document> da, db;
  std::vector<Diagnostic> ignored;
  if (!decode_parsed_document(a, da, ignored) || !decode_parsed_document(b, db, ignored) || !da || !db) return false;
  da->title.clear();
  db->title.clear();
  ByteWriter ea, eb;
  encode_document(ea, *da);
  encode_document(eb, *db);
  return ea.bytes() == eb.bytes();
}

// Whether nothing the build does after its document pages can fail, so that serve may
// publish them first and a broken save still leaves the last good site whole. True when
// the build found no error so far, is incremental over a good build of the same binary,
// build date, options, site.yaml, data files and theme (`identity`), and reads the same
// .md files, each unchanged or changed in its title and body only. Then every later stage
// writes the pages and files the previous build wrote (which pages exist, and where they
// link, comes from ids, types, dates, columns, topics, issuers, states and attachments,
// all unchanged) with the layouts it rendered them with (parsed, partials included, when
// the theme was loaded: kainjow finds no error while rendering them), only with other
// titles and summaries as text. The one file a later stage reads that is not in the
// identity, the 执法流程图 site.yaml names (it may be outside the folders serve watches), is
// looked for here. What can still fail is the disk (io-error), as in apply(). A body's
// links and images are checked and copied with the document pages, before this.
bool documents_first_is_safe(const FileSystem& fs, const std::string& site_dir, const SiteConfig& config,
                             const BuildCache& previous, const BuildCache& next, const Diagnostics& diags) {
  if (diags.has_errors() || next.identity != previous.identity || next.documents.size() != previous.documents.size())
    return false;
  FileStat st;
  if (!config.enforcement.flowchart.empty() && !fs.stat_file(join_path(site_dir, config.enforcement.flowchart), st))
    return false;
  for (const auto& [path, entry] : next.documents) {
    const auto it = previous.documents.find(path);
    if (it == previous.documents.end()) return false;
    if (it->second.source_hash != entry.source_hash && !same_but_title(it->second.encoded(), entry.encoded()))
      return false;
  }
  return true;
}

// The build past the cache's quick check: loads, renders and writes the site
// (incrementally over `out_dir` when `previous` describes it), and the reports and cache
// (`next`). False, with `setup_error` set, when a staging folder cannot be made.
bool build_into(BuildRequest& request, FileSystem& fs, const IncrementalTarget& target,
                std::optional<BuildCache>& previous, BuildCache& next, Diagnostics& diags, BuildResult& result,
                std::string& setup_error) {
  const std::string& out_dir = target.out_dir;
  next.executable = executable_hash();
  request.previous = previous ? &*previous : nullptr;
  request.previous_output = out_dir;
  request.next = &next;
  std::optional<StagedDirectory> reports_stage;
  if (!target.reports_dir.empty()) reports_stage.emplace(fs, target.reports_dir);
  std::optional<StagedDirectory> site_stage;
  if (!previous) site_stage.emplace(fs, out_dir);
  for (const StagedDirectory* s : {site_stage ? &*site_stage : nullptr, reports_stage ? &*reports_stage : nullptr}) {
    if (s && !s->ok()) {
      setup_error = s->error();
      return false;
    }
  }
  std::optional<CachedOutput> site_out;
  if (previous) site_out.emplace(fs, out_dir, *previous);
  else site_out.emplace(fs, site_stage->staging());
  std::optional<DirectoryWriter> reports_out;
  if (reports_stage) reports_out.emplace(fs, reports_stage->staging());
  if (target.publish_documents_first && previous)
    request.document_pages_written = [&](const SiteConfig& config) {
      if (!documents_first_is_safe(fs, request.site_dir, config, *previous, next, diags)) return;
      std::string error;
      if (!site_out->apply_written(error)) {
        diags.error("", 0, 0, "io-error", error);  // half patched: as when apply() fails
        return;
      }
      mark_phase(request.timer, "publish the document pages first");
      if (target.published_early) target.published_early();
    };
  result = build_site(fs, request, *site_out, reports_out ? &*reports_out : nullptr, diags);
  request.document_pages_written = nullptr;
  std::string error;
  if (!result.unchanged && !site_out->write(kOutputMarker, "govsite output folder: replaced by every build\n", error))
    diags.error("", 0, 0, "io-error", error);
  mark_phase(request.timer, "write marker");
  // For the next build: this one's summary, then the cache.
  auto write_cache = [&] {
    next.last = last_build_of(fs, result.counts, diags, reports_stage ? reports_stage->staging() : "");
    if (target.write_cache && !write_build_cache(fs, out_dir, next, error))
      diags.warning("", 0, 0, "build-cache", tr("build-cache", {error}));
  };
  // The site is replaced only by a complete, error-free build; the reports always
  // describe the latest build, failed or not.
  if (!diags.has_errors() && !result.unchanged) {
    bool ok = site_out->apply(error) && (previous || site_stage->commit(error));
    if (!ok) {
      diags.error("", 0, 0, "io-error", error);
      std::string ignored;
      fs.remove_file(build_cache_path(out_dir), ignored);  // the next build starts afresh
    } else {
      std::unordered_map<std::string, OutputRecord> records = site_out->records(out_dir, request.jobs);
      for (auto& [path, record] : records)
        if (auto it = next.outputs.find(path); it != next.outputs.end()) record.render_key = it->second.render_key;
      next.outputs = std::move(records);
      write_cache();
    }
    result.incremental = previous.has_value();
    result.files_changed = site_out->files_written();
    result.files_deleted = site_out->files_deleted();
  } else if (!diags.has_errors() && result.unchanged && previous) {
    // Nothing changed, though the quick check could not tell (a file touched but not
    // changed, or reports/ written by a build into another folder since): the cache is
    // written again with the files' stats and reports of now, so the next build can.
    next.outputs = std::move(previous->outputs);
    next.pages = std::move(previous->pages);
    next.search = std::move(previous->search);
    next.theme = std::move(previous->theme);
    write_cache();
  }
  if (reports_stage && !reports_stage->commit(error)) diags.error("", 0, 0, "io-error", error);
  mark_phase(request.timer, previous ? "write changed files, the build cache" : "swap in, write the build cache");
  return true;
}

}  // namespace

bool build_incrementally(BuildRequest& request, FileSystem& fs, const IncrementalTarget& target, BuildCaches& caches,
                         Diagnostics& diags, BuildResult& result, std::string& setup_error) {
  // A rebuild over an output folder the previous build left with its cache (and nobody
  // changed since) is incremental; anything else is a full build into a staging folder
  // swapped in whole.
  std::optional<BuildCache>& previous = caches.previous;
  BuildCache& next = caches.next;
  if (!target.clean && !previous) {
    previous = read_build_cache(fs, target.out_dir, request.jobs);
    mark_phase(request.timer, "read the build cache");
    // Another govsite may parse and render differently: nothing of its cache is reused.
    // (0: this binary could not be read, so which one wrote the cache cannot be told.)
    if (previous && (executable_hash() == 0 || previous->executable != executable_hash())) previous.reset();
    if (previous && !output_matches_cache(fs, target.out_dir, *previous, request.jobs)) previous.reset();
    mark_phase(request.timer, "check the output is as the cache says");
  }
  // Nothing changed since the previous build: its site, output and reports are as it left
  // them. It is repeated (its diagnostics printed again) without loading the site.
  std::optional<ContentScan>& scan = caches.scan;
  if (previous) {
    if (!scan) scan = scan_content(fs, request.site_dir, request.jobs);
    request.scan = &*scan;
  }
  const bool reports_unchanged = target.reports_dir.empty() ||
                                 (previous && reports_as_left(fs, target.reports_dir, previous->last));
  // A .md file whose stat changed is told first, from the scan alone: site.yaml need not be
  // parsed nor the theme hashed to know the site is to be built (serve's every save).
  if (previous && reports_unchanged && unchanged_content_fingerprint(*scan, *previous) &&
      site_unchanged_since(fs, request, *scan, *previous)) {
    for (const Diagnostic& d : previous->last.diagnostics) diags.add(d);
    result.unchanged = true;
    result.counts.documents = previous->last.documents;
    result.counts.published = previous->last.published;
    result.counts.pages_written = previous->last.pages;
    result.counts.left_out = previous->last.left_out;
    mark_phase(request.timer, "nothing changed (content/ by stat, site.yaml, theme)");
    request.scan = nullptr;
    return true;
  }
  if (previous) mark_phase(request.timer, "look for changes (content/ by stat, site.yaml, theme)");
  const bool ok = build_into(request, fs, target, previous, next, diags, result, setup_error);
  request.scan = nullptr;
  request.previous = nullptr;
  request.next = nullptr;
  return ok;
}

}  // namespace govsite
