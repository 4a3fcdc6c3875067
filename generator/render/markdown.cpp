#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>

#include "core/utf8.h"

namespace govsite {

namespace {

struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

// No CMARK_OPT_UNSAFE. No CMARK_OPT_VALIDATE_UTF8 either: every text given here is a
// document's body, and its file was checked whole before (readable_text: UTF-8, no NUL
// byte; parse_document checks a file it parses, content/load_documents.cpp one it reads
// again for a parse the build cache kept). On such text cmark's second pass changes nothing.
constexpr int kOptions = CMARK_OPT_DEFAULT;

// The last character of the inline content before `node`, and the first after it, looking
// into neighbouring text, code and emphasis nodes.
char32_t edge_char(cmark_node* node, bool before) {
  while (node) {
    cmark_node_type t = cmark_node_get_type(node);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
      const char* lit = cmark_node_get_literal(node);
      std::string_view s = lit ? lit : "";
      if (s.empty()) {
        node = before ? cmark_node_previous(node) : cmark_node_next(node);
        continue;
      }
      if (before) return last_code_point(s, s.size());
      size_t i = 0;
      return next_code_point(s, i);
    }
    cmark_node* inner = before ? cmark_node_last_child(node) : cmark_node_first_child(node);
    if (!inner) return 0;
    node = inner;
  }
  return 0;
}

void append_literal(std::string& out, cmark_node* node) {
  const char* lit = cmark_node_get_literal(node);
  if (lit) out += lit;
}

void ensure_extensions_registered() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

}  // namespace

RenderedMarkdown render_markdown(std::string_view markdown, const LinkRewriter& rewrite) {
  RenderedMarkdown out;
  if ((out.too_complex = find_markdown_too_complex(markdown))) return out;
  ensure_extensions_registered();
  std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(kOptions));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter"})
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  std::unique_ptr<cmark_node, NodeDeleter> doc(cmark_parser_finish(parser.get()));

  std::vector<cmark_node*> cjk_breaks;
  std::optional<CharacterColumns> columns;  // made at the first link
  {
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(doc.get()));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      cmark_node_type type = cmark_node_get_type(node);
      if (ev == CMARK_EVENT_EXIT) {
        if ((type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) && !out.plain_text.empty() &&
            out.plain_text.back() != '\n')
          out.plain_text += '\n';
        continue;
      }
      switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE: append_literal(out.plain_text, node); break;
        case CMARK_NODE_SOFTBREAK: {
          // 中文换行不加空格: a break between two CJK characters joins them directly.
          if (is_cjk(edge_char(cmark_node_previous(node), true)) && is_cjk(edge_char(cmark_node_next(node), false)))
            cjk_breaks.push_back(node);
          else out.plain_text += ' ';
          break;
        }
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE: {
          const char* url = cmark_node_get_url(node);
          // cmark-gfm counts columns in bytes; diagnostics count characters.
          if (!columns) columns.emplace(markdown);
          const int line = cmark_node_get_start_line(node);
          MarkdownLink link{url ? url : "", line, columns->column(line, cmark_node_get_start_column(node)),
                            type == CMARK_NODE_IMAGE};
          if (rewrite) {
            if (auto replacement = rewrite(link)) cmark_node_set_url(node, replacement->c_str());
          }
          out.links.push_back(std::move(link));
          break;
        }
        default: break;
      }
    }
  }
  for (cmark_node* br : cjk_breaks) {
    cmark_node_unlink(br);
    cmark_node_free(br);
  }
  if (!out.plain_text.empty() && out.plain_text.back() == '\n') out.plain_text.pop_back();

  char* html = cmark_render_html(doc.get(), kOptions, cmark_parser_get_syntax_extensions(parser.get()));
  out.html = html;
  std::free(html);
  return out;
}

}  // namespace govsite
