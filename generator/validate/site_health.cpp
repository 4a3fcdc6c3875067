#include "content/disclosure_category.h"
#include "validate/rules.h"

namespace govsite {

void check_site_health(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (const auto& c : config.columns) {
    std::optional<Date> newest;
    for (size_t i = 0; i < m.docs.size(); ++i)
      if (m.published[i] && m.docs[i].column == c.id && (!newest || *m.docs[i].published > *newest))
        newest = m.docs[i].published;
    if (!newest) {
      diags.warning("site.yaml", c.line, 0, "empty-column",
                    "the special column \"" + c.title + "\" (" + c.id +
                        ") has no published document: an empty column (空白栏目) fails a government site inspection; publish into it or remove it");
      continue;
    }
    const long limit = c.kind == "policy" ? 183 : 14;
    const long age = m.now.days_since_epoch() - newest->days_since_epoch();
    if (age > limit)
      diags.warning("site.yaml", c.line, 0, "stale-column",
                    "the special column \"" + c.title + "\" was last updated on " + newest->str() + ", " +
                        std::to_string(age) + " days before the build date; " +
                        (c.kind == "policy" ? "a policy column should be updated at least every 6 months"
                                            : "a news or notice column should be updated at least every 2 weeks"));
  }
}

void check_disclosure_none(const SiteModel& m, const SiteConfig& config, Diagnostics& diags) {
  for (const auto& id : config.disclosure_none) {
    const DisclosureCategory* category = find_disclosure_category(id);
    if (!category) continue;  // reported with site.yaml
    size_t count = 0;
    for (size_t i = 0; i < m.docs.size(); ++i) count += m.published[i] && m.docs[i].disclosure_category == id;
    if (count > 0)
      diags.warning("site.yaml", config.disclosure_none_line, 0, "disclosure-none-contradicted",
                    "disclosure_none says the body has no information of " + std::string(category->item) +
                        category->title + " (本机关无此类信息), but " + std::to_string(count) +
                        " published document(s) belong to it; remove \"" + id + "\" from disclosure_none");
  }
}

}  // namespace govsite
