#include "messages/tables.h"

namespace govsite {

// yaml/yaml_error_text.cpp: yaml-cpp's reasons, said as what to change. They follow
// "YAML 格式错误（请检查这一行的缩进、冒号和引号）：" at the line and column yaml-cpp gives.
// In English yaml-cpp's own words are shown; the English column names the reasons.
const std::vector<MessageEntry>& yaml_messages() {
  static const std::vector<MessageEntry> table = {
      {"yaml-syntax.end-of-map", "这一层的“键: 值”没有正常结束，多半是这一行和上一行缩进不齐，或者值里的引号没有配对",
       "end of map not found"},
      {"yaml-syntax.end-of-map-flow", "花括号“{ }”没有配对：少了“}”，或者值里的逗号、冒号需要给整个值加引号",
       "end of map flow not found"},
      {"yaml-syntax.end-of-seq", "以“- ”开头的列表没有正常结束，多半是列表各行缩进不齐", "end of sequence not found"},
      {"yaml-syntax.end-of-seq-flow", "方括号“[ ]”没有配对：少了“]”，或者值里的逗号需要给整个值加引号",
       "end of sequence flow not found"},
      {"yaml-syntax.tab", "缩进里有Tab键，YAML只能用空格缩进，请把Tab换成空格",
       "illegal tab when looking for indentation"},
      {"yaml-syntax.unknown-token", "这里有一个YAML不认识的符号，给整个值加上引号通常就能解决", "unknown token"},
      {"yaml-syntax.eof-in-scalar", "引号没有配对：到文件末尾引号还没有结束，请在文字最后补上同样的引号",
       "illegal EOF in scalar"},
      {"yaml-syntax.char-in-scalar", "值里有不能直接写的字符，请给整个值加上引号", "illegal character in scalar"},
      {"yaml-syntax.doc-in-scalar", "值里有单独一行的“---”或“...”，请给整个值加上引号",
       "illegal document indicator in scalar"},
      {"yaml-syntax.flow-end", "这里多了一个“]”或“}”，请删掉它，或者给整个值加上引号", "illegal flow end"},
      {"yaml-syntax.block-entry", "以“- ”开头的列表项放错了位置：列表项要写在“键:”的下一行，并且比键多缩进",
       "illegal block entry"},
      {"yaml-syntax.map-key", "这里不能开始一个新的“键”，请检查这一行的缩进和冒号", "illegal map key"},
      {"yaml-syntax.map-value", "这里不能写“: 值”：值里有冒号时，请给整个值加上引号", "illegal map value"},
      {"yaml-syntax.star", "以“*”开头的值在YAML里另有用途，请给整个值加上引号", "alias (*) error"},
      {"yaml-syntax.ampersand", "以“&”开头的值在YAML里另有用途，请给整个值加上引号", "anchor (&) error"},
      {"yaml-syntax.marks", "以“!”“&”“*”开头的值在YAML里另有用途，请给整个值加上引号",
       "more than one tag, anchor or alias"},
      {"yaml-syntax.block-scalar", "“|”或“>”下面的多行文字缩进不对：每一行都要比键多缩进，并且缩进相同",
       "bad block scalar"},
      {"yaml-syntax.escape",
       "双引号里的反斜杠“\\”后面跟了不认识的字符：要写反斜杠本身请写两个“\\\\”，或者改用单引号把整个值括起来",
       "unknown escape in a double-quoted value"},
  };
  return table;
}

}  // namespace govsite
