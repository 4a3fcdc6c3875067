#include "publish/bundle.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/file_system.h"
#include "core/hashing.h"
#include "core/json_writer.h"
#include "publish/digest.h"
#include "publish/install_script.h"
#include "publish/nginx_config.h"
#include "publish/tar_archive.h"

namespace govsite {

namespace {

// Text files worth precompressing for gzip_static (small ones gain nothing).
bool compressible(const std::string& path, size_t size) {
  static const char* kTypes[] = {".html", ".css", ".js", ".xml", ".json", ".txt", ".svg", ".csv"};
  if (size < 256) return false;
  for (const char* ext : kTypes) {
    if (path.size() > std::strlen(ext) && ends_with(path, ext)) return true;
  }
  return false;
}

void write_strings(JsonWriter& w, const std::string& key, const std::vector<std::string>& items) {
  w.key(key).begin_array();
  for (const auto& s : items) w.string(s);
  w.end_array();
}

}  // namespace

bool write_bundle(const std::string& file, const BundleRequest& request, BundleResult& result, std::string& error) {
  const SiteConfig& config = *request.config;
  const std::string conf = nginx_site_conf(config, default_releases_dir(config) + "/current/site");
  result.readiness = check_ipv6_readiness(request.site_files, config.host(), conf);

  std::vector<ArchiveEntry> entries;
  for (const auto& [path, bytes] : request.site_files) {
    entries.push_back({"site/" + path, bytes, false});
    if (compressible(path, bytes.size())) entries.push_back({"site/" + path + ".gz", gzip_compress(bytes), false});
  }
  entries.push_back({"nginx/site.conf", conf, false});
  entries.push_back({"install.sh", install_script(config.deploy.keep_releases), true});
  std::sort(entries.begin(), entries.end(),
            [](const ArchiveEntry& a, const ArchiveEntry& b) { return a.path < b.path; });

  // The release is named by its build date and the fingerprint of everything in it.
  std::string manifest;
  for (const auto& e : entries) manifest += sha256_hex(e.bytes) + "  " + e.path + "\n";
  result.release = request.build_date.str() + "-" + fingerprint(manifest, 8);

  const ReadinessReport& r = result.readiness;
  JsonWriter j;
  j.begin_object();
  j.key("generator").string(std::string("govsite ") + GOVSITE_VERSION);
  j.key("release").string(result.release);
  j.key("site").string(config.base_url);
  j.key("server_name").string(config.deploy.server_name);
  j.key("source_commit");
  if (request.source_commit.empty()) j.null();
  else j.string(request.source_commit);
  j.key("build_date").string(request.build_date.str());
  j.key("keep_releases").number(static_cast<int64_t>(config.deploy.keep_releases));
  j.key("pages").number(static_cast<int64_t>(request.pages));
  j.key("files").number(static_cast<int64_t>(request.site_files.size()));
  j.key("ipv6").begin_object();
  j.key("ready").boolean(r.ready());
  write_strings(j, "errors", r.errors);
  write_strings(j, "listen", r.listen);
  write_strings(j, "resource_hosts", {r.resource_hosts.begin(), r.resource_hosts.end()});
  write_strings(j, "linked_hosts", {r.linked_hosts.begin(), r.linked_hosts.end()});
  j.end_object();
  j.end_object();
  const std::string bundle_json = j.str() + "\n";
  manifest += sha256_hex(bundle_json) + "  bundle.json\n";
  entries.push_back({"bundle.json", bundle_json, false});
  entries.push_back({"MANIFEST.sha256", manifest, false});
  result.files = entries.size();
  return write_tar_gz(file, std::move(entries), request.mtime, error);
}

}  // namespace govsite
