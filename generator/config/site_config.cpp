#include "config/site_config.h"

#include <regex>

#include "config/workday_calendar_config.h"
#include "yaml/yaml_fields.h"

namespace govsite {

std::string SiteConfig::host() const {
  // base_url is validated to be https://host[:port]/path/
  size_t start = base_url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  size_t end = base_url.find_first_of(":/", start);
  return base_url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

const SiteColumn* SiteConfig::column(const std::string& id) const {
  for (const auto& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& path,
                                            Diagnostics& diags) {
  auto fields = YamlFields::parse(text, path, 1, diags);
  if (!fields) return std::nullopt;
  const size_t errors_before = diags.error_count();
  SiteConfig c;
  c.title = fields->string("title", true).value_or("");
  c.organization = fields->string("organization", true).value_or("");
  c.copyright = fields->string("copyright").value_or(c.organization);
  c.site_code = fields->string("site_code", true).value_or("");
  if (!c.site_code.empty() && !std::regex_match(c.site_code, std::regex("[0-9]{10}")))
    fields->error("site_code", "bad-value",
                  "\"site_code\": the 网站标识码 has 10 digits (write it in quotes), got \"" +
                      c.site_code + "\"");
  c.icp = fields->string("icp", true).value_or("");
  c.psb = fields->string("psb", true).value_or("");
  c.phone = fields->string("phone").value_or("");
  c.address = fields->string("address").value_or("");
  c.error_report_url = fields->string("error_report_url").value_or("");
  c.conac_url = fields->string("conac_url").value_or("");
  if (auto links = fields->mapping("links")) {
    for (const char* role : {"contact", "guide", "rules", "annual_report"})
      if (auto id = links->string(role)) c.links.emplace_back(role, *id);
    for (const auto& [key, value] : links->unread_fields())
      links->error(key, "bad-value", "links: unknown role \"" + key + "\" (known: contact, guide, rules, annual_report)");
  }
  c.language = fields->string("language").value_or("zh-CN");
  c.theme = fields->string("theme").value_or("default");
  if (!std::regex_match(c.theme, std::regex("[A-Za-z0-9_-]+")))
    fields->error("theme", "bad-value", "\"theme\": a theme is a folder name under themes/");

  if (auto url = fields->string("base_url", true)) {
    if (!std::regex_match(*url, std::regex(R"(https?://[A-Za-z0-9.\-\[\]:]+(/[^\s?#]*)?)"))) {
      fields->error("base_url", "bad-value",
                    "\"base_url\": expected an absolute URL like https://sfj.example.gov.cn/, got \"" +
                        *url + "\"");
    } else {
      c.base_url = *url;
      if (c.base_url.find('/', c.base_url.find("://") + 3) == std::string::npos) c.base_url += '/';
      if (c.base_url.back() != '/') c.base_url += '/';
    }
  }

  for (auto& col : fields->mapping_list("columns")) {
    SiteColumn sc;
    sc.line = col->start().line;
    sc.id = col->string("id", true).value_or("");
    sc.title = col->string("title", true).value_or("");
    sc.kind = col->one_of("kind", {"news", "notice", "policy"}).value_or("news");
    sc.tier = col->one_of("tier", {"news", "notice", "periodic", "static"}).value_or(sc.kind == "news" ? "news" : "notice");
    if (!sc.id.empty() && !std::regex_match(sc.id, std::regex("[a-z0-9][a-z0-9-]*")))
      col->error("id", "bad-id", "column id \"" + sc.id + "\" must match [a-z0-9][a-z0-9-]*");
    if (c.column(sc.id)) col->error("id", "duplicate-id", "column id \"" + sc.id + "\" is used twice");
    c.columns.push_back(sc);
  }

  c.require_interpretation = fields->boolean("require_interpretation").value_or(false);
  if (fields->has("interpretation_grace_days")) {
    fields->warning("interpretation_grace_days", "deprecated-key",
                    "\"interpretation_grace_days\" is now \"interpretation_grace_workdays\" and counts working days (工作日); rename it");
    if (!fields->has("interpretation_grace_workdays"))
      c.interpretation_grace_workdays =
          static_cast<int>(fields->integer("interpretation_grace_days", 0, 365).value_or(3));
    else
      fields->integer("interpretation_grace_days", 0, 365);
  }
  if (fields->has("interpretation_grace_workdays"))
    c.interpretation_grace_workdays =
        static_cast<int>(fields->integer("interpretation_grace_workdays", 0, 365).value_or(3));
  c.calendar = builtin_workday_calendar();
  if (auto years = fields->mapping("workday_calendar")) read_workday_calendar(*years, c.calendar);
  if (auto enforcement = fields->mapping("enforcement")) read_enforcement_config(*enforcement, c.enforcement);
  if (auto tiers = fields->mapping("section_tiers")) {
    for (const char* section : {"policies", "interpretations", "consultations", "notices", "services", "progress", "pages"})
      if (auto tier = tiers->one_of(section, {"news", "notice", "periodic", "static"})) c.section_tiers.emplace_back(section, *tier);
    for (const auto& [key, value] : tiers->unread_fields())
      tiers->error(key, "bad-value", "section_tiers: unknown section \"" + key +
                                         "\" (known: policies, interpretations, consultations, notices, services, progress, pages)");
  }
  c.listing_page_size = static_cast<int>(fields->integer("listing_page_size", 5, 500).value_or(20));
  c.summary_length = static_cast<int>(fields->integer("summary_length", 20, 1000).value_or(120));
  c.feed_size = static_cast<int>(fields->integer("feed_size", 1, 1000).value_or(20));
  c.sitemap_max_urls = static_cast<size_t>(fields->integer("sitemap_max_urls", 1, 50000).value_or(50000));

  if (fields->has("attachment_types")) {
    c.attachment_types.clear();
    for (std::string ext : fields->string_list("attachment_types")) {
      if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
      for (char& ch : ext)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if (ext == "html" || ext == "htm" || ext == "js" || ext == "md")
        fields->error("attachment_types", "bad-value",
                      "attachment_types: \"" + ext + "\" files would be served as part of the site; not allowed");
      else
        c.attachment_types.push_back(ext);
    }
  }

  if (auto deploy = fields->mapping("deploy")) {
    c.deploy.server_name = deploy->string("server_name").value_or("");
    c.deploy.tls_certificate = deploy->string("tls_certificate").value_or("");
    c.deploy.tls_key = deploy->string("tls_key").value_or("");
    c.deploy.root = deploy->string("root").value_or("");
    if (!c.deploy.root.empty() && c.deploy.root[0] != '/')
      deploy->error("root", "bad-value", "deploy.root: the releases folder must be an absolute path");
    c.deploy.keep_releases = static_cast<int>(deploy->integer("keep_releases", 1, 100).value_or(5));
  }
  if (c.deploy.server_name.empty() && !c.base_url.empty()) c.deploy.server_name = c.host();
  // These go into nginx's configuration: nothing that could end a directive or add one.
  auto nginx_safe = [](const std::string& v) { return v.find_first_of(" \t\r\n;{}\"'$\\#") == std::string::npos; };
  if (auto deploy = fields->mapping("deploy")) {
    for (const char* key : {"server_name", "tls_certificate", "tls_key", "root"})
      if (auto v = deploy->string(key); v && !nginx_safe(*v))
        deploy->error(key, "bad-value", std::string("deploy.") + key + ": no spaces, quotes or ; { } $ \\ # (it goes into the nginx configuration)");
  }

  c.params = Value::object();
  for (auto& [key, value] : fields->unread_fields()) c.params.set(key, std::move(value));

  if (diags.error_count() > errors_before) return std::nullopt;
  return c;
}

}  // namespace govsite
