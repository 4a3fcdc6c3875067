#include "cli/diagnostic_formats.h"

#include <filesystem>
#include <map>

#include "core/file_system.h"
#include "core/json_writer.h"
#include "publish/digest.h"

namespace govsite {

namespace {

// GitHub's rules for a workflow command's message: %, CR and LF are percent-encoded.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%') out += "%25";
    else if (c == '\r') out += "%0D";
    else if (c == '\n') out += "%0A";
    else out += c;
  }
  return out;
}

// A property's value also escapes the characters that separate properties.
std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':') out += "%3A";
    else if (c == ',') out += "%2C";
    else out += c;
  }
  return out;
}

// content/a.md of a site in `site_dir`, as seen from the current folder: "site/content/a.md",
// never "./content/a.md" or an absolute path, which neither CI system matches to its files.
std::string repository_path(const std::string& site_dir, const std::string& path) {
  namespace fs = std::filesystem;
  fs::path p = fs::path(join_path(site_dir, path)).lexically_normal();
  if (p.is_absolute()) {
    std::error_code ec;
    const fs::path rel = p.lexically_relative(fs::current_path(ec));
    if (!ec && !rel.empty() && *rel.begin() != "..") p = rel;
  }
  return p.generic_string();
}

}  // namespace

std::string github_annotation(const Diagnostic& d) {
  std::string props;
  auto add = [&](const std::string& key, const std::string& value) {
    props += (props.empty() ? "" : ",") + key + "=" + escape_property(value);
  };
  if (!d.path.empty()) add("file", d.path);
  if (d.line > 0) add("line", std::to_string(d.line));
  if (d.line > 0 && d.column > 0) add("col", std::to_string(d.column));
  add("title", d.code);
  return std::string("::") + (d.severity == Severity::error ? "error" : "warning") + " " + props +
         "::" + escape_data(d.message);
}

std::string gitlab_code_quality(const std::vector<Diagnostic>& diags) {
  JsonWriter w;
  w.begin_array();
  // GitLab matches issues between pipelines by fingerprint, so it leaves out the line
  // (an edit above would make every issue look new) but counts repeats of the same issue.
  std::map<std::string, int> seen;
  for (const Diagnostic& d : diags) {
    const std::string path = d.path.empty() ? "site.yaml" : d.path;
    const std::string identity = path + "\n" + d.code + "\n" + d.message;
    const int n = seen[identity]++;
    w.begin_object();
    w.key("description").string(d.message);
    w.key("check_name").string(d.code);
    w.key("fingerprint").string(sha256_hex(identity + "\n" + std::to_string(n)).substr(0, 32));
    w.key("severity").string(d.severity == Severity::error ? "major" : "minor");
    w.key("location").begin_object();
    w.key("path").string(path);
    w.key("lines").begin_object();
    w.key("begin").number(d.line > 0 ? d.line : 1);
    w.end_object();
    w.end_object();
    w.end_object();
  }
  w.end_array();
  return w.str();
}

void print_ci_diagnostics(const Diagnostics& diags, const std::string& site_dir, const std::string& format,
                          std::FILE* out) {
  std::vector<Diagnostic> all = diags.sorted();
  for (Diagnostic& d : all) {
    // GitLab needs a file for every issue: one of the whole site is shown on site.yaml.
    if (d.path.empty() && format == "gitlab") d.path = "site.yaml";
    if (!d.path.empty()) d.path = repository_path(site_dir, d.path);
  }
  if (format == "gitlab") {
    std::fprintf(out, "%s\n", gitlab_code_quality(all).c_str());
    return;
  }
  for (const Diagnostic& d : all) std::fprintf(out, "%s\n", github_annotation(d).c_str());
}

}  // namespace govsite
