// The messages of reading the site's files: the YAML slips found before parsing, front
// matter, the document parser, loading, the values of yaml_fields, and what core says
// about a file (unreadable, placeholders, calendars). site.yaml has its own table
// (site_config.cpp), the data files theirs (site_data.cpp).
#include "messages/tables.h"

namespace govsite {

namespace {

const MessageEntry kMessages[] = {
    // yaml/yaml_precheck.cpp: the slips a Chinese input method makes, found before yaml-cpp
    // reads the text (the line and column are in the diagnostic's location)
    {"yaml-tab", "这一行用Tab键缩进了：YAML只能用空格缩进，请把Tab换成空格（同一层的键要对齐）",
     "this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces "
     "(keys of one level aligned)"},
    {"yaml-fullwidth-colon", "这里用了全角冒号“：”，请改成半角冒号加一个空格“: ”",
     "a full-width colon \"：\" here: write a half-width colon and a space \": \""},
    {"yaml-no-space", "冒号后面少了一个空格，请写成“键: 值”（半角冒号后加一个空格）",
     "no space after the colon: write \"key: value\" (a colon, then a space)"},
    {"yaml-fullwidth-space", "这里有一个全角空格“　”：缩进和冒号后面只能用半角空格，请删掉它或改成半角空格",
     "a full-width space \"　\" here: indentation and the space after a colon must be half-width "
     "spaces; delete it or type a normal space"},
    {"yaml-unclosed-list", "这里的“[”没有对应的“]”，请在列表最后补上“]”",
     "this \"[\" is never closed: add \"]\" after the last item of the list"},
    {"yaml-unclosed-mapping", "这里的“{”没有对应的“}”，请在最后补上“}”",
     "this \"{\" is never closed: add \"}\" after its last key"},
    {"yaml-quote-in-quote",
     "这个引号把外面的引号提前结束了：文字里的引号请用中文引号“”（如 关于印发“七五”普法规划的通知），"
     "或者外面改用另一种引号（文字里有 \" 就在外面用 '）",
     "this quote ends the quoted value early: write quotes inside the text as Chinese quotes “” "
     "(关于印发“七五”普法规划的通知), or quote the value with the other kind of quote"},
    {"yaml-unclosed-quote", "这里的引号没有闭合，请在文字最后补上同样的引号",
     "this quote is never closed: add the same quote after the text"},
    {"yaml-empty-list-then-items",
     "“[]”表示空列表，下面却又写了列表项：请删掉“[]”，或者删掉（或用#注释掉）下面的列表项",
     "\"[]\" is an empty list, yet list items follow it: delete the \"[]\", or delete (or comment "
     "out with #) the items below"},

    // content/front_matter.cpp
    {"no-front-matter.empty", "文件是空的：文档要以“---”行开头，在两行“---”之间写文档的各项信息",
     "the file is empty; a document starts with front matter between --- lines"},
    {"no-front-matter.no-start", "文档开头缺少“---”：第一行必须是“---”，下面接着写文档的各项信息（title、type 等）",
     "no front matter: the first line must be --- and the document's keys follow it"},
    {"no-front-matter.not-closed", "文档信息没有结束：请在最后一项信息的下一行加一行“---”，正文写在它下面",
     "front matter is not closed: add a line --- after the last key"},

    // content/document_parser.cpp
    {"too-large", "文件有 {1} MB，一篇文档的文字最多 {2} MB：大的表格和扫描件请作为附件上传",
     "the file is {1} MB; a document may have at most {2} MB of text (put large tables and scans in attachments)"},
    {"nul-byte", "文件中有空字符（NUL，在第 {1} 个字节处）：它不是文本文件，或者已经损坏",
     "the file contains a NUL byte (offset {1}); it is not a text file, or it was damaged"},
    {"not-utf8",
     "文件不是 UTF-8 编码（从第 {1} 个字节起无法识别，可能是 GBK 或 GB18030 编码）：请在记事本或 WPS 中“另存为”，"
     "编码选择“UTF-8”",
     "the file is not UTF-8 (first bad byte at offset {1}); save it as UTF-8"},
    {"unknown-type",
     "文档类型“type”写的是“{1}”，无法识别：应为 policy（政策文件）、interpretation（政策解读）、consultation（意见征集）、"
     "notice（通知公告）、service（办事服务）、progress（工作进展）、page（页面）、enforcement（行政执法决定）、"
     "inspection-plan（随机抽查事项）、inspection-result（随机抽查结果）、annual-report（政府信息公开工作年度报告）或 "
     "annual-web-report（政府网站工作年度报表）",
     "unknown type \"{1}\": expected policy, interpretation, consultation, notice, service, progress, page, "
     "enforcement, inspection-plan, inspection-result, annual-report or annual-web-report"},
    {"missing-key.web-report-year", "缺少必填项“year”：写明报表统计的年度，如 year: 2019",
     "missing required key \"year\" (the year the 网站工作年度报表 covers)"},
    {"bad-id.index", "“index”是各栏目列表页的名称，不能用作 id，请换一个",
     "id \"index\" is the name of each section's listing page; choose another id"},
    {"bad-id.too-long", "id 有 {1} 个字符，最多只能有 {2} 个（id 是页面的文件名和网址）",
     "the id is {1} characters long; an id has at most {2} (it names the page's file and URL)"},
    {"bad-id.pattern", "id“{1}”不符合要求：只能用小写英文字母、数字和连字符“-”，并以字母或数字开头",
     "id \"{1}\" must match [a-z0-9][a-z0-9-]* (lower-case letters, digits, hyphens)"},
    {"bad-id.file-name-too-long",
     "由文件名得到的 id 有 {1} 个字符，最多只能有 {2} 个（id 是页面的文件名和网址）：请加一项较短的“id:”",
     "the id given by the file name is {1} characters long; an id has at most {2} (it names the page's file and "
     "URL); add a shorter `id:` key"},
    {"bad-id.file-name",
     "文件名给出的 id“{1}”不符合要求（只能用小写英文字母、数字和连字符“-”）：请加一项“id:”，写一个符合要求的 id",
     "the file name gives the id \"{1}\", which is not [a-z0-9][a-z0-9-]*; add an `id:` key (lower-case letters, "
     "digits, hyphens)"},
    {"missing-disclosure",
     "缺少必填项“disclosure”：每篇文档都要写明公开属性（public 主动公开、on-request 依申请公开、withheld 不予公开）",
     "missing \"disclosure\": every document needs a disclosure attribute (public 主动公开, on-request 依申请公开, "
     "withheld 不予公开)"},
    {"missing-disclosure-reason", "公开属性为“disclosure: {1}”时，要写“disclosure_reason”，说明不主动公开的理由",
     "\"disclosure: {1}\" needs a \"disclosure_reason\" saying why it is not published (不予公开应说明理由)"},
    {"missing-key.interprets", "缺少必填项“interprets”：请填写本解读所解读的政策文件的 id",
     "missing required key \"interprets\" (the id of the policy this interpretation explains)"},
    {"missing-key.public-number-reason",
     "“public_numbers”中的每个号码都要写“reason”，说明它为什么可以公开（例如：办公电话、服务热线）",
     "public_numbers: each number needs a \"reason\" saying why it may be published (e.g. 办公电话, 服务热线)"},
    {"bad-date.closes-before-opens", "截止日期“closes”（{1}）早于开始日期“opens”（{2}），请检查这两个日期",
     "\"closes\" ({1}) is before \"opens\" ({2})"},
    {"bad-date.valid-until-before-effective",
     "有效期截止日期“valid_until”（{1}）早于施行日期“effective”（{2}），请核对这两个日期",
     "\"valid_until\" ({1}) is before \"effective\" ({2})"},
    {"bad-date.updated-before-published", "更新日期“updated”（{1}）早于发布日期“published”（{2}），请检查这两个日期",
     "\"updated\" ({1}) is before \"published\" ({2})"},
    {"bad-value.adopted-more", "采纳的意见数“adopted”（{1}）多于收到的意见数“received”（{2}）",
     "\"adopted\" ({1}) is more than \"received\" ({2})"},
    {"bad-value.disclosure-category",
     "“disclosure_category”写的是“{1}”，不是《条例》第二十条规定的类别，应为以下之一：{2}",
     "\"disclosure_category\": \"{1}\" is not a category of 条例第二十条 (one of {2})"},

    // content/load_documents.cpp
    {"no-content", "网站文件夹中没有“content”文件夹（文档都放在这个文件夹里）",
     "there is no content/ folder in the site folder"},
    {"unreadable", "无法读取这个文件：{1}", "cannot read the file: {1}"},
    {"changed-during-build", "生成网站期间这个文件被修改了，请重新生成",
     "the file changed while govsite was building the site; build again"},
    // yaml/yaml_fields.cpp, yaml/yaml_scalars.cpp: the front matter's and site.yaml's values
    {"yaml-syntax", "YAML 格式错误（请检查这一行的缩进、冒号和引号）：{1}", "YAML syntax error: {1}"},
    {"yaml-syntax.other", "YAML 格式错误：{1}", "YAML error: {1}"},
    {"yaml-too-deep", "内容嵌套超过了 {1} 层：文档信息只需要几层缩进，请检查缩进",
     "the YAML nests deeper than {1} levels; front matter needs only a few"},
    {"yaml-shape", "这里应为一行一项的“项: 值”，实际写成了{1}", "expected key: value lines, got {1}"},
    {"yaml-key",
     "这一行冒号前面的项名是空的，或不是普通文字：请在冒号前写上项名（英文单词，如“issuer: 测试市司法局”），"
     "项名不要写成列表或花括号",
     "a key must be plain text: write the key before the colon (e.g. \"issuer: …\")"},
    {"duplicate-key", "“{1}”写了两次，请只保留一个", "\"{1}\" is set twice; keep one"},
    {"control-character",
     "“{1}”的文字中有控制字符 {2}（从 Word 等软件复制文字时常会带进来，也可能来自“\\x01”这样的转义写法），网页和订阅无法显示它，请删除",
     "\"{1}\": the text holds the control character {2} (pasted from a word processor, or a YAML escape); pages and feeds cannot carry "
     "it, so remove it"},
    {"missing-key", "缺少必填项“{1}”（应填写{2}）", "missing required key \"{1}\" ({2})"},
    {"missing-key.empty", "“{1}”是空的，请填写", "\"{1}\" is empty"},
    {"bad-date", "“{1}”应为日期，写成“2019-08-12”的形式（年-月-日），这里写的是“{2}”",
     "\"{1}\": expected a date YYYY-MM-DD, got \"{2}\""},
    {"bad-date.date-time", "“{1}”应为日期（如“2019-08-12”）或日期加时间（如“2019-08-12 09:30”），这里写的是“{2}”",
     "\"{1}\": expected a date YYYY-MM-DD or a date and time YYYY-MM-DD HH:MM, got \"{2}\""},
    {"bad-date.write-as", "“{1}”写的是“{2}”，日期请写成 {3}（年-月-日，月和日都写两位）",
     "\"{1}\": write {3} (YYYY-MM-DD), not \"{2}\""},
    {"bad-date.no-such-day", "“{1}”写的是“{2}”，但{3}年{4}月没有{5}日（这个月只有{6}天），请核对日期",
     "\"{1}\": \"{2}\" is not a day: month {4} of {3} has {6} days"},
    {"bad-value", "“{1}”应为{2}，这里写成了{3}", "\"{1}\": expected {2}, got {3}"},
    {"bad-value.boolean", "“{1}”只能写 true（是）或 false（否），这里写的是“{2}”",
     "\"{1}\": expected true or false, got \"{2}\""},
    {"bad-value.number", "“{1}”应为 {2} 到 {3} 之间的整数，这里写的是“{4}”",
     "\"{1}\": expected a whole number from {2} to {3}, got \"{4}\""},
    {"bad-value.one-of", "“{1}”只能写以下之一：{2}，这里写的是“{3}”", "\"{1}\": expected one of {2}, got \"{3}\""},
    {"bad-value.list-of-text", "“{1}”应为文字列表（每项一行，以“- ”开头），这里写成了{2}",
     "\"{1}\": expected a list of text, got {2}"},
    {"bad-value.item-text", "“{1}”的每一项都应为文字，这一项写成了{2}", "\"{1}\": each item must be text, got {2}"},
    {"bad-value.mapping", "“{1}”下面应为一行一项的“项: 值”，这里写成了{2}",
     "\"{1}\": expected key: value lines, got {2}"},
    {"bad-value.list", "“{1}”应为列表（每项以“- ”开头），这里写成了{2}", "\"{1}\": expected a list, got {2}"},
    {"bad-value.item-mapping", "“{1}”的每一项都应为“项: 值”的形式，这一项写成了{2}",
     "\"{1}\": each item must be a {key: value} mapping, got {2}"},
    // What a value should be ({2} of "missing-key" and "bad-value") and what was written instead.
    {"bad-value.want-text", "文字", "text"},
    {"bad-value.want-date", "日期，如“2019-08-12”", "a date YYYY-MM-DD"},
    {"bad-value.want-date-time", "日期，如“2019-08-12”或“2019-08-12 09:30”", "a date YYYY-MM-DD or YYYY-MM-DD HH:MM"},
    {"bad-value.want-boolean", "true 或 false", "true or false"},
    {"bad-value.want-number", "整数", "a whole number"},
    {"bad-value.want-one-of", "以下之一：{1}", "one of {1}"},
    {"bad-value.got-list", "列表", "a list"},
    {"bad-value.got-mapping", "“项: 值”形式的内容", "a mapping"},
    {"bad-value.got-nothing", "空白", "nothing"},
    {"bad-value.got-value", "单个值", "a value"},
    // core/file_system.cpp: what keeps a file of content/ from being read
    {"unreadable.broken-link", "这个符号链接（快捷方式）指向的文件不存在", "broken symbolic link"},
    {"unreadable.link-outside", "这个符号链接指向网站文件夹以外，已拒绝：生成网站时只读取网站文件夹里的文件",
     "a symbolic link that leads outside the folder; refused, the build reads only the site"},
    {"unreadable.link-not-document", "这个符号链接指向的不是文档：请把文件本身复制到这里",
     "a symbolic link to a file that is not a document; copy the file instead"},

    // core/placeholder.cpp
    {"placeholder", "请把 govsite init 留下的占位内容 {1} 改成实际内容",
     "fill in the placeholder {1} (left by govsite init)"},

    // core/diagnostics.cpp
    {"not-utf8.file-name",
     "（这个文件名不是 UTF-8 编码，无法识别的字节显示为 \\xNN：多半是在 Windows 上打包的 zip 解压时留下的 GBK "
     "文件名，请给文件重新起名）",
     " (the file name is not UTF-8, its undecodable bytes shown as \\xNN: most likely a GBK name from a zip made on "
     "Windows; rename the file)"},
    {"too-many-diagnostics", "本文件还有 {1} 处“{2}”问题（同一类问题只列出前 {3} 处）",
     "and {1} more \"{2}\" in this file (only the first {3} of each kind are listed)"},

    // core/workday_calendar.cpp: {2} (or {1}) says what needs the year's working days
    {"calendar-outdated",
     "工作日历只有 {1} 年的节假日安排，没有 {3} 年的（用于{2}）：请在 site.yaml 的“workday_calendar”下补上"
     "《国务院办公厅关于{3}年部分节假日安排的通知》中的放假和调休日期{4}",
     "the working-day calendar holds {1}: {2} needs {3}; add the days of 国务院办公厅关于{3}年部分节假日安排的通知 under "
     "workday_calendar in site.yaml{4}"},
    {"calendar-outdated.empty",
     "工作日历中没有任何一年的节假日安排，缺少 {2} 年的（用于{1}）：请在 site.yaml 的“workday_calendar”下补上"
     "《国务院办公厅关于{2}年部分节假日安排的通知》中的放假和调休日期{3}",
     "the working-day calendar holds no year: {1} needs {2}; add the days of 国务院办公厅关于{2}年部分节假日安排的通知 "
     "under workday_calendar in site.yaml{3}"},
    {"calendar-outdated.newer-govsite", "，或者换用新版本的 govsite", ", or use a newer govsite"},
};

}  // namespace

const std::vector<MessageEntry>& content_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
