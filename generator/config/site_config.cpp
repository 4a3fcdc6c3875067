#include "config/site_config.h"

#include <regex>

#include "config/site_timezone.h"
#include "core/messages.h"
#include "core/placeholder.h"
#include "core/url.h"
#include "config/organization_code.h"
#include "vocabulary/disclosure_category.h"
#include "vocabulary/doc_no.h"
#include "yaml/yaml_fields.h"

namespace govsite {

std::string SiteConfig::host() const {
  return std::string(url_host(base_url));  // base_url is validated to be http(s)://host[:port]/path/
}

bool SiteConfig::is_index_prefix(const std::string& prefix) const {
  if (prefix == index_prefix) return true;
  for (const auto& p : earlier_index_prefixes)
    if (prefix == p) return true;
  return false;
}

namespace {

// A key of a site.yaml mapping that govsite never reads (`fields`' accessors are the list of
// the keys it knows, so there is no second list to drift). In a mapping of fixed keys (a
// column, an 互动交流 channel, deploy:) it can only be a slip; at the top level a key
// nobody reads may be a theme's parameter, so only a near miss of a known key is named.
// `unread`: fields.unread_fields(), which the top level keeps as the theme's parameters.
void report_unknown_keys(YamlFields& fields, const std::vector<std::pair<std::string, Value>>& unread,
                         bool fixed_keys) {
  for (const auto& [key, value] : unread) {
    const std::string closest = fields.closest_read_key(key);
    if (!closest.empty()) fields.warning(key, "unknown-key", tr("unknown-key.did-you-mean", {key, closest}));
    else if (fixed_keys) fields.warning(key, "unknown-key", tr("unknown-key.site-yaml", {key}));
  }
}

void report_unknown_keys(YamlFields& fields, bool fixed_keys) {
  report_unknown_keys(fields, fields.unread_fields(), fixed_keys);
}

// The site's identity in the national inspection's terms: 网站标识码, the 索引号 prefixes,
// the 互动交流 channels (国办秘函〔2019〕19号) and the 党政机关网站标识.
void read_inspection_keys(YamlFields& fields, SiteConfig& c) {
  c.site_code = fields.string("site_code", true).value_or("");
  if (!c.site_code.empty() && !std::regex_match(c.site_code, std::regex("[0-9]{10}|bm[0-9]{8}")))
    fields.error("site_code", "bad-value", tr("bad-value.site-code", {c.site_code}));

  c.index_prefix = fields.string("index_prefix", true).value_or("");
  if (!c.index_prefix.empty()) {
    if (c.index_prefix == c.site_code) fields.warning("index_prefix", "legacy-index-prefix", tr("legacy-index-prefix"));
    else if (std::string problem = organization_code_problem(c.index_prefix); !problem.empty())
      fields.error("index_prefix", "bad-index-prefix", tr("bad-index-prefix", {c.index_prefix, problem}));
  }
  for (const auto& p : fields.string_list("earlier_index_prefixes")) {
    if (p.empty() || p.find_first_of("/ \t") != std::string::npos)
      fields.error("earlier_index_prefixes", "bad-value", tr("bad-value.earlier-index-prefix", {p}));
    c.earlier_index_prefixes.push_back(p);
  }
  c.index_required_from = fields.date("index_required_from");
  c.doc_no_prefix = fields.string("doc_no_prefix").value_or("");
  if (!c.doc_no_prefix.empty() && !is_doc_no(c.doc_no_prefix + "〔2000〕1号"))
    fields.error("doc_no_prefix", "bad-value", tr("bad-value.doc-no-prefix", {c.doc_no_prefix}));

  if (!fields.has("interaction")) {
    fields.error("interaction", "missing-interaction", tr("missing-interaction"));
  } else {
    auto channels = fields.mapping_list("interaction");
    for (auto& ch : channels) {
      InteractionChannel channel;
      channel.title = ch->string("title", true).value_or("");
      channel.url = ch->string("url", true).value_or("");
      if (!channel.url.empty() && !is_web_url(channel.url))
        ch->error("url", "bad-value", tr("bad-value.interaction-url", {channel.url}));
      c.interaction.push_back(channel);
      report_unknown_keys(*ch, true);
    }
    if (channels.empty()) fields.error("interaction", "missing-interaction", tr("missing-interaction.empty"));
  }

  c.conac_url = fields.string("conac_url", true).value_or("");
  if (!c.conac_url.empty() && !std::regex_match(c.conac_url, std::regex(R"(https?://bszs\.conac\.cn/[^\s"'<>]*)")))
    fields.error("conac_url", "bad-value", tr("bad-value.conac-url", {c.conac_url}));

  c.disclosure_none = fields.string_list("disclosure_none");
  c.disclosure_none_line = fields.pos("disclosure_none").line;
  for (const auto& id : c.disclosure_none)
    if (!find_disclosure_category(id))
      fields.error("disclosure_none", "bad-value", tr("bad-value.disclosure-none", {id, disclosure_category_ids()}));
  c.application_url = fields.string("application_url").value_or("");
  if (!c.application_url.empty() && !is_web_url(c.application_url))
    fields.error("application_url", "bad-value", tr("bad-value.application-url"));
}

// base_url: http(s) with a host, kept with a trailing slash.
void read_base_url(YamlFields& fields, SiteConfig& c) {
  if (auto url = fields.string("base_url", true)) {
    if (!std::regex_match(*url, std::regex(R"(https?://[A-Za-z0-9.\-\[\]:]+(/[^\s?#]*)?)"))) {
      fields.error("base_url", "bad-value", tr("bad-value.base-url", {*url}));
    } else {
      c.base_url = *url;
      if (c.base_url.find('/', c.base_url.find("://") + 3) == std::string::npos) c.base_url += '/';
      if (c.base_url.back() != '/') c.base_url += '/';
    }
  }
}

// columns (专题专栏): each with an id, a title, a kind and a freshness tier.
void read_columns(YamlFields& fields, SiteConfig& c) {
  for (auto& col : fields.mapping_list("columns")) {
    SiteColumn sc;
    sc.line = col->start().line;
    sc.id = col->string("id", true).value_or("");
    sc.title = col->string("title", true).value_or("");
    sc.kind = col->one_of("kind", {"news", "notice", "policy"}).value_or("news");
    sc.tier =
        col->one_of("tier", {"news", "notice", "periodic", "static"}).value_or(sc.kind == "news" ? "news" : "notice");
    if (!sc.id.empty() && !std::regex_match(sc.id, std::regex("[a-z0-9][a-z0-9-]*")))
      col->error("id", "bad-id", tr("bad-id.column", {sc.id}));
    if (c.column(sc.id)) col->error("id", "duplicate-id", tr("duplicate-id.column", {sc.id}));
    c.columns.push_back(sc);
    report_unknown_keys(*col, true);
  }
}

// interpretation_grace_workdays, and the older interpretation_grace_days it replaces.
void read_interpretation_grace(YamlFields& fields, SiteConfig& c) {
  if (fields.has("interpretation_grace_days")) {
    fields.warning("interpretation_grace_days", "deprecated-key", tr("deprecated-key"));
    if (!fields.has("interpretation_grace_workdays"))
      c.interpretation_grace_workdays = static_cast<int>(
          fields.integer("interpretation_grace_days", 0, 365).value_or(3));
    else fields.integer("interpretation_grace_days", 0, 365);
  }
  if (fields.has("interpretation_grace_workdays"))
    c.interpretation_grace_workdays = static_cast<int>(
        fields.integer("interpretation_grace_workdays", 0, 365).value_or(3));
}

// attachment_types: extensions without the dot, lower-cased; never a page or a script.
void read_attachment_types(YamlFields& fields, SiteConfig& c) {
  if (fields.has("attachment_types")) {
    c.attachment_types.clear();
    for (std::string ext : fields.string_list("attachment_types")) {
      if (!ext.empty() && ext[0] == '.') ext.erase(0, 1);
      for (char& ch : ext)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      if (ext == "html" || ext == "htm" || ext == "js" || ext == "md")
        fields.error("attachment_types", "bad-value", tr("bad-value.attachment-type", {ext}));
      else c.attachment_types.push_back(ext);
    }
  }
}

// deploy: the server name, TLS files and root of the bundle's nginx configuration.
void read_deploy(YamlFields& fields, SiteConfig& c) {
  if (auto deploy = fields.mapping("deploy")) {
    c.deploy.server_name = deploy->string("server_name").value_or("");
    // The server name names the bundle's file (dist/<name>-…) and nginx's server: one host,
    // nothing that leaves dist/ ("../") or matches every host ("~.", "*").
    if (!c.deploy.server_name.empty() && !is_host_name(c.deploy.server_name))
      deploy->error("server_name", "bad-value", tr("bad-value.server-name", {c.deploy.server_name}));
    c.deploy.tls_certificate = deploy->string("tls_certificate").value_or("");
    c.deploy.tls_key = deploy->string("tls_key").value_or("");
    c.deploy.root = deploy->string("root").value_or("");
    if (!c.deploy.root.empty() && c.deploy.root[0] != '/')
      deploy->error("root", "bad-value", tr("bad-value.deploy-root"));
    c.deploy.keep_releases = static_cast<int>(deploy->integer("keep_releases", 1, 100).value_or(5));
    report_unknown_keys(*deploy, true);
  }
  if (c.deploy.server_name.empty() && !c.base_url.empty()) {
    c.deploy.server_name = c.host();
    if (!is_host_name(c.deploy.server_name))
      fields.error("base_url", "bad-value", tr("bad-value.base-url-host", {c.deploy.server_name}));
  }
  // These go into nginx's configuration: nothing that could end a directive or add one.
  auto nginx_safe = [](const std::string& v) { return v.find_first_of(" \t\r\n;{}\"'$\\#") == std::string::npos; };
  if (auto deploy = fields.mapping("deploy")) {
    for (const char* key : {"tls_certificate", "tls_key", "root"})
      if (auto v = deploy->string(key); v && !nginx_safe(*v))
        deploy->error(key, "bad-value", tr("bad-value.nginx-unsafe", {key}));
  }
}

}  // namespace

const SiteColumn* SiteConfig::column(const std::string& id) const {
  for (const auto& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& path, Diagnostics& diags,
                                            Severity placeholders) {
  auto fields = YamlFields::parse(text, path, 1, diags);
  if (!fields) return std::nullopt;
  const size_t errors_before = diags.error_count();
  // A site.yaml still holding govsite init's placeholders describes no site yet.
  report_placeholders(text, path, placeholders, diags);
  SiteConfig c;
  c.title = fields->string("title", true).value_or("");
  c.organization = fields->string("organization", true).value_or("");
  c.copyright = fields->string("copyright").value_or(c.organization);
  read_inspection_keys(*fields, c);
  c.icp = fields->string("icp", true).value_or("");
  c.psb = fields->string("psb", true).value_or("");
  c.phone = fields->string("phone").value_or("");
  c.address = fields->string("address").value_or("");
  c.timezone = read_site_timezone(*fields);
  if (auto links = fields->mapping("links")) {
    for (const char* role : {"contact", "guide", "rules", "apply", "annual_report"})
      if (auto id = links->string(role)) c.links.emplace_back(role, *id);
    for (const auto& [key, value] : links->unread_fields())
      links->error(key, "bad-value", tr("bad-value.links-role", {key}));
  }
  c.language = fields->string("language").value_or("zh-CN");
  c.theme = fields->string("theme").value_or("default");
  if (!std::regex_match(c.theme, std::regex("[A-Za-z0-9_-]+")))
    fields->error("theme", "bad-value", tr("bad-value.theme"));

  read_base_url(*fields, c);
  read_columns(*fields, c);
  c.require_interpretation = fields->boolean("require_interpretation").value_or(false);
  read_interpretation_grace(*fields, c);
  if (auto years = fields->mapping("workday_calendar")) read_workday_calendar(*years, c.calendar);
  if (auto enforcement = fields->mapping("enforcement")) read_enforcement_config(*enforcement, c.enforcement);
  if (auto tiers = fields->mapping("section_tiers")) {
    for (const char* section :
         {"policies", "interpretations", "consultations", "notices", "services", "progress", "pages"})
      if (auto tier = tiers->one_of(section, {"news", "notice", "periodic", "static"}))
        c.section_tiers.emplace_back(section, *tier);
    for (const auto& [key, value] : tiers->unread_fields())
      tiers->error(key, "bad-value", tr("bad-value.section-tiers", {key}));
  }
  c.listing_page_size = static_cast<int>(fields->integer("listing_page_size", 5, 500).value_or(20));
  c.summary_length = static_cast<int>(fields->integer("summary_length", 20, 1000).value_or(120));
  c.feed_size = static_cast<int>(fields->integer("feed_size", 1, 1000).value_or(20));
  c.sitemap_max_urls = static_cast<size_t>(fields->integer("sitemap_max_urls", 1, 50000).value_or(50000));

  read_attachment_types(*fields, c);
  read_deploy(*fields, c);

  std::vector<std::pair<std::string, Value>> unread = fields->unread_fields();
  report_unknown_keys(*fields, unread, false);
  c.params = Value::object();
  for (auto& [key, value] : unread) c.params.set(key, std::move(value));

  if (diags.error_count() > errors_before) return std::nullopt;
  return c;
}

}  // namespace govsite
