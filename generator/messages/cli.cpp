#include "messages/tables.h"

namespace govsite {

namespace {

// What the command line itself says: the usage, its errors, the summary of a build and the
// lines of bundle, new, init and assign-index. These are no diagnostics, so their keys start
// with "cli." (docs/commands.md, "Messages in Chinese and English"); the diagnostics the command line
// reports keep their codes ("build-cache").
const MessageEntry kMessages[] = {
    // cli/options.cpp: --help, and after a usage error
    {"cli.usage",
     "用法：govsite <命令> [选项]\n"
     "\n"
     "命令：\n"
     "  build  [--site 文件夹] [--out 文件夹] [--now YYYY-MM-DD] [--jobs N] [--quiet] [--json]\n"
     "         [--clean] [--timings]\n"
     "         生成网站，写入 --out 指定的文件夹（默认为网站文件夹下的 public），\n"
     "         内部报告写入网站文件夹下的 reports；再次生成时只重新生成和改写有变化的部分\n"
     "         （缓存放在输出文件夹旁边，public/ 的缓存是 .public.govsite-cache）；\n"
     "         --clean：全部重新生成到一个新文件夹；--timings：列出每个步骤的用时\n"
     "  check  [--site 文件夹] [--now YYYY-MM-DD] [--json] [--format text|json|github|gitlab]\n"
     "         [--jobs N] [--inspection]\n"
     "         按生成网站时的全部规则检查，不生成网站，只写出自查报告\n"
     "         （reports/inspection.json 和 .html，国办秘函〔2019〕19号）；\n"
     "         --inspection：有单项否决项未通过时按错误处理（退出码 1）；\n"
     "         --format github 输出 GitHub Actions 标注，--format gitlab 输出\n"
     "         GitLab 代码质量报告（build 也可以用 --format）\n"
     "  bundle [--site 文件夹] [--out 文件] [--now YYYY-MM-DD] [--jobs N] [--quiet] [--json]\n"
     "         生成网站并打成部署包（网站、gzip 压缩副本、nginx 配置、install.sh、\n"
     "         MANIFEST.sha256、含 IPv6 支持情况的 bundle.json）；\n"
     "         默认文件：网站文件夹下的 dist/<server_name>-<构建日期>.tar.gz\n"
     "  serve  [--site 文件夹] [--bind 地址] [--port N] [--drafts] [--now YYYY-MM-DD]\n"
     "         [--jobs N] [--quiet] [--timings]\n"
     "         在 http://127.0.0.1:8000/ 和 http://[::1]:8000/ 本地预览，每次修改后自动\n"
     "         重新生成；--drafts：草稿也显示，并标注“未审核”；--timings：每次重新生成后\n"
     "         列出每个步骤的用时\n"
     "  new    类型 \"标题\" [--id ID] [--folder] [--interprets 政策文件的id] [--site 文件夹]\n"
     "         [--now YYYY-MM-DD]；年度报告和年度报表：new annual-report|annual-web-report [--year 年份]\n"
     "         新建一篇文档，文件开头的各项已按要求写好（类型：policy 政策文件、\n"
     "         interpretation 政策解读、consultation 意见征集、notice 通知公告、\n"
     "         service 办事服务、progress 工作进展、page 单页、enforcement 行政执法决定、\n"
     "         inspection-plan 随机抽查事项、inspection-result 随机抽查结果、\n"
     "         annual-report 政府信息公开工作年度报告、annual-web-report 政府网站工作年度报表）；\n"
     "         标题没有英文时 id 自动编号；--folder：建成“id/index.md”，附件放在同一个文件夹里；\n"
     "         --interprets：政策解读所解读的政策文件\n"
     "  init   文件夹\n"
     "         在一个空的或新的文件夹里新建本单位网站：site.yaml、必备页面（其中的\n"
     "         【请填写：…】由 govsite check 逐一列出）、.gitignore、给编辑看的说明，\n"
     "         以及两种 CI 流水线文件\n"
     "  assign-index [--site 文件夹]\n"
     "         给每篇还没有索引号的公开文档编上下一个空闲的索引号（在文件开头加一行\n"
     "         index_no，文件的其余内容不变）\n"
     "  next-change [--site 文件夹] [--now YYYY-MM-DD] [--jobs N] [--json]\n"
     "         不做任何修改时，网站内容下一次发生变化的日期（定时发布或到期的文档、\n"
     "         意见征集开始或结束、栏目或首页超过更新期限）\n"
     "  --version, --help\n"
     "  --lang zh|en：提示信息的语言（默认中文；英文环境变量 LANG 等时为英文）\n"
     "\n"
     "退出码：0 成功（可以有警告），1 内容有错误，2 命令用法错误，\n"
     "        3 读写文件出错或程序内部错误\n",
     "usage: govsite <command> [options]\n"
     "\n"
     "commands:\n"
     "  build  [--site DIR] [--out DIR] [--now YYYY-MM-DD] [--jobs N] [--quiet] [--json]\n"
     "         [--clean] [--timings]\n"
     "         render the site into DIR (default SITE/public) and reports into SITE/reports;\n"
     "         a rebuild renders and rewrites only what changed (its cache sits beside\n"
     "         DIR: .public.govsite-cache for public/);\n"
     "         --clean renders everything into a fresh folder; --timings prints the time\n"
     "         each stage took\n"
     "  check  [--site DIR] [--now YYYY-MM-DD] [--json] [--format text|json|github|gitlab]\n"
     "         [--jobs N] [--inspection]\n"
     "         run every rule of the build; write only the inspection report\n"
     "         (SITE/reports/inspection.json and .html, 国办秘函〔2019〕19号);\n"
     "         --inspection: a failing single-veto item is an error (exit 1);\n"
     "         --format github prints GitHub Actions annotations, --format gitlab a\n"
     "         GitLab Code Quality report (build takes --format too)\n"
     "  bundle [--site DIR] [--out FILE] [--now YYYY-MM-DD] [--jobs N] [--quiet] [--json]\n"
     "         build the site and pack the deployment bundle (site, gzip copies, nginx\n"
     "         config, install.sh, MANIFEST.sha256, bundle.json with IPv6 readiness);\n"
     "         default FILE: SITE/dist/<server_name>-<build date>.tar.gz\n"
     "  serve  [--site DIR] [--bind ADDR] [--port N] [--drafts] [--now YYYY-MM-DD]\n"
     "         [--jobs N] [--quiet] [--timings]\n"
     "         preview on http://127.0.0.1:8000/ and http://[::1]:8000/, rebuilt on every\n"
     "         change; --drafts also shows drafts, marked 未审核; --timings prints the time\n"
     "         each stage of every rebuild took\n"
     "  new    TYPE \"TITLE\" [--id ID] [--folder] [--interprets POLICY-ID] [--site DIR]\n"
     "         [--now YYYY-MM-DD]; new annual-report|annual-web-report [--year YYYY]\n"
     "         write a new document with valid front matter (TYPE: policy, interpretation,\n"
     "         consultation, notice, service, progress, page, enforcement,\n"
     "         inspection-plan, inspection-result, annual-report, annual-web-report); a title\n"
     "         without Latin words gets a numbered id; --folder writes ID/index.md, a folder\n"
     "         for its attachments; --interprets names the policy an interpretation explains\n"
     "  init   DIR\n"
     "         make a new department site in DIR (which must be empty or new): site.yaml\n"
     "         and the required pages with placeholders 【请填写：…】 that govsite check\n"
     "         lists, .gitignore, a README for editors, and both CI pipeline files\n"
     "  assign-index [--site DIR]\n"
     "         give every public document without a 索引号 the next free one (adds an\n"
     "         index_no line to its front matter; the rest of the file is kept as it is)\n"
     "  next-change [--site DIR] [--now YYYY-MM-DD] [--jobs N] [--json]\n"
     "         the next date the site's output changes with no edit (a scheduled or\n"
     "         expiring document, a consultation opening or closing, a column or the\n"
     "         home page turning stale)\n"
     "  --version, --help\n"
     "  --lang zh|en: the language of the messages (default Chinese; English under an\n"
     "         English LANG, LC_ALL or LC_MESSAGES)\n"
     "\n"
     "exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors,\n"
     "            3 I/O or internal errors\n"},
    {"cli.usage-error", "govsite：{1}\n\n", "govsite: {1}\n\n"},
    {"cli.no-command", "没有给出命令", "no command given"},
    {"cli.unknown-command", "没有“{1}”这个命令", "unknown command \"{1}\""},
    {"cli.unknown-option", "“{1}”命令没有“{2}”这个选项", "\"{1}\" does not take the option \"{2}\""},
    {"cli.unknown-argument", "“{1}”命令不接受“{2}”这个参数", "\"{1}\" does not take the argument \"{2}\""},
    {"cli.needs-value", "{1} 后面要写一个值", "{1} needs a value"},
    {"cli.takes-no-value", "{1} 后面不能写值", "{1} takes no value"},
    {"cli.bad-port", "--port 要写 1 到 65535 之间的数字，现在写的是“{1}”",
     "--port expects a number from 1 to 65535, got \"{1}\""},
    {"cli.bad-lang", "--lang 要写 zh（中文）或 en（英文），现在写的是“{1}”", "--lang expects zh or en, got \"{1}\""},
    {"cli.bad-format", "--format 要写 text、json、github 或 gitlab，现在写的是“{1}”",
     "--format expects text, json, github or gitlab, got \"{1}\""},
    {"cli.bad-now", "--now 要写日期，格式如 2019-08-12，现在写的是“{1}”",
     "--now expects a date YYYY-MM-DD, got \"{1}\""},
    {"cli.bad-jobs", "--jobs 要写 1 到 256 之间的数字，现在写的是“{1}”",
     "--jobs expects a number from 1 to 256, got \"{1}\""},
    {"cli.bad-year", "--year 要写 2008 到 9999 之间的年份，如 2019，现在写的是“{1}”",
     "--year expects a year from 2008 to 9999, got \"{1}\""},
    {"cli.needs-folder", "{1} 后面要写一个文件夹", "{1} needs a folder"},
    {"cli.new-arguments",
     "new 后面要写类型和标题：govsite new policy \"关于……的通知\" [--id ID]（年度报告：govsite new annual-report "
     "[--year 年份]；网站工作年度报表：govsite new annual-web-report [--year 年份]）",
     "new takes a type and a title: govsite new policy \"关于……的通知\" [--id ID] "
     "(an annual report: govsite new annual-report [--year YYYY]; a 网站工作年度报表: govsite new annual-web-report "
     "[--year YYYY])"},
    {"cli.interprets-not-interpretation",
     "--interprets 只用于新建政策解读：govsite new interpretation \"标题\" --interprets 政策文件的id",
     "--interprets is for interpretations only: govsite new interpretation \"TITLE\" --interprets POLICY-ID"},
    {"cli.init-arguments", "init 后面要写一个文件夹：govsite init 文件夹", "init takes one folder: govsite init DIR"},

    // cli/build_summary.cpp: the summary of build and check. The counts come one by one (the
    // English says "1 error", "2 errors"), then the line that holds them.
    {"cli.documents.one", "文档 {1} 篇", "{1} document"},
    {"cli.documents", "文档 {1} 篇", "{1} documents"},
    {"cli.pages-written.one", "写入页面 {1} 个", "{1} page written"},
    {"cli.pages-written", "写入页面 {1} 个", "{1} pages written"},
    {"cli.pages-would-be-written.one", "将写入页面 {1} 个", "{1} page would be written"},
    {"cli.pages-would-be-written", "将写入页面 {1} 个", "{1} pages would be written"},
    {"cli.errors.one", "错误 {1} 个", "{1} error"},
    {"cli.errors", "错误 {1} 个", "{1} errors"},
    {"cli.warnings.one", "警告 {1} 个", "{1} warning"},
    {"cli.warnings", "警告 {1} 个", "{1} warnings"},
    {"cli.veto-items.one", "未通过的单项否决项 {1} 个", "{1} failing inspection veto item"},
    {"cli.veto-items", "未通过的单项否决项 {1} 个", "{1} failing inspection veto items"},
    {"cli.summary", "govsite {1}：{2}，已发布 {3} 篇，{4}，{5}，{6}，{7}，用时 {8} 秒{9}\n",
     "govsite {1}: {2}, {3} published, {4}, {5}, {6}, {7}, {8} s{9}\n"},
    // cli/build_summary.cpp with model/left_out.cpp: after the summary, the documents left out
    {"cli.left-out.one", "未发布的文档 {1} 篇：\n", "{1} document left out:\n"},
    {"cli.left-out", "未发布的文档 {1} 篇：\n", "{1} documents left out:\n"},
    {"cli.left-out.reason", "  {1}：{2}\n", "  {1}: {2}\n"},
    {"cli.left-out.separator", "、", ", "},
    {"cli.left-out.more", " 等 {1} 篇", " … ({1} in all)"},
    {"cli.left-out.due", "{1}（定于 {2}）", "{1} (on {2})"},
    {"cli.left-out.draft", "草稿 {1} 篇", "draft ({1})"},
    {"cli.left-out.scheduled", "未到发布日期 {1} 篇", "scheduled ({1})"},
    {"cli.left-out.review-incomplete", "审核未完成 {1} 篇", "review incomplete ({1})"},
    {"cli.left-out.no-publication-date", "没有发布日期 {1} 篇", "no publication date ({1})"},
    {"cli.left-out.not-public", "不公开 {1} 篇", "not public ({1})"},
    {"cli.left-out.expired", "已过期 {1} 篇", "expired ({1})"},
    {"cli.left-out.invalid-id", "id 无效 {1} 篇", "invalid id ({1})"},
    {"cli.unchanged", "（与上次构建相比没有变化）", " (nothing changed since the last build)"},
    {"cli.incremental.one", "（增量构建：重写文件 {1} 个，删除 {2} 个）",
     " (incremental: {1} file rewritten, {2} deleted)"},
    {"cli.incremental", "（增量构建：重写文件 {1} 个，删除 {2} 个）",
     " (incremental: {1} files rewritten, {2} deleted)"},
    {"cli.build-failed", "govsite：构建失败，网站保持上一次的内容不变\n",
     "govsite: build failed; the previous site was left as it was\n"},
    {"cli.check-failed", "govsite：检查未通过，请改正上面列出的错误\n",
     "govsite: check failed; fix the errors above\n"},
    {"cli.progress", "\r  正在生成页面 {1}/{2}…", "\r  rendering {1}/{2} pages…"},
    {"cli.source-date-epoch", "govsite：设置了 SOURCE_DATE_EPOCH，但它不是一个秒数\n",
     "govsite: SOURCE_DATE_EPOCH is set but is not a number of seconds\n"},
    {"cli.internal-error", "govsite：程序内部错误：{1}\n", "govsite: internal error: {1}\n"},
    {"cli.error", "govsite：{1}\n", "govsite: {1}\n"},
    {"cli.no-temporary-folder", "govsite：无法创建临时文件夹\n", "govsite: cannot create a temporary folder\n"},
    // The output folder is replaced on every build: what it must not be.
    {"cli.unsafe-output", "govsite：不能把网站写到 {1}：{2}，而输出文件夹每次构建都会被整个替换\n",
     "govsite: refusing to write the site to {1}: {2}, and the output folder is replaced on every build\n"},
    {"cli.unsafe-output.site-folder", "它就是网站文件夹，或者包含网站文件夹", "it is the site folder or contains it"},
    {"cli.unsafe-output.inside", "它在网站的 {1} 里面", "it is inside the site's {1}"},
    {"cli.unsafe-output.not-folder", "它已经存在，而且不是文件夹", "it exists and is not a folder"},
    {"cli.unsafe-output.not-ours", "它是一个不由 govsite 写出的文件夹（里面没有 {1}）",
     "it is a folder govsite did not write (no {1} in it)"},
    {"build-cache", "{1}；下次构建将重新生成全部页面", "{1}; the next build will render everything again"},

    // bundle
    {"cli.bundle-failed", "govsite：部署包没有生成，请改正上面列出的错误\n",
     "govsite: bundle failed; fix the errors above\n"},
    {"cli.cannot-read", "govsite：无法读取 {1}：{2}\n", "govsite: cannot read {1}: {2}\n"},
    {"cli.cannot-write", "govsite：无法写入 {1}：{2}\n", "govsite: cannot write {1}: {2}\n"},
    {"cli.bundle-written", "govsite bundle：{1}，版本 {2}，包内文件 {3} 个\n",
     "govsite bundle: {1}, release {2}, {3} files in the archive\n"},
    {"cli.ipv6-ready", "IPv6 支持情况：符合要求\n", "IPv6 readiness: ready\n"},
    {"cli.ipv6-not-ready", "IPv6 支持情况：不符合要求\n", "IPv6 readiness: NOT READY\n"},
    {"cli.ipv6-loads-from", "  从 {1} 加载资源（请确认它有 AAAA 记录）\n",
     "  loads from {1} (check its AAAA record)\n"},
    {"cli.ipv6-links-to", "  链接到 {1}\n", "  links to {1}\n"},
    {"cli.ipv6-error", "  错误：{1}\n", "  error: {1}\n"},

    // new
    {"cli.new.unknown-type",
     "govsite new：没有“{1}”这个类型，应为 policy（政策文件）、interpretation（政策解读）、consultation（意见征集）、"
     "notice（通知公告）、service（办事服务）、progress（工作进展）、page（单页）、enforcement（行政执法决定）、"
     "inspection-plan（随机抽查事项）、inspection-result（随机抽查结果）、annual-report（政府信息公开工作年度报告）或 "
     "annual-web-report（政府网站工作年度报表）\n",
     "govsite: unknown type \"{1}\": expected policy, interpretation, consultation, notice, service, progress, page, "
     "enforcement, inspection-plan, inspection-result, annual-report or annual-web-report\n"},
    {"cli.new.error", "govsite new：{1}\n", "govsite new: {1}\n"},
    {"cli.new.exists", "govsite new：{1} 已经存在，没有覆盖它\n",
     "govsite new: {1} already exists; not overwriting it\n"},
    {"cli.new.cannot-write", "govsite new：无法写入 {1}：{2}\n", "govsite new: cannot write {1}: {2}\n"},
    {"cli.new.not-a-site.here",
     "govsite new：当前文件夹不是网站文件夹（没有 site.yaml）。请在网站文件夹里运行，或用 --site 指定网站文件夹\n",
     "govsite new: this folder is no site (it has no site.yaml); run it in the site's folder or name that with "
     "--site\n"},
    {"cli.new.not-a-site",
     "govsite new：{1} 不是网站文件夹（里面没有 site.yaml）。请用 --site 指定网站文件夹（有 site.yaml 的那个）\n",
     "govsite new: {1} is no site (it has no site.yaml); name the site's folder with --site\n"},
    {"cli.new.numbered-id", "govsite new：标题里没有英文，id 自动编为 {1}（想用别的 id，可以用 --id 指定）\n",
     "govsite new: the title has no Latin words; the id is numbered {1} (choose another with --id)\n"},
    {"cli.new.attachments-here",
     "govsite new：附件放在文件夹 {1}/ 里（和 index.md 放在一起），并在 attachments 中列出（文件里有示例）\n",
     "govsite new: put the attachments in the folder {1}/ (beside index.md) and list them under attachments (the "
     "file shows how)\n"},

    // assign-index
    {"cli.assign-index.errors", "govsite assign-index：请先改正上面列出的错误；没有修改任何文件\n",
     "govsite assign-index: fix the errors above first; no file was changed\n"},
    {"cli.assign-index.cannot-read", "govsite assign-index：无法读取 {1}：{2}\n",
     "govsite assign-index: cannot read {1}: {2}\n"},
    {"cli.assign-index.no-line", "govsite assign-index：{1}：没有第 {2} 行，无法在它后面加索引号\n",
     "govsite assign-index: {1}: no line {2} to add the 索引号 after\n"},
    {"cli.assign-index.cannot-write", "govsite assign-index：无法写入 {1}：{2}\n",
     "govsite assign-index: cannot write {1}: {2}\n"},
    {"cli.assign-index.done.one", "govsite assign-index：给 {1} 篇文档编了索引号\n",
     "govsite assign-index: {1} document given a 索引号\n"},
    {"cli.assign-index.done", "govsite assign-index：给 {1} 篇文档编了索引号\n",
     "govsite assign-index: {1} documents given a 索引号\n"},

    // cli/init_command.cpp
    {"cli.init.not-empty", "govsite init：{1} 不是空文件夹；新网站要建在空的或新的文件夹里\n",
     "govsite init: {1} is not an empty folder; a new site starts in an empty or new folder\n"},
    {"cli.init.cannot-write", "govsite init：无法写入 {1}：{2}\n", "govsite init: cannot write {1}: {2}\n"},
    {"cli.init.no-sha256",
     "govsite init：无法读取当前 govsite 程序文件（没有 /proc？）；请把 {1}/.gitlab-ci.yml 和 "
     ".github/workflows/govsite.yml 中的 GOVSITE_SHA256 改为 CI 所下载的发布文件的 SHA-256\n",
     "govsite init: cannot read this govsite binary (no /proc?); set GOVSITE_SHA256 in {1}/.gitlab-ci.yml "
     "and .github/workflows/govsite.yml to the SHA-256 of the release file CI downloads\n"},
    {"cli.init.done",
     "govsite init：已在 {1} 新建网站\n"
     "  1. 把 site.yaml 和 content/pages/ 中每个【请填写：……】换成本单位的实际内容\n"
     "  2. govsite check --site {1}   列出还没有填写的每一处\n"
     "  3. govsite serve --site {1} --drafts   本地预览\n"
     "  4. 提交到本单位的代码仓库；CI 文件已写好（.gitlab-ci.yml、.github/workflows/govsite.yml）\n",
     "govsite init: a new site in {1}\n"
     "  1. 把 site.yaml 和 content/pages/ 中每个【请填写：……】换成本单位的实际内容\n"
     "  2. govsite check --site {1}   列出还没有填写的每一处\n"
     "  3. govsite serve --site {1} --drafts   本地预览\n"
     "  4. 提交到本单位的代码仓库；CI 文件已写好（.gitlab-ci.yml、.github/workflows/govsite.yml）\n"},
};

}  // namespace

const std::vector<MessageEntry>& cli_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
