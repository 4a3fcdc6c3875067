// Fuzz target: a whole build of a tiny in-memory site whose documents come from the input
// (split at lines "=====" into up to 4 files), through every stage to the output writer.
// Whatever the input: no crash, and a withheld document's text never reaches the output.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/virtual_file_system.h"
#include "pipeline/build_site.h"
#include "theme/embedded_theme.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  if (input.find("SECRET-CANARY") != std::string::npos) return 0;  // the fuzzer may learn the canary
  govsite::VirtualFileSystem fs;
  fs.add("site/site.yaml",
         "title: 测试\nbase_url: https://x.gov.cn/\norganization: 测试局\nsite_code: \"1234567890\"\n"
         "icp: 测ICP备1号\npsb: 测公网安备1号\ncolumns:\n  - {id: c, title: 专栏, kind: news}\n"
         "index_prefix: \"000014349\"\nconac_url: https://bszs.conac.cn/sitename?method=show&id=1\n"
         "interaction:\n  - {title: 局长信箱, url: \"https://x.gov.cn/hdjl/\"}\n");
  for (const auto& f : govsite::embedded_default_theme()) fs.add("site/themes/default/" + f.path, std::string(f.bytes));
  fs.add("site/content/secret.md",
         "---\ntitle: 内部\ntype: policy\ndisclosure: withheld\ndisclosure_reason: 涉密\n---\nSECRET-CANARY-7431\n");
  size_t start = 0;
  for (int n = 0; n < 4 && start <= input.size(); ++n) {
    size_t end = input.find("\n=====\n", start);
    if (end == std::string::npos) end = input.size();
    fs.add("site/content/d" + std::to_string(n) + ".md", input.substr(start, end - start));
    start = end + 7;
  }
  govsite::BuildRequest request;
  request.site_dir = "site";
  request.now = govsite::Date{2020, 1, 1};
  govsite::MemoryWriter out, reports;
  govsite::Diagnostics diags;
  govsite::build_site(fs, request, out, &reports, diags);
  for (const auto& [path, bytes] : out.files())
    if (bytes.find("SECRET-CANARY-7431") != std::string::npos) __builtin_trap();
  return 0;
}
