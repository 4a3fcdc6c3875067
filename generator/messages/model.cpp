#include "messages/tables.h"

namespace govsite {

namespace {

const MessageEntry kMessages[] = {
    // model/review_chain.cpp: "先审查、后公开"
    {"review-incomplete.none",
     "缺少审核记录：公开的文档要写“review”，依次写明初审（initial）、复审（second）、批准（approved）三个环节，"
     "每个环节都要有审核人（by）和日期（date）。还在审核中的文档请先写“draft: true”",
     "no review chain: a public document needs \"review\" with the stages initial (初审), second (复审) and "
     "approved (批准), each with by and date"},
    {"review-incomplete.missing-stage", "审核记录缺少“{1}”（{2}）环节", "review: the stage \"{1}\" ({2}) is missing"},
    {"review-incomplete.order", "审核记录第{1}个环节应为“{2}”（{3}），这里写的是“{4}”；顺序是初审、复审、批准",
     "review: stage {1} must be \"{2}\" ({3}), found \"{4}\"; the order is initial, second, approved"},
    {"review-incomplete.date-backwards", "审核日期倒序：{5}日期 {2} 早于{6}日期 {4}",
     "review: the {1} date {2} is before the {3} date {4}"},
    {"review-incomplete.too-many", "审核记录只需要三个环节：初审（initial）、复审（second）、批准（approved）",
     "review: only three stages (initial, second, approved) are expected"},
    {"review-incomplete.approved-late", "批准日期 {1} 晚于发布日期 {2}：应当先审查、后公开，请先批准再发布",
     "review: approved on {1}, after the publication date {2} (先审查、后公开: approve before publishing)"},
    // model/link_resolver.cpp: links in a document's body
    {"broken-link.scheme", "链接“{1}”会被浏览器当作以“{2}:”开头的网址，而不是文件 {3}。要链接这个文件，请写成“./{1}”",
     "the link \"{1}\" is read by browsers as an address with the scheme \"{2}:\", not as the file {3}; to link the "
     "file, write \"./{1}\""},
    {"broken-link.outside-content", "链接“{1}”指向了 content/ 文件夹以外", "the link \"{1}\" leads outside content/"},
    {"broken-link.not-a-document", "链接“{1}”指向的 {2} 不是一篇文档",
     "the link \"{1}\" points at {2}, which is not a document"},
    {"broken-link.no-document", "链接“{1}”找不到文档：没有哪篇文档的 id 是“{2}”。请核对 id 是否写错",
     "the link \"{1}\" names no document: no document has the id \"{2}\""},
    {"broken-link.unpublished",
     "链接“{1}”指向的 {2} 尚未发布（{3}）：公开的页面不能链接它。请等它发布后再链接，或去掉这个链接",
     "the link \"{1}\" points at {2}, which is not published ({3}); a public page cannot link to it"},
    // model/link_resolver.cpp: a page's address written where an id belongs (link-by-address);
    // {2} is the id the address names, or in the "-unknown" ones this document's own id
    {"link-by-address.root",
     "链接“{1}”以“/”开头：以“/”开头的链接在网站放在子目录下时会失效。它指向的是 id 为“{2}”的文档，请改成 [标题]({2})",
     "the link \"{1}\" starts with \"/\", which breaks when the site is served under a sub-path; it names the "
     "document \"{2}\": write [title]({2})"},
    {"link-by-address.root-unknown",
     "链接“{1}”以“/”开头：以“/”开头的链接在网站放在子目录下时会失效。请用文档的 id 链接，例如本篇的 id 是“{2}”，"
     "链接它就写 [标题]({2})；附件和图片请和文档放在同一个文件夹，用文件名链接",
     "the link \"{1}\" starts with \"/\", which breaks when the site is served under a sub-path; link a document "
     "by its id, e.g. [title]({2}) (this document's id), and an attachment or image by its file name beside the "
     "document"},
    {"link-by-address.relative",
     "链接“{1}”写的是网页地址，网页地址会随网站放的位置和栏目变化。它指向的是 id 为“{2}”的文档，请改成 [标题]({2})",
     "the link \"{1}\" is a page's address, which changes with where the site is served and how it is laid out; it "
     "names the document \"{2}\": write [title]({2})"},
    {"link-by-address.relative-unknown",
     "链接“{1}”写的是网页地址，不是文档的 id：网页地址会随网站放的位置和栏目变化。请用文档的 id 链接，例如本篇的 id "
     "是“{2}”，链接它就写 [标题]({2})；以“/”开头的链接在网站放在子目录下时也会失效",
     "the link \"{1}\" is a page's address, not a document's id, and changes with where the site is served and how "
     "it is laid out; link a document by its id, e.g. [title]({2}) (this document's id)"},
    // model/site_model.cpp, link_resolver.cpp and validate/reference_rules.cpp: a reference to a
    // document whose own file has an error (a follow-on, printed after that error)
    {"broken-reference-target.cause", "「{1}」本身有错误（见上方 {2} 第{3}行）",
     "\"{1}\" has errors of its own (see {2}:{3} above)"},
    {"broken-reference-target.cause-file", "「{1}」本身有错误（见上方 {2}）",
     "\"{1}\" has errors of its own (see {2} above)"},
    {"broken-reference-target.link", "链接“{1}”：{2}，改正后这里的链接会自动恢复",
     "the link \"{1}\": {2}; once they are fixed the link works again"},
    {"broken-reference-target", "“{1}”：{2}，改正后这里的引用会自动恢复",
     "\"{1}\": {2}; once they are fixed this reference works again"},
    {"broken-reference-target.site-link", "site.yaml 的 links.{1}：{2}，改正后这里会自动恢复",
     "links.{1}: {2}; once they are fixed this link works again"},
    // model/document_files.cpp: files beside a document (images, 附件), linked from the body
    // (broken-link) or listed in "attachments" (bad-attachment, which adds its own prefix)
    {"bad-file-name.backslash", "文件名“{1}”含有反斜杠“\\”，浏览器会把它当作“/”。请给文件改名；如果是子文件夹，请写“/”",
     "the file name \"{1}\" holds a backslash, which browsers read as '/'; rename the file, or write '/' for a "
     "subfolder"},
    {"bad-file-name.control-character", "文件名“{1}”含有控制字符（换行、Tab 等），请给文件改名，去掉这些字符",
     "the file name \"{1}\" holds a control character (a line break, a tab, …); rename the file without it"},
    {"broken-link.file-outside-folder", "文件“{1}”不在文档所在的文件夹（{2}/）里：附件和图片请和文档放在同一个文件夹",
     "the file \"{1}\" is outside the document's folder ({2}/); keep attachments and images beside the document"},
    {"broken-link.file-missing", "文件“{1}”不存在（查找的是 {2}）。请核对文件名，或把文件放到这个位置",
     "the file \"{1}\" does not exist (looked for {2})"},
    {"broken-link.file-unpublished-owner", "文件“{1}”属于尚未发布的 {2}，它的文件也不能公开",
     "the file \"{1}\" belongs to {2}, which is not published; its files may not be published either"},
    {"broken-link.file-type", "网站不允许发布“{1}”这种类型的文件（允许的类型：{2}；见 site.yaml 的 attachment_types）",
     "the file type of \"{1}\" is not allowed on the site (allowed: {2}; see attachment_types in site.yaml)"},
    // model/site_model.cpp: why a document stays out of the site, in messages, in
    // reports/build.json ("reason", beside the stable "reason_code") and reports/ledger.csv
    {"left-out.invalid-id", "id 无效", "invalid id"},
    {"left-out.draft", "草稿", "draft"},
    {"left-out.no-disclosure", "未写公开属性", "not public (no disclosure attribute)"},
    {"left-out.on-request", "依申请公开", "not public (on-request)"},
    {"left-out.withheld", "不予公开", "not public (withheld)"},
    {"left-out.no-publication-date", "没有发布日期", "no publication date"},
    {"left-out.review-incomplete", "审核未完成", "review incomplete"},
    {"left-out.has-errors", "本身有错误", "has errors of its own"},
    {"left-out.scheduled", "未到发布日期（定于 {1} 发布）", "scheduled for {1}"},
    {"left-out.expired", "已过有效期（{1} 到期，已撤下）", "withdrawn: expired on {1}"},
    // model/scaffold.cpp: govsite new
    {"new.bad-id", "id“{1}”不符合要求：只能用小写英文字母、数字和连字符“-”，并以字母或数字开头",
     "the id \"{1}\" must match [a-z0-9][a-z0-9-]* (lower-case letters, digits, hyphens)"},
    {"new.reserved-id", "“{1}”是保留的名称（各栏目列表页的名称），不能用作 id，请换一个",
     "\"{1}\" is reserved (the name of each section's listing page) and cannot be an id; choose another"},
    {"new.id-too-long", "id 有 {1} 个字符，最多只能有 {2} 个（id 是页面的文件名和网址），请换一个短一些的",
     "the id is {1} characters long; an id has at most {2} (it names the page's file and URL)"},
    {"new.duplicate-id", "id“{1}”已被 {2} 使用，请换一个", "the id \"{1}\" is already used by {2}"},
    // --interprets names no policy: {2} is what to do (similar ids, or where ids are written)
    {"new.interprets-unknown", "--interprets：网站里没有 id 为“{1}”的政策文件（草稿也查过了）{2}",
     "--interprets: the site has no policy with the id \"{1}\" (drafts included){2}"},
    {"new.interprets-similar", "。是不是：{1}？", "; did you mean {1}?"},
    {"new.interprets-how", "。政策文件的 id 写在那篇文件开头的“id:”一行",
     "; a policy's id is the `id:` line at the top of its file"},
    {"new.id-separator", "、", ", "},
    {"new.quoted-id", "“{1}”", "\"{1}\""},
    {"new.interprets-not-policy", "--interprets：“{1}”是一篇{2}（type: {3}），不是政策文件；政策解读只能解读政策文件",
     "--interprets: \"{1}\" is a {3} ({2}), not a policy; an interpretation explains a policy"},
    // model/schedule.cpp: govsite next-change
    {"next-change.publish", "发布“{1}”", "publishes \"{1}\""},
    {"next-change.withdraw", "撤下“{1}”（{2} 到期）", "withdraws \"{1}\" (expired on {2})"},
    {"next-change.consultation-opens", "开始征求意见：“{1}”", "opens the consultation \"{1}\""},
    {"next-change.consultation-closes", "征求意见结束：“{1}”", "closes the consultation \"{1}\""},
    {"next-change.take-effect", "“{1}”开始施行（施行日期 {2}）", "\"{1}\" takes effect (施行日期 {2})"},
    {"next-change.lapse", "“{1}”失效（有效期至 {2}）", "\"{1}\" lapses (失效: valid until {2})"},
    {"next-change.annual-report-overdue",
     "{1} 年政府信息公开工作年度报告超过发布期限（应在 {2} 前发布，条例第五十条）：属于一票否决的检查项",
     "the {1} annual report (政府信息公开工作年度报告) becomes overdue (due {2}, 条例第五十条): a single-veto inspection item"},
    {"next-change.annual-web-report-overdue",
     "{1} 年政府网站工作年度报表超过发布期限（应在 {2} 前在网站首页发布，国办函〔2018〕12号）：检查时扣分",
     "the {1} 政府网站工作年度报表 becomes overdue (due on the home page by {2}, 国办函〔2018〕12号): a scored "
     "inspection item"},
    {"next-change.column-stale", "栏目“{1}”将超期未更新（{2}；最近更新 {3}）",
     "the section \"{1}\" becomes stale ({2}; last updated {3})"},
    {"next-change.special-column-stale", "专题专栏“{1}”将超期未更新（{2}；最近更新 {3}）",
     "the special column \"{1}\" becomes stale ({2}; last updated {3})"},
    {"next-change.home-stale", "首页将超期未更新：2周内没有新内容，这是单项否决指标（最近更新 {1}）",
     "the home page (首页) becomes stale, a single-veto inspection item: nothing new on it for 2 weeks (last "
     "updated {1})"},
    // model/annual_web_report.cpp: relations between the 网站工作年度报表's figures
    {"annual-web-report-mismatch.sum", "网站工作年度报表的“{1}”是 {2}，但“{3}”加“{4}”是 {5}",
     "网站工作年度报表: {1} is {2}, but {3} + {4} is {5}"},
    {"annual-web-report-mismatch.part", "网站工作年度报表的“{1}”（{2}）不能多于“{3}”（{4}）",
     "网站工作年度报表: {1} ({2}) cannot exceed {3} ({4})"},
    // model/annual_report.cpp: 勾稽关系 of the annual report's tables
    {"annual-report-mismatch.row-total", "第三部分“{1}”一行：总计是 {2}，但各类申请人加起来是 {3}",
     "table 三, row \"{1}\": 总计 is {2}, but its applicant columns add up to {3}"},
    {"annual-report-mismatch.results-total",
     "第三部分“（七）总计”一行的“{1}”列：总计是 {2}，但上面各项办理结果加起来是 {3}",
     "table 三, row \"（七）总计\", column {1}: {2}, but the results above it add up to {3}"},
    {"annual-report-mismatch.in-out", "第三部分“{1}”列：本年新收 + 上年结转 = {2}，但办理结果总计 + 结转下年度 = {3}",
     "table 三, column {1}: 本年新收 + 上年结转 = {2}, but 办理结果总计 + 结转下年度 = {3}"},
    {"annual-report-mismatch.appeal-total", "第四部分“{1}”：总计是 {2}，但各项结果加起来是 {3}",
     "table 四, {1}: {2}, but its results add up to {3}"},
};

}  // namespace

const std::vector<MessageEntry>& model_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
