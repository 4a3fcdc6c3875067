#include "outputs/inspection_report.h"

#include "core/html_escape.h"
#include "core/json_writer.h"

namespace govsite {

namespace {

const char* result_name(const InspectionItem& item) {
  if (!item.applies) return "not-applicable";
  return item.failing ? "fail" : "pass";
}

const char* result_label(const InspectionItem& item) {
  if (!item.applies) return "不适用";
  if (!item.failing) return "合格";
  return item.veto ? "不合格（单项否决）" : "需整改";
}

// No script, no external file: the report opens from disk, and only this inline style
// (reports/ is never served with the site's Content-Security-Policy).
const char* const kStyle =
    "body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",\"WenQuanYi Micro Hei\",sans-serif;"
    "line-height:1.6;color:#1a1a1a;background:#fff;margin:0 auto;max-width:72rem;padding:1rem}"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #767676;padding:.3rem .5rem;"
    "text-align:left;vertical-align:top}th{background:#f0f0f0}.fail{color:#a50000;font-weight:bold}"
    ".pass{color:#0b6b1f;font-weight:bold}.na{color:#444}tr.row-fail td{background:#fdecec}"
    "section{border-top:2px solid #ccc;margin-top:1.5rem}dt{font-weight:bold}dd{margin:0 0 .4rem 1.5rem}";

std::string result_class(const InspectionItem& item) {
  if (!item.applies) return "na";
  return item.failing ? "fail" : "pass";
}

}  // namespace

std::string inspection_json(const InspectionReport& r, const SiteConfig& config) {
  JsonWriter w;
  w.begin_object();
  w.key("generator").string(std::string("govsite ") + GOVSITE_VERSION);
  w.key("site").string(config.title);
  w.key("date").string(r.date.str());
  w.key("rules").string(kInspectionSource);
  w.key("veto_items_failing").number(static_cast<int64_t>(r.veto_failures()));
  w.key("items").begin_array();
  for (const InspectionItem& item : r.items) {
    w.begin_object();
    w.key("id").string(item.id);
    w.key("title").string(item.title);
    w.key("veto").boolean(item.veto);
    w.key("result").string(result_name(item));
    w.key("value").number(item.value);
    w.key("threshold").number(item.threshold);
    w.key("unit").string(item.unit);
    w.key("figures").string(item.measure);
    w.key("margin").string(item.margin);
    w.key("rule").string(item.rule);
    w.key("source").string(item.source);
    if (!item.columns.empty()) {
      w.key("columns").begin_array();
      for (const auto& c : item.columns) w.string(c);
      w.end_array();
      w.key("rows").begin_array();
      for (size_t i = 0; i < item.rows.size(); ++i) {
        w.begin_object();
        w.key("failing").boolean(item.row_failing[i]);
        w.key("cells").begin_array();
        for (const auto& cell : item.rows[i]) w.string(cell);
        w.end_array();
        w.end_object();
      }
      w.end_array();
    }
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return w.str() + "\n";
}

std::string inspection_html(const InspectionReport& r, const SiteConfig& config) {
  const size_t vetoes = r.veto_failures();
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
       "<meta name=\"robots\" content=\"noindex\">\n<title>网站自查报告 - " +
       escape_html(config.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n<main>\n";
  h += "<h1>" + escape_html(config.title) + " 网站自查报告</h1>\n";
  h += "<p>检查日期（监测时间点）：" + r.date.str() + "。依据：" + escape_html(kInspectionSource) +
       "。本报告由 govsite 在构建时生成，只包含构建能看到的指标；站点可访问性、错别字、互动回应等仍须人工检查。</p>\n";
  h += "<p class=\"" + std::string(vetoes ? "fail" : "pass") + "\">" +
       (vetoes ? "单项否决指标不合格 " + std::to_string(vetoes) + " 项：按检查指标，网站将被判定为不合格。"
               : std::string("单项否决指标全部合格。")) +
       "</p>\n";
  h += "<table>\n<caption>指标一览</caption>\n<thead><tr><th scope=\"col\">指标</th><th scope=\"col\">类别</th>"
       "<th scope=\"col\">结果</th><th scope=\"col\">距不合格</th></tr></thead>\n<tbody>\n";
  for (const InspectionItem& item : r.items)
    h += "<tr><th scope=\"row\"><a href=\"#" + item.id + "\">" + escape_html(item.title) + "</a></th><td>" +
         (item.veto ? "单项否决" : "扣分") + "</td><td class=\"" + result_class(item) + "\">" + result_label(item) +
         "</td><td>" + escape_html(item.margin) + "</td></tr>\n";
  h += "</tbody>\n</table>\n";
  for (const InspectionItem& item : r.items) {
    h += "<section id=\"" + item.id + "\" aria-labelledby=\"" + item.id + "-title\">\n<h2 id=\"" + item.id +
         "-title\">" + escape_html(item.title) + "</h2>\n<dl>\n";
    h += "<dt>结果</dt><dd class=\"" + result_class(item) + "\">" + result_label(item) + "</dd>\n";
    h += "<dt>数据</dt><dd>" + escape_html(item.measure) + "</dd>\n";
    h += "<dt>距不合格</dt><dd>" + escape_html(item.margin) + "</dd>\n";
    h += "<dt>要求</dt><dd>" + escape_html(item.rule) + "</dd>\n";
    h += "<dt>依据</dt><dd>" + escape_html(item.source) + "</dd>\n</dl>\n";
    if (!item.rows.empty()) {
      h += "<table>\n<caption>" + escape_html(item.title) + "明细</caption>\n<thead><tr>";
      for (const auto& c : item.columns) h += "<th scope=\"col\">" + escape_html(c) + "</th>";
      h += "</tr></thead>\n<tbody>\n";
      for (size_t i = 0; i < item.rows.size(); ++i) {
        h += item.row_failing[i] ? "<tr class=\"row-fail\">" : "<tr>";
        for (size_t k = 0; k < item.rows[i].size(); ++k)
          h += k == 0 ? "<th scope=\"row\">" + escape_html(item.rows[i][k]) + "</th>"
                      : "<td>" + escape_html(item.rows[i][k]) + "</td>";
        h += "</tr>\n";
      }
      h += "</tbody>\n</table>\n";
    }
    h += "</section>\n";
  }
  h += "</main>\n</body>\n</html>\n";
  return h;
}

void write_inspection_report(const InspectionReport& r, const SiteConfig& config, OutputWriter& out,
                             Diagnostics& diags) {
  std::string error;
  if (!out.write("inspection.json", inspection_json(r, config), error))
    diags.error("reports/inspection.json", 0, 0, "io-error", error);
  if (!out.write("inspection.html", inspection_html(r, config), error))
    diags.error("reports/inspection.html", 0, 0, "io-error", error);
}

}  // namespace govsite
