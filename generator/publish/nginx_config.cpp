#include "publish/nginx_config.h"

#include "publish/security_headers.h"

namespace govsite {

namespace {

std::string add_header(const std::string& indent, const HttpHeader& h) {
  return indent + "add_header " + h.name + " \"" + h.value + "\" always;\n";
}

// add_header in a location replaces the server's, so every location repeats them all.
std::string security_headers(const std::string& indent) {
  std::string s = add_header(indent, kStrictTransportSecurity);
  for (const auto& h : kSecurityHeaders) s += add_header(indent, h);
  return s;
}

}  // namespace

std::string default_releases_dir(const SiteConfig& config) {
  return config.deploy.root.empty() ? "/srv/www/" + config.deploy.server_name : config.deploy.root;
}

// install.sh (generator/publish/install.sh) accepts only the directives written here, since
// nginx loads this file as root's configuration: a new directive goes into its list too
// (tests/deploy/bundle_test.sh installs a real bundle and fails otherwise).
std::string nginx_site_conf(const SiteConfig& config, const std::string& root) {
  const std::string& name = config.deploy.server_name;
  const std::string cert = config.deploy.tls_certificate.empty() ? "/etc/nginx/tls/" + name + ".crt"
                                                                 : config.deploy.tls_certificate;
  const std::string key = config.deploy.tls_key.empty() ? "/etc/nginx/tls/" + name + ".key" : config.deploy.tls_key;
  std::string c;
  c += "# nginx site configuration for " + name + ", written by govsite " GOVSITE_VERSION ".\n";
  c += "# Include it from the http block (install.sh links it as " + root.substr(0, root.rfind("/current/")) +
       "/current/nginx/site.conf).\n";
  c += "# IPv4 and IPv6 on both ports (IPv6改造); plain HTTP only redirects to HTTPS.\n\n";
  c += "server {\n";
  c += "    listen 80;\n";
  c += "    listen [::]:80;\n";
  c += "    server_name " + name + ";\n";
  c += "    return 301 https://" + name + "$request_uri;\n";
  c += "}\n\n";
  c += "server {\n";
  c += "    listen 443 ssl http2;\n";
  c += "    listen [::]:443 ssl http2;\n";
  c += "    server_name " + name + ";\n\n";
  c += "    ssl_certificate " + cert + ";\n";
  c += "    ssl_certificate_key " + key + ";\n";
  c += "    ssl_protocols TLSv1.2 TLSv1.3;\n\n";
  c += "    root \"" + root + "\";\n";
  c += "    index index.html;\n";
  c += "    charset utf-8;\n";
  c +=
      "    charset_types text/css text/plain text/xml application/javascript application/json application/rss+xml image/svg+xml;\n";
  c += "    gzip_static on;\n";
  c += "    server_tokens off;\n";
  c += "    error_page 404 /404.html;\n\n";
  c += security_headers("    ") + "\n";
  c += "    # Dotfiles (and anything like .git) are never served, except the ACME challenge\n";
  c += "    # folder that certificate renewal (HTTP-01) needs.\n";
  c += "    location ^~ /.well-known/acme-challenge/ {\n        default_type text/plain;\n    }\n";
  c += "    location ~ /\\. {\n        deny all;\n    }\n\n";
  c += "    # CSS and JS carry a content hash in their names: cache them for a year.\n";
  c += "    location ~* \"\\.[0-9a-f]{10}\\.(css|js)$\" {\n";
  c += "        add_header Cache-Control \"public, max-age=31536000, immutable\" always;\n";
  c += security_headers("        ");
  c += "    }\n\n";
  c += "    # Pages change with every build: browsers revalidate after five minutes.\n";
  c += "    location ~* \"(\\.html|/)$\" {\n";
  c += "        try_files $uri $uri/ =404;\n";
  c += "        add_header Cache-Control \"public, max-age=300\" always;\n";
  c += security_headers("        ");
  c += "    }\n\n";
  c += "    # The disclosure catalog as a spreadsheet (nginx's mime.types has no csv).\n";
  c += "    location ~* \"\\.csv$\" {\n";
  c += "        default_type \"text/csv; charset=utf-8\";\n";
  c += "        add_header Cache-Control \"public, max-age=300\" always;\n";
  c += security_headers("        ");
  c += "    }\n\n";
  c += "    # Everything else (images, attachments, feeds, the search index): a day.\n";
  c += "    location / {\n";
  c += "        try_files $uri $uri/ =404;\n";
  c += "        add_header Cache-Control \"public, max-age=86400\" always;\n";
  c += security_headers("        ");
  c += "    }\n";
  c += "}\n";
  return c;
}

}  // namespace govsite
