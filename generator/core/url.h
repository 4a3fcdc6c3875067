// Percent-encoding of paths for URLs (Chinese file names are common in government
// attachments), decoding of what editors write, and the one classifier of URLs that the
// link resolver, the scan of unpublished documents' files and the output link checker share.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govsite {

// Encodes every byte outside A-Z a-z 0-9 - . _ ~ and '/' as %XX (upper case), so
// "附件/表 1.xlsx" becomes "%E9%99%84%E4%BB%B6/%E8%A1%A8%201.xlsx".
std::string percent_encode_path(std::string_view path);

// The same for a query parameter's value: '/' is encoded too.
std::string percent_encode_component(std::string_view text);

// Decodes %XX sequences; anything malformed is kept as written.
std::string percent_decode(std::string_view s);

// What a URL in a page (or a Markdown link) is, read the way a browser reads it (WHATWG
// URL): a scheme is [A-Za-z][A-Za-z0-9+.-]* followed by ':'. So "附件1:登记表.docx" (a
// non-ASCII character before the ':'), "2019:plan.pdf" (a digit first) and
// "./2019:plan.pdf" are relative paths to files, while "mailto:x", "https://x",
// "javascript:x" and also "a:b.pdf" have a scheme.
struct UrlParts {
  enum class Kind {
    empty,              // ""
    scheme,             // "https://x", "mailto:x", "a:b.pdf"
    protocol_relative,  // "//host/path"
    same_page,          // "#anchor" or "?query": this page
    root_absolute,      // "/path"
    relative,           // "a/b.pdf", "附件1:登记表.docx", "./2019:plan.pdf"
  };
  Kind kind = Kind::empty;
  std::string scheme;    // for Kind::scheme, as written, without the ':'
  std::string path;      // for root_absolute and relative: percent-decoded, no query or fragment
  std::string query;     // "?…" as written, or empty
  std::string fragment;  // "#…" as written, or empty
};

UrlParts classify_url(std::string_view url);

// The scheme of `url` ("https" for "https://x"), or empty when it has none.
std::string_view url_scheme(std::string_view url);

// An address for the site's visitors (a link in site.yaml): http:// or https:// and a host.
bool is_web_url(std::string_view url);

// The host of an http:// or https:// URL without its port: "https://www.example.gov.cn:8443/a"
// → "www.example.gov.cn"; an IPv6 literal keeps its brackets ("http://[2001:db8::1]/" →
// "[2001:db8::1]"). Empty for any other URL.
std::string_view url_host(std::string_view url);

// The path of an http:// or https:// URL, from the '/' after its host to before any query
// or fragment: "https://x.gov.cn/sfj/?a" → "/sfj/"; "/" when it has none (or is no such URL).
std::string_view url_path(std::string_view url);

// Resolves "." and ".." in the '/'-separated `path` on top of the segments already in
// `segments` (a folder), as a browser does: "a/./b" pushes "a", "b"; ".." pops one; empty
// segments are skipped. False when ".." would climb above the first segment. The views
// point into `path` and into what `segments` held.
bool push_path_segments(std::vector<std::string_view>& segments, std::string_view path);

// A DNS host name (RFC 1123): dot-separated labels of letters, digits and '-', each 1 to 63
// long and not starting or ending with '-', 253 characters at most. A name in Chinese is
// written in punycode (xn--…). Nothing else can end up in a file name or an nginx
// server_name as something other than one host.
bool is_host_name(std::string_view name);

}  // namespace govsite
