#include "pipeline/build_site.h"

#include "config/site_config.h"
#include "content/load_documents.h"
#include "model/site_model.h"
#include "outputs/document_pages.h"
#include "outputs/page_context.h"
#include "outputs/section_pages.h"
#include "outputs/theme_assets.h"
#include "render/templates.h"
#include "theme/theme_source.h"
#include "validate/rules.h"

namespace govsite {

BuildResult build_site(const FileSystem& fs, const BuildRequest& request, OutputWriter& site_out,
                       OutputWriter* reports_out, Diagnostics& diags) {
  BuildResult result;
  std::string text, error;
  if (!fs.read_file(join_path(request.site_dir, "site.yaml"), text, error)) {
    diags.error("site.yaml", 0, 0, "no-config",
                "cannot read site.yaml (" + error + "); is " + request.site_dir + " a site folder?");
    return result;
  }
  auto config = parse_site_config(text, "site.yaml", diags);
  LoadedContent content = load_content(fs, request.site_dir, request.jobs, diags);
  const SiteModel model =
      build_site_model(std::move(content.documents), request.now, std::move(content.files));
  if (config) validate_site(model, *config, diags);
  result.counts.documents = model.docs.size();
  for (bool p : model.published) result.counts.published += p;

  // Pages are rendered even after content errors, so that one run reports every problem
  // (broken links and images are found while rendering); the caller publishes nothing
  // when there was any error. Only a broken theme stops here.
  if (config) {
    if (auto theme = find_theme(fs, request.site_dir, config->theme, diags)) {
      const size_t errors_before_theme = diags.error_count();
      const TemplateSet templates = TemplateSet::load(*theme->fs, theme->dir, theme->display, diags);
      const ThemeAssets assets = write_theme_assets(*theme->fs, theme->dir, theme->display, site_out, diags);
      if (diags.error_count() == errors_before_theme) {
        const SiteFrame frame = make_site_frame(*config, model, assets);
        DocumentPagesResult pages =
            write_document_pages(fs, request.site_dir, model, *config, frame, templates, request.jobs,
                                 site_out, diags);
        result.counts.pages_written = pages.pages_written;
        result.counts.pages_written += write_section_pages(model, *config, frame, templates, site_out, diags);
        result.rendered = true;
      }
    }
  }
  if (reports_out) write_reports(model, result.counts, *reports_out, diags);
  return result;
}

}  // namespace govsite
