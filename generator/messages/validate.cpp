#include "messages/tables.h"

namespace govsite {

namespace {

const MessageEntry kMessages[] = {
    // validate/publication_rules.cpp
    {"missing-key.published", "缺少必填项“published”（发布日期）：公开的文档要写明发布日期，格式如 2019-08-12",
     "missing required key \"published\" (发布日期) for a public document"},
    // validate/reference_rules.cpp: a public page points only at published documents
    {"valid-until-soon",
     "“{1}”的有效期到 {2} 为止，已不足六个月，应当开展清理评估：继续有效的，改写一个更晚的“valid_until”；"
     "被新文件替代的，填写“superseded_by”；到期自然失效的，可不作修改",
     "\"{1}\" is valid until {2}: it is due for evaluation (清理评估) — renew it (a later valid_until), replace it "
     "(superseded_by) or let it lapse"},
    {"unknown-reference", "“{1}”写的是“{2}”，但没有哪篇文档的 id 是“{2}”。请核对 id 是否写错",
     "\"{1}\": no document has the id \"{2}\""},
    {"unknown-reference.site-link", "site.yaml 的 links.{1} 写的是“{2}”，但这不是一篇已发布的文档",
     "links.{1}: \"{2}\" is not a published document"},
    {"wrong-reference-type", "“{1}”指向的“{2}”是 {3} 类文档，这里应指向 {4} 类文档",
     "\"{1}\": \"{2}\" is {3}, expected {4}"},
    {"unpublished-reference",
     "“{1}”指向的“{2}”（{3}）尚未发布（{4}）：公开的页面不能指向它。请等它发布后再引用，或去掉这一项",
     "\"{1}\": \"{2}\" ({3}) is not published ({4}); a public page cannot point at it"},
    {"supersession-cycle.self", "“superseded_by”不能指向文档自己", "\"superseded_by\": a policy cannot replace itself"},
    {"supersession-cycle", "“superseded_by”形成了循环：{1}。请检查哪一篇才是最新的",
     "superseded_by forms a cycle: {1}"},
    {"unknown-column", "site.yaml 里没有专题专栏“{1}”（已有：{2}）",
     "\"column\": no special column \"{1}\" in site.yaml (known: {2})"},
    {"unknown-column.none-defined", "site.yaml 里没有专题专栏“{1}”（site.yaml 还没有定义任何专栏）",
     "\"column\": no special column \"{1}\" in site.yaml (it defines none)"},
    // validate/unknown_keys.cpp
    {"unknown-key.did-you-mean", "不认识的项“{1}”，是不是“{2}”？写错的项不起作用，请改正拼写",
     "unknown key \"{1}\": did you mean \"{2}\"? A misspelt key has no effect"},
    {"unknown-key.site-yaml", "site.yaml 里不认识的项“{1}”：这里没有这一项，写了不起作用。请检查拼写，或删除这一项",
     "unknown key \"{1}\" in site.yaml: there is no such key here; check the spelling or remove it"},
    {"unknown-key", "不认识的项“{1}”：{2} 类文档没有这一项，主题模板也不用它，写了不起作用。请检查拼写，或删除这一项",
     "unknown key \"{1}\": {2} documents have no such key and the theme does not use it; check the spelling or "
     "remove it"},
    // validate/personal_data_rules.cpp
    {"personal-data",
     "{1}（{2}）将被公开：个人信息不得公开（公示信息须脱敏）。请删除或打码（如 2101**********1234、138****5678、张某）；"
     "确需公开的号码（如办公电话）请写在 public_numbers 下并说明理由",
     "a {1} ({2}) would be published: personal data may not be published (公示信息须脱敏). Remove it or mask it "
     "(2101**********1234, 138****5678, 张某); a number that is meant to be public, such as an office line, goes "
     "under public_numbers with the reason"},
    {"personal-data.attachment",
     "附件中的{1}（{2}）将随 {3} 公开：个人信息不得公开（公示信息须脱敏）。请删除或打码；"
     "确需公开的号码请在该文档的 public_numbers 下说明理由",
     "a {1} ({2}) in this attachment of {3} would be published: personal data may not be published "
     "(公示信息须脱敏). Remove it or mask it; a number that is meant to be public goes under the document's "
     "public_numbers with the reason"},
    // validate/identity_rules.cpp
    {"duplicate-id", "id“{1}”已被 {2} 使用：每篇文档的 id 都不能重复，请换一个",
     "the id \"{1}\" is already used by {2}; every document needs its own id"},
    {"bad-doc-no", "发文字号“{1}”格式不对，应写成“{2}”这样：机关代字〔年份〕序号号，年份用六角括号〔〕",
     "doc_no \"{1}\" must look like {2} (机关代字〔年份〕序号号, with 〔〕)"},
    // validate/index_number_rules.cpp
    {"missing-index-no",
     "缺少索引号（index_no）：主动公开的文档都要按索引号列入政府信息公开目录（条例第十二条）。"
     "运行“govsite assign-index”可以给每篇缺少索引号的文档编上下一个可用的号",
     "missing \"index_no\" (索引号): every public document is listed in the 政府信息公开 catalog under its 索引号 "
     "(条例第十二条); `govsite assign-index` gives each document without one the next free number"},
    {"missing-index-no.warning",
     "缺少索引号（index_no）：主动公开的文档都要按索引号列入政府信息公开目录（条例第十二条）。"
     "运行“govsite assign-index”可以给每篇缺少索引号的文档编上下一个可用的号（site.yaml 的 index_required_from "
     "日期起发布的文档，缺少索引号就是错误）",
     "missing \"index_no\" (索引号): every public document is listed in the 政府信息公开 catalog under its 索引号 "
     "(条例第十二条); `govsite assign-index` gives each document without one the next free number (an error for "
     "documents published from index_required_from on)"},
    {"bad-index-no",
     "索引号“{1}”格式不对，应写成“{2}/年份-五位序号”，如 {2}/2019-00012（组织机构代码或统一社会信用代码/年份-五位序号）",
     "index_no \"{1}\" must be {2}/YYYY-NNNNN (组织机构代码或统一社会信用代码/年份-五位序号)"},
    {"wrong-index-prefix",
     "索引号“{1}”的前缀“{2}”不是本机关的：索引号应以本机关的组织机构代码或统一社会信用代码（site.yaml 的 "
     "index_prefix）开头，代码变更前发布的索引号可以用 earlier_index_prefixes 中的前缀（可用的前缀：{3}）",
     "index_no \"{1}\" starts with \"{2}\", which is not this body's 索引号 prefix: in the 政府信息公开 catalog "
     "(条例第十二条) a 索引号 starts with the body's 组织机构代码 or 统一社会信用代码 (site.yaml index_prefix), or "
     "with one of earlier_index_prefixes for numbers published before it changed (known: {3})"},
    {"duplicate-index-no", "索引号“{1}”已被 {2} 使用：每篇文档的索引号都不能重复",
     "index_no \"{1}\" is already used by {2}"},
    // validate/interpretation_duty.cpp
    {"missing-interpretation", "规范性文件“{1}”还没有已发布的政策解读：请发布一篇政策解读，写上“interprets: {1}”",
     "normative policy \"{1}\" has no published interpretation (政策解读); add one with \"interprets: {1}\""},
    {"calendar-outdated.interpretation-deadline", "政策文件“{2}”（{3}）发布后 {1} 个工作日的期限",
     "the deadline of {1} working days after the policy \"{2}\" ({3})"},
    {"late-interpretation",
     "政策解读在政策文件“{2}”（{3}）发布 {1} 个工作日后才发布：政策文件和政策解读应同步发布（宽限 {4} 个工作日，"
     "即 {5} 前）",
     "published {1} working days after its policy \"{2}\" ({3}); policy and interpretation should go out together "
     "(同步发布, grace {4} working days: until {5})"},
    {"short-consultation", "征求意见期只有 {1} 天：征求意见期一般不少于30日",
     "the consultation is open for {1} days; public comment periods are normally at least 30 days"},
    // validate/site_health.cpp
    {"calendar-outdated.build-date", "生成日期 {1}", "the build date {1}"},
    {"empty-column",
     "专题专栏“{1}”（{2}）还没有已发布的文档：空白栏目在政府网站检查中不合格。请在栏目中发布内容，或删除这个栏目",
     "the special column \"{1}\" ({2}) has no published document: an empty column (空白栏目) fails a government "
     "site inspection; publish into it or remove it"},
    {"stale-column",
     "栏目“{1}”（{2}）最近一次更新是 {3}，距生成日期已 {4} 天：作为{5}栏目，应在 {6} 前更新（国办秘函〔2019〕19号）",
     "the section \"{1}\" ({2}) was last updated on {3}, {4} days before the build date; as a {5} column it should "
     "have been updated by {6} (国办秘函〔2019〕19号)"},
    {"stale-column.special",
     "专题专栏“{1}”（{2}）最近一次更新是 {3}，距生成日期已 {4} 天：作为{5}栏目，应在 {6} 前更新（国办秘函〔2019〕19号）",
     "the special column \"{1}\" ({2}) was last updated on {3}, {4} days before the build date; as a {5} column it "
     "should have been updated by {6} (国办秘函〔2019〕19号)"},
    {"disclosure-none-contradicted",
     "site.yaml 的 disclosure_none 写明本机关没有“{1}{2}”类信息（本机关无此类信息），但已发布的文档中有 {3} 篇属于这一类："
     "请从 disclosure_none 中删除“{4}”",
     "disclosure_none says the body has no information of {1}{2} (本机关无此类信息), but {3} published document(s) "
     "belong to it; remove \"{4}\" from disclosure_none"},
    // validate/attachment_rules.cpp (the problems themselves are model/document_files.cpp's)
    {"bad-attachment", "附件（attachments）：{1}", "attachments: {1}"},
    {"missing-media.video",
     "“form: video”（视频解读）需要在附件（attachments）中列出视频文件（.mp4）；正文作为文字实录显示",
     "\"form: video\" needs the video (.mp4) file among the attachments; the body is shown as its transcript (文字实录)"},
    {"missing-media.audio",
     "“form: audio”（音频解读）需要在附件（attachments）中列出音频文件（.mp3）；正文作为文字实录显示",
     "\"form: audio\" needs the audio (.mp3) file among the attachments; the body is shown as its transcript (文字实录)"},
    // validate/svg_safety.cpp: "the SVG file … has <what>: <fix>"
    {"unsafe-svg", "SVG 文件 {1} 有不安全的内容：{2}（该文件第{3}行）。{4}",
     "the SVG file {1} has {2} (its line {3}): {4}"},
    {"unsafe-svg.no-line", "SVG 文件 {1} 有不安全的内容：{2}。{3}", "the SVG file {1} has {2}: {3}"},
    {"unsafe-svg.runs", "在网站上打开这个文件时，浏览器会运行它。请删除它，或把图改存为 PNG 或 PDF 发布",
     "a browser runs it when the file is opened on the site's own address; remove it, or publish the drawing as PNG "
     "or PDF"},
    {"unsafe-svg.script-element", "{1} 元素", "a {1} element"},
    {"unsafe-svg.event-handler", "{2} 上的事件处理属性 {1}", "the event handler {1} on {2}"},
    {"unsafe-svg.script-address", "{3} 的 {2} 中的 {1} 地址", "a {1} address in {2} on {3}"},
    {"unsafe-svg.html", "HTML 内容（{1} 上的 XHTML 命名空间）", "HTML content (the XHTML namespace on {1})"},
    {"unsafe-svg.animation", "设置 {2} 的事件处理属性 {1}= 的动画",
     "an animation that sets the event handler {1}= on {2}"},
    {"unsafe-svg.use", "引用其他文件的 <use>（{1}“{2}”）", "a <use> of another file ({1}\"{2}\")"},
    {"unsafe-svg.use-fix", "<use> 只能引用同一个文件里的图形（href=\"#id\"），请把要引用的图形复制进来",
     "a <use> may only point into the same file (href=\"#id\"); copy the drawing in"},
    {"unsafe-svg.not-xml", "格式错误的 XML", "XML that is not well-formed"},
    {"unsafe-svg.not-xml-fix", "浏览器无法显示这张图。请用绘图软件重新保存（XML 解析器的提示：{1}）",
     "browsers show no image for it; save it again from the drawing program (the XML parser says {1})"},
    {"unsafe-svg.no-root", "没有 <svg> 根元素", "no <svg> root element"},
    {"unsafe-svg.other-root", "没有 <svg> 根元素（根元素是 <{1}>）", "no <svg> root element (it is <{1}>)"},
    {"unsafe-svg.not-svg-fix", "扩展名为 .svg 的文件必须是 SVG 图形",
     "only SVG drawings may be published with the .svg extension"},
    {"unsafe-svg.processing-instruction", "处理指令 <?{1}?>", "the processing instruction <?{1}?>"},
    {"unsafe-svg.unknown-declaration", "无法识别的声明 <!…>", "an unknown declaration <!…>"},
    {"unsafe-svg.unknown-declaration-fix", "浏览器无法显示这张图。请用绘图软件重新保存",
     "browsers show no image for it; save it again from the drawing program"},
    // validate/inspection.cpp: the report itself is Chinese; this is its diagnostic
    {"inspection-veto", "单项否决指标不合格：{1}：{2}；{3}（{4}）。详见 reports/inspection.html",
     "single-veto inspection item fails (单项否决): {1}: {2}; {3} ({4}); see reports/inspection.html"},
    // render/markdown_limits.cpp: bodies the Markdown parser would take minutes or gigabytes for
    {"markdown-too-complex.marks",
     "正文的 Markdown 标记超过 {1} 个（半角的 & < [ ] ! \\ \" ' . : * _ ~ ` 和字母 w，以及行首的“>”和列表符号；"
     "解析器要逐个保存）：请把大量数据放到附件里",
     "the text has more than {1} Markdown marks (ASCII & < [ ] ! \\ \" ' . : * _ ~ ` and the letter w, and the "
     "\">\" and list markers that start lines; the parser stores each one by one): put long data in an attachment"},
    {"markdown-too-complex.address-one",
     "这个网址或邮箱地址连续 {1} 个字节，其中有 {2} 个“)”或“@”，却没有空格：请在地址后面加一个空格",
     "this web or mail address runs on for {1} bytes with {2} \")\" or \"@\" and no space: put a space after the "
     "address"},
    {"markdown-too-complex.address",
     "这个网址或邮箱地址连续 {1} 个字节，其中有 {2} 个“)”和“@”，却没有空格：请在地址后面加一个空格",
     "this web or mail address runs on for {1} bytes with {2} \")\" and \"@\" and no space: put a space after the "
     "address"},
    {"markdown-too-complex.images",
     "图片标记“![”太多（这一段有 {1} 个），却没有对应的“]”：请把每张图片写完整，如 ![说明](文件)，或把这一段拆开",
     "too many image brackets \"![\" ({1} in this paragraph) before \"]\": close each image as ![text](file), or "
     "split the paragraph"},
    {"markdown-too-complex.html", "“<?”或“<![”太多（这一段有 {1} 个），却没有结束：请把“<”写成“&lt;”或 \\<",
     "too many \"<?\" or \"<![\" ({1} in this paragraph) without their end: write \"<\" as \"&lt;\" or \\<"},
    {"markdown-too-complex.delimiter-rows", "长段落下面有太多“---|---”这样的行：请在每个表格前空一行，或把“|”写成 \\|",
     "too many lines like \"---|---\" under long paragraphs: put a blank line before each table, or write \"|\" "
     "as \\|"},
    {"markdown-too-complex.table-columns", "这个表格有 {1} 列，最多只能有 {2} 列（过宽的表格请放到附件里）",
     "this table has {1} columns; at most {2} (put wide tables in an attachment)"},
    {"markdown-too-complex.header-cells", "这个表格的表头有 {1} 个单元格，最多只能有 {2} 个（单元格里的“|”请写成 \\|）",
     "this table header has {1} cells; at most {2} (write a \"|\" inside a cell as \\|)"},
    {"markdown-too-complex.row-cells", "这一行表格有 {1} 个单元格，最多只能有 {2} 个（单元格里的“|”请写成 \\|）",
     "this table row has {1} cells; at most {2} (write a \"|\" inside a cell as \\|)"},
    {"markdown-too-complex.table-cells",
     "正文表格的单元格总数超过 {1} 个（含解析器给较短的行补上的空单元格）：请把大表格放到附件里",
     "the tables of this text have more than {1} cells, counting the empty cells the parser adds to short rows: put "
     "large tables in an attachment"},
    {"markdown-too-complex.lines", "正文超过 {1} 行：请把长列表和表格放到附件里",
     "the text has more than {1} lines: put long lists and tables in an attachment"},
    {"markdown-too-complex.depth",
     "嵌套层次太深（这一行有 {1} 层，每个“>”、列表符号或两个空格的缩进算一层）：请减少嵌套",
     "too much text nested too deeply (this line is {1} levels deep, counting each \">\", list marker and two "
     "spaces of indentation as one): nest less deeply"},
    // render/styles.cpp: for whoever maintains the theme
    {"scss", "样式表（SCSS）错误：{1}", "SCSS: {1}"},
    {"scss.compile-error", "编译失败", "compile error"},
    {"scss.import-outside", "@import “{1}”指向了主题文件夹以外", "@import \"{1}\" leads outside the theme folder"},
    {"scss.import-symlink", "@import “{1}”要经过符号链接才能找到文件，已拒绝：请把文件复制到主题文件夹里",
     "@import \"{1}\" reaches its file through a symbolic link; refused: copy the file into the theme instead"},
    {"scss.import-missing", "找不到要导入的样式表：{1}", "cannot find the stylesheet to import: {1}"},
    {"theme.stylesheet-symlink", "主题的样式表是符号链接（或位于符号链接之后），已拒绝：请把文件复制到主题文件夹里",
     "the theme's stylesheet is a symbolic link (or lies behind one); refused: copy the file into the theme instead"},
    {"theme.stylesheet-unreadable", "无法读取主题的样式表：{1}", "cannot read the theme's stylesheet: {1}"},
    // validate/enforcement_rules.cpp: 行政执法公示
    {"bad-date.published-before-decided", "发布日期“published”（{1}）早于执法决定日期“decided”（{2}），请核对两个日期",
     "\"published\" ({1}) is before the decision's date \"decided\" ({2})"},
    {"missing-publicity",
     "{1}决定没有写公示期的截止日期：请填写“expires”，或在 site.yaml 里设置 enforcement.publicity_days.{1}",
     "a {1} decision needs an end of its 公示期: give \"expires\", or set enforcement.publicity_days.{1} in site.yaml"},
    {"calendar-outdated.enforcement-deadline", "执法决定（{1}）作出后 7 个工作日的公示期限",
     "the deadline of 7 working days after the decision ({1})"},
    {"late-enforcement",
     "{1}决定应当自作出之日（{2}）起 7 个工作日内公示（国办发〔2018〕118号），即最迟 {3}；现在的发布日期是 {4}，"
     "已是第 {5} 个工作日，请尽快发布并核对发布日期",
     "a {1} decision must be published within 7 working days of its date {2} (国办发〔2018〕118号), that is by {3}; "
     "it is published on {4}, the {5}th working day"},
    {"unknown-reference.power", "“power”填写的权力事项编号“{1}”在 {2} 里找不到，请核对编号",
     "\"power\": no 权力事项 has the id \"{1}\" in {2}"},
    // validate/annual_report_rules.cpp: 政府信息公开工作年度报告
    {"annual-report-no-requests",
     "没有 data/requests/{1}.yaml，年度报告第三、四部分的依申请公开数据都是 0：请把本年度的依申请公开办理情况登记在这个文件里"
     "（全年没有申请的，写“requests: []”）",
     "no data/requests/{1}.yaml: tables 三 and 四 show no requests; record the year's 依申请公开 requests there (or an "
     "empty `requests: []` when there were none)"},
    {"annual-report-undated",
     "{1} 已不再有效，但没有写明从何时起失效（valid_until、superseded_by 或 updated）：未计入本年废止件数和现行有效件数",
     "{1} is no longer valid, but nothing says since when (valid_until, superseded_by or updated): it is left out of "
     "本年废止件数 and 现行有效件数"},
    {"bad-value.report-activity-row",
     "“activities”里的“{1}”不是年度报告的统计行，只能是：行政许可、行政处罚、行政强制、行政事业性收费",
     "activities: unknown row \"{1}\" (known: 行政许可, 行政处罚, 行政强制, 行政事业性收费)"},
    {"bad-value.report-activity-number", "“activities”里“{1}”的数值应当是数字，现在写的是“{2}”",
     "activities: \"{1}\" must be a number, got \"{2}\""},
    {"bad-value.report-figure-cell",
     "“figures”里的“{1}”不是年度报告里的数据项：请写“行/列”，例如 行政规范性文件/本年制发件数、本年新收/自然人、予以公开/总计、"
     "行政复议/结果维持",
     "figures: \"{1}\" names no figure of the report (a row and a column, e.g. 行政规范性文件/本年制发件数, "
     "本年新收/自然人, 予以公开/总计, 行政复议/结果维持)"},
    {"bad-value.report-figure-number", "“figures”里“{1}”的数值应当是整数，现在写的是“{2}”",
     "figures: \"{1}\" must be a whole number, got \"{2}\""},
    {"annual-report-mismatch.policies", "年度报告数据“{1}”填的是 {2}，但按网站已发布的政策文件统计是 {3}，请核对",
     "figures: {1} is typed as {2}, but the site gives {3} (from the published policies)"},
    {"annual-report-mismatch.broken-documents", "（本身有错误的文档未计入统计，请先改正上方这些文档的错误）",
     " (documents with errors of their own are not counted: fix those above first)"},
    {"annual-report-mismatch.requests",
     "年度报告数据“{1}”填的是 {2}，但按 data/requests/{4}.yaml 的登记统计是 {3}，请核对",
     "figures: {1} is typed as {2}, but the site gives {3} (from data/requests/{4}.yaml)"},
    {"annual-report-mismatch.consistency", "年度报告的勾稽关系不符：{1}", "勾稽关系: {1}"},
    {"annual-report-due",
     "{1} 年政府信息公开工作年度报告应当在 {2} 前发布（条例第五十条）：可以用“govsite new annual-report --year {1}”新建",
     "the {1} annual report (政府信息公开工作年度报告) is due by {2} (条例第五十条): `govsite new annual-report --year {1}` "
     "starts it"},
    // validate/annual_web_report_rules.cpp: 政府网站工作年度报表 (国办函〔2018〕12号)
    {"bad-value.web-report-row",
     "“figures”里的“{1}”不是网站工作年度报表里的数据项：请按 README 的表格写，例如 网站总访问量、留言办理/收到留言数量、"
     "安全防护/安全检测评估次数",
     "figures: \"{1}\" names no row of the 网站工作年度报表 (see the README's table, e.g. 网站总访问量, "
     "留言办理/收到留言数量, 安全防护/安全检测评估次数)"},
    {"bad-value.web-report-site-row", "“{1}”取自 site.yaml，不在“figures”里填写：请删除这一行，需要修改时改 site.yaml",
     "figures: \"{1}\" comes from site.yaml, not from figures; remove the line (change site.yaml instead)"},
    {"bad-value.web-report-figure", "“figures”里“{1}”写的是“{2}”，应当是{3}",
     "figures: \"{1}\" is \"{2}\", expected {3}"},
    {"bad-value.kind-number", "整数（不带单位和逗号）", "a whole number (no unit, no commas)"},
    {"bad-value.kind-decimal", "数字（可以有小数，如 3.5）", "a number (a decimal like 3.5 is allowed)"},
    {"bad-value.kind-yes-no", "“是”或“否”", "是 or 否"},
    {"bad-value.kind-site-type", "政府门户网站、部门网站或专项网站", "政府门户网站, 部门网站 or 专项网站"},
    {"bad-value.kind-text", "一段文字", "some text"},
    {"annual-web-report-mismatch",
     "网站工作年度报表数据“{1}”填的是 {2}，但按网站 {4} 年发布的内容统计是 {3}：请核对（这一项可以不填，构建时自动计算）",
     "figures: {1} is typed as {2}, but the site's {4} documents give {3} (the build computes this row; it need not be typed)"},
    {"annual-web-report-unfilled",
     "{1} 年网站工作年度报表还有这些数据没有填写（在“figures”下填写，数据来自网站运维和统计）：{2}",
     "the {1} 网站工作年度报表 has rows only ops can fill that are still empty (figures): {2}"},
    {"annual-web-report-due",
     "{1} 年政府网站工作年度报表应当在 {2} 前在网站首页发布（国办函〔2018〕12号）：可以用"
     "“govsite new annual-web-report --year {1}”新建",
     "the {1} 政府网站工作年度报表 is due on the home page by {2} (国办函〔2018〕12号): "
     "`govsite new annual-web-report --year {1}` starts it"},
    {"annual-web-report-overdue",
     "{1} 年政府网站工作年度报表已超过发布期限 {3} 天（应在 {2} 前在网站首页发布，国办函〔2018〕12号）：检查时按未按要求发布"
     "年度报表扣分，请尽快发布",
     "the {1} 政府网站工作年度报表 is {3} days late (due on the home page by {2}, 国办函〔2018〕12号): a scored inspection "
     "item; publish it"},
    // validate/request_rules.cpp: 依申请公开 records (data/requests/<year>.yaml)
    {"duplicate-id.request", "申请编号 {1} 在这个文件里登记了两次，请删除重复的一条",
     "request {1} is listed twice in this file"},
    {"request-carry-over.answered-before",
     "申请 {1} 已在 {2} 办结，早于 {3} 年：不属于本年度的上年结转，请从这个文件里删除",
     "request {1} was answered on {2}, before {3}: it is not carried over into this year (上年结转); remove it from "
     "this file"},
    {"request-carry-over.not-carried",
     "申请 {1} 到 {2} 年底仍未办结（结转下年度继续办理），但 {3} 里没有登记它（上年结转政府信息公开申请数量），请补上",
     "request {1} is still open at the end of {2} (结转下年度继续办理), but {3} does not list it "
     "(上年结转政府信息公开申请数量)"},
    {"request-carry-over.answered-last-year",
     "申请 {1} 被计为上年结转政府信息公开申请数量，但 {2} 记载它已在 {3} 年办结（结转下年度继续办理），请核对",
     "request {1} is counted as 上年结转政府信息公开申请数量, but {2} has it answered in {3} (结转下年度继续办理)"},
    {"request-carry-over.not-listed-last-year",
     "申请 {1} 被计为上年结转政府信息公开申请数量，但 {2} 里没有登记它（结转下年度继续办理），请核对",
     "request {1} is counted as 上年结转政府信息公开申请数量, but {2} does not list it (结转下年度继续办理)"},
    {"calendar-outdated.request-deadline", "申请 {1} 的答复期限", "the answer deadline of request {1}"},
    {"request-overdue.answered",
     "申请 {1}（{2} 收到）于 {3} 答复，超过答复期限 {5} 共 {4} 个工作日（条例第三十三条：{6} 个工作日）",
     "request {1} (received {2}) was answered on {3}, {4} working days after its deadline {5} (条例第三十三条: {6} "
     "working days)"},
    {"request-overdue.unanswered",
     "申请 {1}（{2} 收到）至今未答复，已超过答复期限 {4} 共 {3} 个工作日（条例第三十三条：{5} 个工作日），请尽快答复",
     "request {1} (received {2}) is still unanswered, {3} working days after its deadline {4} (条例第三十三条: {5} "
     "working days)"},
};

}  // namespace

const std::vector<MessageEntry>& validate_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
