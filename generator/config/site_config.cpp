#include "config/site_config.h"

#include <regex>

#include "config/site_timezone.h"
#include "core/placeholder.h"
#include "core/url.h"
#include "config/organization_code.h"
#include "content/disclosure_category.h"
#include "yaml/yaml_fields.h"

namespace govsite {

std::string SiteConfig::host() const {
  // base_url is validated to be https://host[:port]/path/
  size_t start = base_url.find("://");
  start = start == std::string::npos ? 0 : start + 3;
  size_t end = base_url.find_first_of(":/", start);
  return base_url.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

bool SiteConfig::is_index_prefix(const std::string& prefix) const {
  if (prefix == index_prefix) return true;
  for (const auto& p : earlier_index_prefixes)
    if (prefix == p) return true;
  return false;
}

namespace {

// The site's identity in the national inspection's terms: 网站标识码, the 索引号 prefixes,
// the 互动交流 channels (国办秘函〔2019〕19号) and the 党政机关网站标识.
void read_inspection_keys(YamlFields& fields, SiteConfig& c) {
  c.site_code = fields.string("site_code", true).value_or("");
  if (!c.site_code.empty() && !std::regex_match(c.site_code, std::regex("[0-9]{10}|bm[0-9]{8}")))
    fields.error("site_code", "bad-value",
                 "\"site_code\": the 网站标识码 has 10 digits, or bm and 8 digits for a ministry (write it in quotes), got \"" +
                     c.site_code + "\"");

  c.index_prefix = fields.string("index_prefix", true).value_or("");
  if (!c.index_prefix.empty()) {
    if (c.index_prefix == c.site_code)
      fields.warning("index_prefix", "legacy-index-prefix",
                     "\"index_prefix\" is the 网站标识码; a 索引号 starts with the body's 组织机构代码 or 统一社会信用代码 "
                     "(list the 网站标识码 under earlier_index_prefixes for the numbers already published)");
    else if (std::string problem = organization_code_problem(c.index_prefix); !problem.empty())
      fields.error("index_prefix", "bad-index-prefix",
                   "\"index_prefix\" \"" + c.index_prefix + "\" (the 索引号 prefix: the body's 组织机构代码 or 统一社会信用代码): " +
                       problem);
  }
  for (const auto& p : fields.string_list("earlier_index_prefixes")) {
    if (p.empty() || p.find_first_of("/ \t") != std::string::npos)
      fields.error("earlier_index_prefixes", "bad-value",
                   "earlier_index_prefixes: \"" + p + "\" is not a 索引号 prefix (the part before \"/\")");
    c.earlier_index_prefixes.push_back(p);
  }
  c.index_required_from = fields.date("index_required_from");

  if (!fields.has("interaction")) {
    fields.error("interaction", "missing-interaction",
                 "missing \"interaction\": a government site must offer an online channel for questions and "
                 "suggestions (互动交流: 局长信箱, 咨询投诉, the city's platform); without one it fails the "
                 "inspection outright (国办秘函〔2019〕19号 单项否决: 未提供网上有效咨询建言渠道). "
                 "Add interaction: [{title: 局长信箱, url: https://…}]");
  } else {
    auto channels = fields.mapping_list("interaction");
    for (auto& ch : channels) {
      InteractionChannel channel;
      channel.title = ch->string("title", true).value_or("");
      channel.url = ch->string("url", true).value_or("");
      if (!channel.url.empty() && !is_web_url(channel.url))
        ch->error("url", "bad-value", "interaction: \"" + channel.url + "\" is not an https:// or http:// address");
      c.interaction.push_back(channel);
    }
    if (channels.empty())
      fields.error("interaction", "missing-interaction",
                   "\"interaction\" lists no channel: a government site needs at least one (国办秘函〔2019〕19号 "
                   "单项否决: 未提供网上有效咨询建言渠道)");
  }

  c.conac_url = fields.string("conac_url", true).value_or("");
  if (!c.conac_url.empty() &&
      !std::regex_match(c.conac_url, std::regex(R"(https?://bszs\.conac\.cn/[^\s"'<>]*)")))
    fields.error("conac_url", "bad-value",
                 "\"conac_url\": the 党政机关网站标识 links to the site's record at https://bszs.conac.cn/…, got \"" +
                     c.conac_url + "\"");

  c.disclosure_none = fields.string_list("disclosure_none");
  c.disclosure_none_line = fields.pos("disclosure_none").line;
  for (const auto& id : c.disclosure_none)
    if (!find_disclosure_category(id))
      fields.error("disclosure_none", "bad-value",
                   "disclosure_none: \"" + id + "\" is not a category of 条例第二十条 (one of " + disclosure_category_ids() + ")");
  c.application_url = fields.string("application_url").value_or("");
  if (!c.application_url.empty() && !is_web_url(c.application_url))
    fields.error("application_url", "bad-value",
                 "\"application_url\": expected the https:// address of the online application platform");
}

}  // namespace

const SiteColumn* SiteConfig::column(const std::string& id) const {
  for (const auto& c : columns)
    if (c.id == id) return &c;
  return nullptr;
}

namespace {

// The server name names the bundle's file (dist/<name>-…) and nginx's server: one host,
// nothing that leaves dist/ ("../") or matches every host ("~.", "*").
std::string not_a_host_name(const std::string& name) {
  return "\"" + name + "\" is no host name (letters, digits and '-' between dots; a Chinese name in punycode, xn--…)";
}

}  // namespace

std::optional<SiteConfig> parse_site_config(const std::string& text, const std::string& path,
                                            Diagnostics& diags) {
  auto fields = YamlFields::parse(text, path, 1, diags);
  if (!fields) return std::nullopt;
  const size_t errors_before = diags.error_count();
  // A site.yaml still holding govsite init's placeholders describes no site yet.
  report_placeholders(text, path, Severity::error, diags);
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
      links->error(key, "bad-value", "links: unknown role \"" + key + "\" (known: contact, guide, rules, apply, annual_report)");
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
    if (!c.deploy.server_name.empty() && !is_host_name(c.deploy.server_name))
      deploy->error("server_name", "bad-value", "deploy.server_name: " + not_a_host_name(c.deploy.server_name));
    c.deploy.tls_certificate = deploy->string("tls_certificate").value_or("");
    c.deploy.tls_key = deploy->string("tls_key").value_or("");
    c.deploy.root = deploy->string("root").value_or("");
    if (!c.deploy.root.empty() && c.deploy.root[0] != '/')
      deploy->error("root", "bad-value", "deploy.root: the releases folder must be an absolute path");
    c.deploy.keep_releases = static_cast<int>(deploy->integer("keep_releases", 1, 100).value_or(5));
  }
  if (c.deploy.server_name.empty() && !c.base_url.empty()) {
    c.deploy.server_name = c.host();
    if (!is_host_name(c.deploy.server_name))
      fields->error("base_url", "bad-value", "\"base_url\": its host " + not_a_host_name(c.deploy.server_name) +
                                                 "; set deploy.server_name");
  }
  // These go into nginx's configuration: nothing that could end a directive or add one.
  auto nginx_safe = [](const std::string& v) { return v.find_first_of(" \t\r\n;{}\"'$\\#") == std::string::npos; };
  if (auto deploy = fields->mapping("deploy")) {
    for (const char* key : {"tls_certificate", "tls_key", "root"})
      if (auto v = deploy->string(key); v && !nginx_safe(*v))
        deploy->error(key, "bad-value", std::string("deploy.") + key + ": no spaces, quotes or ; { } $ \\ # (it goes into the nginx configuration)");
  }

  c.params = Value::object();
  for (auto& [key, value] : fields->unread_fields()) c.params.set(key, std::move(value));

  if (diags.error_count() > errors_before) return std::nullopt;
  return c;
}

}  // namespace govsite
