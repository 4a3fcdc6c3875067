#include "messages/tables.h"

namespace govsite {

namespace {

const MessageEntry kMessages[] = {
    // render/templates.cpp, theme/theme_source.cpp, outputs/theme_assets.cpp: for whoever
    // maintains the theme
    {"template.partial-cycle", "模板的片段（partial）互相嵌套过深，可能形成了循环",
     "partials include each other too deeply (a cycle?)"},
    {"template.unknown-partial", "模板引用了不存在的片段“{1}”（没有 partials/{1}.mustache）",
     "unknown partial \"{1}\" (no partials/{1}.mustache)"},
    {"template.no-layouts", "主题没有任何页面模板（*.mustache）", "the theme has no layouts (*.mustache)"},
    {"template.no-layout", "主题缺少页面模板 {1}", "the theme has no layout {1}"},
    {"template.syntax", "模板语法错误：{1}", "template syntax: {1}"},
    {"template.render-failed", "生成页面失败：{1}", "rendering the page failed: {1}"},
    {"theme.missing", "主题“{1}”不存在（网站文件夹里没有 {2}/）",
     "the theme \"{1}\" does not exist (no {2}/ in the site folder)"},
    {"theme.unreadable", "无法读取：{1}", "cannot read: {1}"},
    {"theme-shadows-builtin",
     "网站文件夹里的 {1}/ 会代替内置主题：它和本版 govsite 的内置主题不同，以后 govsite 升级时内置主题的改进也不会生效。"
     "如不需要请删除该文件夹；如确实要用自己的主题，请把文件夹改名（例如 themes/local/），并在 site.yaml 里写 theme: local",
     "{1}/ in the site folder replaces the built-in theme: it differs from this govsite's, and later versions' "
     "improvements to the built-in theme will not reach the site. Delete the folder if it is not wanted; to keep a "
     "theme of your own, rename it (e.g. themes/local/) and set theme: local in site.yaml"},
    {"theme.incomplete-shadow.one",
     "缺少 {2} 个文件：{3}。网站文件夹里的 {1}/ 会代替内置主题，所以它必须是完整的主题；"
     "如不需要自己的主题，请删除该文件夹，govsite 会使用内置主题",
     "1 file is missing: {3}; a {1}/ in the site folder replaces the built-in theme, so it must be a whole "
     "theme. Delete the folder to use the built-in theme"},
    {"theme.incomplete-shadow",
     "缺少 {2} 个文件：{3}。网站文件夹里的 {1}/ 会代替内置主题，所以它必须是完整的主题；"
     "如不需要自己的主题，请删除该文件夹，govsite 会使用内置主题",
     "{2} files are missing: {3}; a {1}/ in the site folder replaces the built-in theme, so it must be a whole "
     "theme. Delete the folder to use the built-in theme"},
    {"theme.list-separator", "、", ", "},

    // serve/preview_server.cpp, serve/preview_site.cpp: what govsite serve says, on the
    // terminal, in the banner over the pages of a failed build, and to refused requests
    {"serve.port-in-use", "govsite serve：端口 {1} 已被占用（是否已有一个 govsite serve 在运行？）\n",
     "govsite serve: port {1} is already in use (is another govsite serve running?)\n"},
    {"serve.cannot-listen", "govsite serve：无法在 {1} 的端口 {2} 上监听\n",
     "govsite serve: cannot listen on {1} port {2}\n"},
    {"serve.watching", "govsite serve：正在监视 content/、themes/、data/ 和 site.yaml 的修改；按 Ctrl-C 停止\n",
     "govsite serve: watching content/, themes/, data/ and site.yaml; Ctrl-C to stop\n"},
    {"serve.stopped", "govsite serve：已停止\n", "govsite serve: stopped\n"},
    {"serve.rebuilt", "govsite serve：已重新生成，用时 {1} 秒（错误 {2} 个，警告 {3} 个）\n",
     "govsite serve: rebuilt in {1} s ({2} errors, {3} warnings)\n"},
    {"serve.build-failed",
     "govsite serve：构建失败，预览的仍是上一次成功构建的网站，用时 {1} 秒（错误 {2} 个，警告 {3} 个）\n",
     "govsite serve: build failed, still serving the last good site in {1} s ({2} errors, {3} warnings)\n"},
    {"serve.repeated-warnings", "（另有 {1} 个警告和上次构建时相同，不再重复显示；运行 govsite check 可以看到全部）\n",
     "({1} more warnings as after the previous build, not repeated; govsite check lists them all)\n"},
    {"serve.banner", "构建失败：下面是错误，页面仍是上一次成功构建的内容",
     "The build failed: its errors are below; the pages are those of the last good build"},
    {"serve.only-get", "govsite serve 只接受 GET 和 HEAD 请求\n", "govsite serve only answers GET and HEAD\n"},
    {"serve.no-body", "govsite serve 不接受带请求体的请求\n", "govsite serve reads no request body\n"},
    {"serve.only-localhost", "govsite serve 只回应发给本机（localhost）的请求\n",
     "govsite serve answers only requests for localhost\n"},
    {"serve.bad-path", "govsite serve：路径含有控制字符，或在网站之外\n",
     "govsite serve: a path with control characters or outside the site\n"},
    {"serve.too-many-streams", "govsite serve：打开的自动刷新连接太多\n",
     "govsite serve: too many open live-reload streams\n"},

    // publish/link_checker.cpp: a link of a generated page to a file the build did not write
    {"broken-output-link", "生成的页面 {1} 链接到“{2}”，但输出中没有这个文件（没有 {3}）：模板或主题里有失效的链接",
     "the generated page {1} links to \"{2}\", which is not in the output (no {3}); a template or the theme has a "
     "broken link"},
    {"broken-output-link.nowhere", "生成的页面 {1} 链接到“{2}”，但它在网站里指向不存在的位置：模板或主题里有失效的链接",
     "the generated page {1} links to \"{2}\", which leads nowhere in the site; a template or the theme has a "
     "broken link"},
    // publish/ipv6_readiness.cpp: printed by govsite bundle and kept in bundle.json
    {"bundle.ipv4-literal", "{1}：链接到 IPv4 地址 {2}（{3}），只有 IPv6 的访问者无法访问；请改用域名",
     "{1}: links to the IPv4 address {2} ({3}), which IPv6-only visitors cannot reach; use a host name"},
    {"bundle.plain-http", "{1}：通过不加密的 http 加载 {2}；请改用 https，或把文件放到本网站上",
     "{1}: loads {2} over plain http; use https or a copy on the site"},
    // publish/tar_archive.cpp: the step is libarchive's, for whoever reads a bug report
    {"bundle.no-utf8-locale", "系统没有 C.UTF-8 区域设置，无法把中文文件名写进部署包",
     "the C.UTF-8 locale is not available"},
    {"bundle.archive-failed", "打包出错（{1}）：{2}", "{1}: {2}"},
    // pipeline/build_site.cpp
    {"no-config", "无法读取 site.yaml（{1}）；{2} 是网站文件夹吗？",
     "cannot read site.yaml ({1}); is {2} a site folder?"},
    // publish/output_writer.cpp, staged_directory.cpp, cached_output.cpp, outputs/*: the
    // output or reports/ cannot be written
    {"io-error.read", "无法读取 {1}：{2}", "cannot read {1}: {2}"},
    {"io-error.write", "无法写入 {1}：{2}", "cannot write {1}: {2}"},
    {"io-error.create", "无法创建 {1}：{2}", "cannot create {1}: {2}"},
    {"io-error.create-folder", "无法创建文件夹 {1}：{2}", "cannot create folder {1}: {2}"},
    {"io-error.staging", "无法创建临时输出文件夹 {1}：{2}", "cannot create the staging folder {1}: {2}"},
    {"io-error.staging-exists", "无法创建临时输出文件夹 {1}：它已经存在",
     "cannot create the staging folder {1}: it exists"},
    {"io-error.replace", "无法替换 {1}：{2}", "cannot replace {1}: {2}"},
    {"io-error.delete", "无法删除 {1}：{2}", "cannot delete {1}: {2}"},
    {"io-error.outside-output", "拒绝写到输出文件夹之外：“{1}”", "refused to write outside the output folder: \"{1}\""},
    {"io-error.search-text",
     "{1} 的搜索文本既没有重新生成，也不在上一次的搜索索引里；请运行 govsite build --clean 全部重新生成",
     "the search text of {1} is neither rendered nor in the previous index; run govsite build --clean"},
    // outputs/enforcement_pages.cpp
    {"missing-file.flowchart", "无法读取 enforcement.flowchart 指定的流程图 {1}（{2}），请检查文件是否存在",
     "enforcement.flowchart: cannot read {1} ({2})"},
    // core/system_error.cpp: the system's reason for a failed file operation, in the
    // parentheses of the messages above (English: strerror's own words)
    {"errno.ENOENT", "文件或文件夹不存在", "No such file or directory"},
    {"errno.EACCES", "没有访问权限，请让管理员检查文件夹的权限", "Permission denied"},
    {"errno.EPERM", "不允许这样操作（权限不足）", "Operation not permitted"},
    {"errno.ENOSPC", "磁盘已满，请清理磁盘空间", "No space left on device"},
    {"errno.EDQUOT", "超出了磁盘配额", "Disk quota exceeded"},
    {"errno.EROFS", "磁盘是只读的，不能写入", "Read-only file system"},
    {"errno.EISDIR", "这是一个文件夹，不是文件", "Is a directory"},
    {"errno.ENOTDIR", "路径中有一段不是文件夹", "Not a directory"},
    {"errno.EEXIST", "已经存在同名的文件或文件夹", "File exists"},
    {"errno.ENOTEMPTY", "文件夹不是空的", "Directory not empty"},
    {"errno.EMFILE", "同时打开的文件太多", "Too many open files"},
    {"errno.EIO", "磁盘读写出错", "Input/output error"},
    {"errno.ENAMETOOLONG", "文件名太长", "File name too long"},
    {"errno.EXDEV", "不能在两个磁盘之间直接移动", "Invalid cross-device link"},
    {"errno.EBUSY", "文件或文件夹正在被使用", "Device or resource busy"},
    {"errno.ELOOP", "符号链接层数太多（可能链接到了自己）", "Too many levels of symbolic links"},
};

}  // namespace

const std::vector<MessageEntry>& outputs_messages() {
  static const std::vector<MessageEntry> table(std::begin(kMessages), std::end(kMessages));
  return table;
}

}  // namespace govsite
