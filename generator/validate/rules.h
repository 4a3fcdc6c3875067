// The build rules of SPEC §3 that look across documents. Schema rules (required keys,
// value shapes) run while loading; these run on the whole model and report every broken
// rule, never only the first.
#pragma once

#include <set>
#include <string>

#include "config/enforcement_data.h"
#include "config/site_config.h"
#include "core/diagnostics.h"
#include "model/site_model.h"

namespace govsite {

class FileSystem;

// Runs every rule below.
void validate_site(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);

// Unique ids, the 发文字号 format.
void check_identity(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// 索引号 (条例第十二条): its shape and prefix (index_prefix or an earlier one), unique, and
// present on every public document (an error from index_required_from on, and always for
// policies; a warning before).
void check_index_numbers(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// "先审查、后公开": public documents need a publication date and a complete review chain.
void check_publication(const SiteModel& m, Diagnostics& diags);
// interprets, superseded_by, result and column point at published documents and columns;
// no superseded_by cycles.
void check_references(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// 政策解读 duty: normative policies get an interpretation, in time; consultations run 30 days.
void check_interpretation_duty(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);

// 规范性文件 lifecycle: a published policy within six months of its valid_until (有效期至) is
// due for evaluation (清理评估). A warning.
void check_normative_lifecycle(const SiteModel& m, Diagnostics& diags);

// 依申请公开 request records (data/requests/): unique ids per file, 上年结转 of each year
// equal to 结转下年度 of the year before (the same requests), and a warning for each
// request answered later than 条例第三十三条 allows (request-overdue).
void check_request_records(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// Annual reports: the figures the editor typed equal the computed ones and keep the 2021
// format's 勾稽关系 (annual-report-mismatch, naming the row); `activities` are numbers.
void check_annual_reports(const SiteModel& m, Diagnostics& diags);
// 政府网站工作年度报表: each `figures` row known and of its kind, computed rows typed as the
// site counts them, the figures' relations kept (annual-web-report-mismatch), the rows ops
// must fill named (annual-web-report-unfilled); last year's report due in January
// (annual-web-report-due) and late after 31 January (annual-web-report-overdue).
void check_annual_web_reports(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// 行政执法公示: 行政许可 and 行政处罚 decisions published within 7 working days of their
// date (国办发〔2018〕118号), every decision with an end of its 公示期.
void check_enforcement(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// `power: <id>` of a published document names a 权力事项 of data/powers.yaml.
void check_power_references(const SiteModel& m, const EnforcementData& data, Diagnostics& diags);

// 附件: every attachment of a published document exists beside it, has an allowed type and
// belongs to no unpublished document; audio and video interpretations carry their media.
void check_attachments(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);

// Site health (国办秘函〔2019〕19号 inspection rules), against the build date: a special
// column with no document (空白栏目), and every column (built-in sections included) not
// updated within its tier (model/column_tiers.h). Warnings.
void check_site_health(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);
// disclosure_none (本机关无此类信息) contradicted by published documents of that category. A
// warning: the 政府信息公开 page lists the documents either way.
void check_disclosure_none(const SiteModel& m, const SiteConfig& config, Diagnostics& diags);

// A front matter key the parser never read for the document's type (a typo such as
// "pubished"), unless the theme's templates use it (`template_keys`): a warning with the
// closest known key.
void check_unknown_keys(const SiteModel& m, const std::set<std::string>& template_keys, Diagnostics& diags);

// No personal data on a public page (公示信息须脱敏): 居民身份证号码, 手机号码 and 银行卡号 in
// a published document's front matter or body (found while parsing) are errors, unless the
// document declares the number public under `public_numbers`.
void check_personal_data(const SiteModel& m, Diagnostics& diags);
// The same for the text files (csv, txt, html …) a published document lists as attachments,
// which are read here.
void check_attachment_personal_data(const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                                    Diagnostics& diags);

}  // namespace govsite
