// The site.yaml keys every site needs since the national inspection's rules (19号文's
// 互动交流 channel, the 党政机关网站标识, the 索引号 prefix of 条例第十二条), for the tests
// that write a site.yaml of their own. A macro, so it joins the test's string literals.
#pragma once

#define GOVSITE_TEST_INSPECTION_KEYS                                            \
  "index_prefix: \"112111001234567886\"\n"                                      \
  "conac_url: https://bszs.conac.cn/sitename?method=show&id=0000000000000000\n" \
  "interaction: [{title: 局长信箱, url: \"https://www.panjin.gov.cn/hdjl/\"}]\n"
