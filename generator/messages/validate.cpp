#include "messages/tables.h"

namespace govsite {

const std::vector<MessageEntry>& validate_messages() {
  static const std::vector<MessageEntry> table = {
      // validate/publication_rules.cpp
      {"missing-key.published", "缺少必填项“published”（发布日期）：公开的文档要写明发布日期，格式如 2019-08-12",
       "missing required key \"published\" (发布日期) for a public document"},
      // validate/reference_rules.cpp: a public page points only at published documents
      {"unknown-reference", "“{1}”写的是“{2}”，但没有哪篇文档的 id 是“{2}”。请核对 id 是否写错",
       "\"{1}\": no document has the id \"{2}\""},
      {"unknown-reference.site-link", "site.yaml 的 links.{1} 写的是“{2}”，但这不是一篇已发布的文档",
       "links.{1}: \"{2}\" is not a published document"},
      {"wrong-reference-type", "“{1}”指向的“{2}”是 {3} 类文档，这里应指向 {4} 类文档",
       "\"{1}\": \"{2}\" is a {3}, expected a {4}"},
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
  };
  return table;
}

}  // namespace govsite
