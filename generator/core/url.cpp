#include "core/url.h"

#include <cctype>

namespace govsite {

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string percent_encode_component(std::string_view text) {
  std::string out;
  for (char c : percent_encode_path(text)) {
    if (c == '/') out += "%2F";
    else out += c;
  }
  return out;
}

std::string percent_encode_path(std::string_view path) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(path.size() * 3);
  for (unsigned char c : path) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string percent_decode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      int hi = hex_value(s[i + 1]), lo = hex_value(s[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

std::string_view url_scheme(std::string_view url) {
  // Only ASCII letters, digits and + - . may come before the ':' (a byte >= 0x80 is no
  // alnum here: the classic locale).
  if (url.empty() || !std::isalpha(static_cast<unsigned char>(url[0]))) return {};
  for (size_t i = 1; i < url.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(url[i]);
    if (c == ':') return url.substr(0, i);
    if (c >= 0x80 || !(std::isalnum(c) || c == '+' || c == '.' || c == '-')) return {};
  }
  return {};
}

UrlParts classify_url(std::string_view url) {
  UrlParts u;
  if (url.empty()) return u;
  if (std::string_view scheme = url_scheme(url); !scheme.empty()) {
    u.kind = UrlParts::Kind::scheme;
    u.scheme = std::string(scheme);
    return u;
  }
  const size_t hash = url.find('#');
  if (hash != std::string_view::npos) u.fragment = std::string(url.substr(hash));
  const std::string_view before_fragment = url.substr(0, hash);
  const size_t question = before_fragment.find('?');
  if (question != std::string_view::npos) u.query = std::string(before_fragment.substr(question));
  const std::string_view path = before_fragment.substr(0, question);
  if (url.compare(0, 2, "//") == 0) {
    u.kind = UrlParts::Kind::protocol_relative;
    return u;
  }
  if (path.empty()) {
    u.kind = UrlParts::Kind::same_page;
    return u;
  }
  u.kind = path[0] == '/' ? UrlParts::Kind::root_absolute : UrlParts::Kind::relative;
  u.path = path.find('%') == std::string_view::npos ? std::string(path) : percent_decode(path);
  return u;
}

bool is_web_url(std::string_view url) {
  const std::string_view scheme = url_scheme(url);
  if (scheme != "https" && scheme != "http") return false;
  const std::string_view rest = url.substr(scheme.size() + 1);
  if (rest.compare(0, 2, "//") != 0 || rest.size() == 2 || rest[2] == '/') return false;
  for (unsigned char c : rest)  // one address: no spaces, quotes or controls to end it early
    if (c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == 0x7f) return false;
  return true;
}

namespace {

// Where the host of an http(s) URL starts, or npos.
size_t host_start(std::string_view url) {
  const std::string_view scheme = url_scheme(url);
  if (scheme != "https" && scheme != "http") return std::string_view::npos;
  const size_t start = scheme.size() + 1;
  return url.compare(start, 2, "//") == 0 ? start + 2 : std::string_view::npos;
}

}  // namespace

std::string_view url_host(std::string_view url) {
  const size_t start = host_start(url);
  if (start == std::string_view::npos) return {};
  if (start < url.size() && url[start] == '[') {  // [2001:db8::1]
    const size_t end = url.find(']', start);
    return end == std::string_view::npos ? std::string_view() : url.substr(start, end - start + 1);
  }
  const size_t end = url.find_first_of(":/?#", start);
  return url.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

std::string_view url_path(std::string_view url) {
  const size_t start = host_start(url);
  const size_t slash = start == std::string_view::npos ? start : url.find_first_of("/?#", start);
  if (slash == std::string_view::npos || url[slash] != '/') return "/";
  return url.substr(slash, url.find_first_of("?#", slash) - slash);
}

bool push_path_segments(std::vector<std::string_view>& segments, std::string_view path) {
  for (size_t start = 0; start <= path.size();) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    const std::string_view part = path.substr(start, slash - start);
    if (part == "..") {
      if (segments.empty()) return false;
      segments.pop_back();
    } else if (!part.empty() && part != ".") {
      segments.push_back(part);
    }
    start = slash + 1;
  }
  return true;
}

bool is_host_name(std::string_view name) {
  if (name.empty() || name.size() > 253) return false;
  size_t label = 0;
  for (size_t i = 0; i <= name.size(); ++i) {
    if (i == name.size() || name[i] == '.') {
      if (label == 0 || label > 63 || name[i - 1] == '-' || name[i - label] == '-') return false;
      label = 0;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if (c >= 0x80 || !(std::isalnum(c) || c == '-')) return false;
    ++label;
  }
  return true;
}

}  // namespace govsite
