#include "messages/tables.h"

namespace govsite {

const std::vector<MessageEntry>& outputs_messages() {
  static const std::vector<MessageEntry> table = {
      // render/templates.cpp, theme/theme_source.cpp, outputs/theme_assets.cpp: for whoever
      // maintains the theme
      {"template.partial-cycle", "模板的片段（partial）互相嵌套过深，可能形成了循环",
       "partials include each other too deeply (a cycle?)"},
      {"template.unknown-partial", "模板引用了不存在的片段“{1}”（没有 partials/{1}.mustache）",
       "unknown partial \"{1}\" (no partials/{1}.mustache)"},
      {"template.no-layouts", "主题没有任何页面模板（*.mustache）", "the theme has no layouts (*.mustache)"},
      {"template.syntax", "模板语法错误：{1}", "template syntax: {1}"},
      {"template.render-failed", "生成页面失败：{1}", "rendering the page failed: {1}"},
      {"theme.missing", "主题“{1}”不存在（网站文件夹里没有 {2}/）",
       "the theme \"{1}\" does not exist (no {2}/ in the site folder)"},
      {"theme.unreadable", "无法读取：{1}", "cannot read: {1}"},
  };
  return table;
}

}  // namespace govsite
