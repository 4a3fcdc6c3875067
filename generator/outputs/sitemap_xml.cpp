#include "outputs/sitemap_xml.h"

#include <tinyxml2.h>

namespace govsite {

namespace {

const char* kNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

std::string url_entry(const PageEntry& p, const std::string& base_url) {
  tinyxml2::XMLPrinter printer(nullptr, true);
  printer.OpenElement("url", true);
  printer.OpenElement("loc", true);
  printer.PushText((base_url + p.url).c_str());
  printer.CloseElement(true);
  if (p.lastmod) {
    printer.OpenElement("lastmod", true);
    printer.PushText(p.lastmod->str().c_str());
    printer.CloseElement(true);
  }
  printer.CloseElement(true);
  return std::string(printer.CStr()) + "\n";
}

const std::string kHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

std::string urlset(const std::vector<std::string>& entries, size_t from, size_t to) {
  const std::string open = kHeader + "<urlset xmlns=\"" + kNamespace + "\">\n";
  const std::string_view close = "</urlset>\n";
  // Sized once: a 10,000-document sitemap is megabytes, and growing it by doubling
  // copied it over and over.
  size_t size = open.size() + close.size();
  for (size_t i = from; i < to; ++i) size += entries[i].size();
  std::string out;
  out.reserve(size);
  out += open;
  for (size_t i = from; i < to; ++i) out += entries[i];
  out += close;
  return out;
}

}  // namespace

std::map<std::string, std::string> sitemap_files(const std::vector<PageEntry>& pages, const std::string& base_url,
                                                 const SitemapLimits& limits) {
  std::vector<std::string> entries;
  entries.reserve(pages.size());
  for (const auto& p : pages) entries.push_back(url_entry(p, base_url));

  // Cut into parts that respect both limits (the fixed wrapper counted in).
  const size_t wrapper = urlset({}, 0, 0).size();
  std::vector<std::pair<size_t, size_t>> parts;
  size_t start = 0, bytes = wrapper;
  for (size_t i = 0; i < entries.size(); ++i) {
    if (i > start && (i - start >= limits.max_urls || bytes + entries[i].size() > limits.max_bytes)) {
      parts.emplace_back(start, i);
      start = i;
      bytes = wrapper;
    }
    bytes += entries[i].size();
  }
  parts.emplace_back(start, entries.size());

  std::map<std::string, std::string> files;
  if (parts.size() == 1) {
    files["sitemap.xml"] = urlset(entries, 0, entries.size());
    return files;
  }
  std::string index = kHeader + "<sitemapindex xmlns=\"" + kNamespace + "\">\n";
  for (size_t k = 0; k < parts.size(); ++k) {
    const std::string name = "sitemap-" + std::to_string(k + 1) + ".xml";
    files[name] = urlset(entries, parts[k].first, parts[k].second);
    std::optional<Date> newest;
    for (size_t i = parts[k].first; i < parts[k].second; ++i)
      if (pages[i].lastmod && (!newest || *pages[i].lastmod > *newest)) newest = pages[i].lastmod;
    tinyxml2::XMLPrinter printer(nullptr, true);
    printer.OpenElement("sitemap", true);
    printer.OpenElement("loc", true);
    printer.PushText((base_url + name).c_str());
    printer.CloseElement(true);
    if (newest) {
      printer.OpenElement("lastmod", true);
      printer.PushText(newest->str().c_str());
      printer.CloseElement(true);
    }
    printer.CloseElement(true);
    index += std::string(printer.CStr()) + "\n";
  }
  files["sitemap.xml"] = index + "</sitemapindex>\n";
  return files;
}

std::string robots_txt(const std::string& base_url) {
  return "User-agent: *\nAllow: /\n\nSitemap: " + base_url + "sitemap.xml\n";
}

}  // namespace govsite
