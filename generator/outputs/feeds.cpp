#include "outputs/feeds.h"

#include <tinyxml2.h>

#include "outputs/page_context.h"

namespace govsite {

namespace {

// RFC 822 date, as RSS 2.0 wants it; documents carry dates only, so midnight Beijing time.
std::string rfc822(const Date& d) {
  static const char* kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const long days = d.days_since_epoch();
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d 00:00:00 +0800", kDays[((days % 7) + 7) % 7], d.day,
                kMonths[d.month - 1], d.year);
  return buf;
}

// XML 1.0 cannot hold C0 controls other than tab and line breaks, nor U+FFFE and U+FFFF;
// one in a feed makes the whole feed unreadable. Front matter refuses them, but a body
// may carry one into a summary: it is dropped here.
std::string xml_text(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    if (c == 0xef && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xbf &&
        (static_cast<unsigned char>(text[i + 2]) & 0xfe) == 0xbe) {
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

void element(tinyxml2::XMLPrinter& p, const char* name, const std::string& text) {
  p.OpenElement(name);
  p.PushText(xml_text(text).c_str());
  p.CloseElement();
}

}  // namespace

std::vector<Feed> site_feeds(const SiteModel& m, const SiteConfig& config) {
  std::vector<Feed> feeds;
  for (DocType t : {DocType::policy, DocType::interpretation}) {
    if (newest_first(m, [t](const Document& d) { return d.type == t; }).empty()) continue;
    feeds.push_back({std::string("feeds/") + section_of(t) + ".xml", config.title + " - " + type_label(t), t});
  }
  return feeds;
}

std::string rss_feed(const SiteModel& m, const SiteConfig& config, const Feed& feed,
                     const std::vector<std::string>& summaries) {
  const auto docs = newest_first(m, [&](const Document& d) { return d.type == feed.type; });
  tinyxml2::XMLPrinter p;
  p.PushHeader(false, true);
  p.OpenElement("rss");
  p.PushAttribute("version", "2.0");
  p.PushAttribute("xmlns:atom", "http://www.w3.org/2005/Atom");
  p.OpenElement("channel");
  element(p, "title", feed.title);
  element(p, "link", config.base_url + section_of(feed.type) + "/");
  element(p, "description", config.title + "发布的" + type_label(feed.type));
  element(p, "language", config.language);
  p.OpenElement("atom:link");
  p.PushAttribute("href", (config.base_url + feed.path).c_str());
  p.PushAttribute("rel", "self");
  p.PushAttribute("type", "application/rss+xml");
  p.CloseElement();
  // The newest document's date, not the build time, so rebuilds stay byte-identical.
  if (!docs.empty()) element(p, "lastBuildDate", rfc822(*m.docs[docs[0]].published));
  for (size_t k = 0; k < docs.size() && k < static_cast<size_t>(config.feed_size); ++k) {
    const Document& d = m.docs[docs[k]];
    const std::string link = config.base_url + url_of(d);
    p.OpenElement("item");
    element(p, "title", d.title);
    element(p, "link", link);
    p.OpenElement("guid");
    p.PushAttribute("isPermaLink", "true");
    p.PushText(link.c_str());
    p.CloseElement();
    element(p, "pubDate", rfc822(*d.published));
    if (!d.issuer.empty()) element(p, "author", d.issuer);
    element(p, "description", summaries[docs[k]]);
    p.CloseElement();
  }
  p.CloseElement();
  p.CloseElement();
  return p.CStr();
}

}  // namespace govsite
