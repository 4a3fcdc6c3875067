#include "outputs/page_writer.h"

namespace govsite {

bool PageWriter::write(const std::string& layout, const PageFrame& page, const Value& context,
                       std::optional<Date> lastmod, bool in_sitemap) {
  std::string html, error;
  if (!renderer_.render(layout, context, html, error)) {
    diags_.error(page.output_path, 0, 0, "template", "rendering " + page.output_path + " failed: " + error);
    return false;
  }
  if (!write_file(page.output_path, html)) return false;
  ++written_;
  if (in_sitemap) pages_.push_back({page.url, lastmod});
  return true;
}

bool PageWriter::write_file(const std::string& path, const std::string& bytes) {
  std::string error;
  if (!out_.write(path, bytes, error)) {
    diags_.error(path, 0, 0, "io-error", error);
    return false;
  }
  return true;
}

}  // namespace govsite
