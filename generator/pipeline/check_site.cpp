#include "pipeline/check_site.h"

#include <filesystem>

#include "outputs/inspection_report.h"
#include "publish/output_writer.h"

namespace govsite {

BuildResult check_site(const FileSystem& fs, const BuildRequest& request, const std::string& reports_dir,
                       Diagnostics& diags) {
  MemoryWriter discard(false);
  BuildResult result = build_site(fs, request, discard, nullptr, diags);
  if (result.inspection && result.site && result.site->config) {
    std::error_code ec;
    std::filesystem::create_directories(reports_dir, ec);
    DirectoryWriter reports(reports_dir);
    write_inspection_report(*result.inspection, *result.site->config, reports, diags);
    std::string error;
    if (!reports.finish(error)) diags.error("reports/", 0, 0, "io-error", error);
  }
  return result;
}

}  // namespace govsite
