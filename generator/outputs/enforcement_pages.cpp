#include "outputs/enforcement_pages.h"

#include <map>

#include "content/enforcement_fields.h"
#include "core/messages.h"
#include "model/enforcement_model.h"

namespace govsite {

namespace {

std::string param(const Document& d, const char* key) {
  const Value* v = d.params.get(key);
  return v && v->kind() == Value::Kind::string ? v->as_string() : std::string();
}

}  // namespace

const char* party_type_label(const std::string& party_type) {
  if (party_type == "person") return "自然人";
  if (party_type == "business") return "个体工商户";
  return "法人及非法人组织";
}

std::string yuan_to_wan(const std::string& yuan) {
  const size_t dot = yuan.find('.');
  const std::string whole = yuan.substr(0, dot);
  const std::string fraction = dot == std::string::npos ? "" : yuan.substr(dot + 1);
  std::string digits = whole + fraction;
  const size_t scale = fraction.size() + 4;  // digits after the point, in 万元
  if (digits.size() <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
  std::string int_part = digits.substr(0, digits.size() - scale);
  std::string frac_part = digits.substr(digits.size() - scale);
  while (int_part.size() > 1 && int_part[0] == '0') int_part.erase(0, 1);
  while (!frac_part.empty() && frac_part.back() == '0') frac_part.pop_back();
  return frac_part.empty() ? int_part : int_part + "." + frac_part;
}

void add_enforcement_fields(const SiteConfig& config, const Document& d, Value& page) {
  const Enforcement e = enforcement_of(d);
  page.set("decision_no", e.decision_no)
      .set("kind", enforcement_kind_name(e.kind))
      .set("party", e.party)
      .set("party_type", party_type_label(param(d, "party_type")))
      .set("credit_code", e.credit_code)
      .set("facts", e.facts)
      .set("basis", e.basis)
      .set("result_text", e.result_text)
      .set("fine", e.fine)
      .set("decided", date_or_empty(e.decided))
      .set("authority", e.authority.empty() ? config.organization : e.authority)
      .set("violation_type", e.violation_type)
      .set("category", e.category)
      .set("valid_until", date_or_empty(e.valid_until))
      .set("is_penalty", e.kind == EnforcementKind::penalty)
      .set("expires", date_or_empty(d.expires));
  if (!e.power.empty())
    page.set("power", Value::object().set("title", "查看权责清单").set("url", "zfgs/qzqd.html#power-" + e.power));
}

void add_inspection_plan_fields(const SiteModel& m, size_t index, Value& page) {
  const InspectionPlan p = inspection_plan_of(m.docs[index]);
  page.set("matter", p.matter)
      .set("basis", p.basis)
      .set("subject", p.subject)
      .set("scope", p.scope)
      .set("ratio", p.ratio);
  Value results = Value::list();
  for (size_t k : inspection_results_of(m, index)) {
    const Document& rd = m.docs[k];
    const InspectionResult r = inspection_result_of(rd);
    results.push(Value::object()
                     .set("title", rd.title)
                     .set("url", url_of(rd))
                     .set("target", r.target)
                     .set("inspected", date_or_empty(r.inspected))
                     .set("outcome", r.outcome));
  }
  page.set("has_results", !results.items().empty()).set("results", std::move(results));
}

void add_inspection_result_fields(const SiteModel& m, const Document& d, Value& page) {
  const InspectionResult r = inspection_result_of(d);
  page.set("target", r.target)
      .set("inspected", date_or_empty(r.inspected))
      .set("outcome", r.outcome)
      .set("handling", r.handling);
  if (const Document* plan = m.find_published(r.plan); plan && plan->type == DocType::inspection_plan)
    page.set("plan", Value::object()
                         .set("title", plan->title)
                         .set("url", url_of(*plan))
                         .set("matter", inspection_plan_of(*plan).matter));
}

void write_enforcement_listing(const SiteModel& m, PageWriter& w) {
  const std::vector<size_t> decisions = enforcement_decisions(m);
  if (decisions.empty()) return;
  // kind → "YYYY年M月" (kept newest first by the decisions' order) → decisions
  std::map<int, std::vector<std::pair<std::string, std::vector<size_t>>>> by_kind;
  for (size_t i : decisions) {
    const Enforcement e = enforcement_of(m.docs[i]);
    const std::string month = e.decided
                                  ? std::to_string(e.decided->year) + "年" + std::to_string(e.decided->month) + "月"
                                  : "";
    auto& months = by_kind[static_cast<int>(e.kind)];
    if (months.empty() || months.back().first != month) months.emplace_back(month, std::vector<size_t>{});
    months.back().second.push_back(i);
  }
  Value groups = Value::list();
  for (const auto& [kind, months] : by_kind) {
    Value month_list = Value::list();
    for (const auto& [month, docs] : months) {
      Value items = Value::list();
      for (size_t i : docs) {
        const Document& d = m.docs[i];
        const Enforcement e = enforcement_of(d);
        items.push(Value::object()
                       .set("title", d.title)
                       .set("url", url_of(d))
                       .set("decision_no", e.decision_no)
                       .set("party", e.party)
                       .set("decided", date_or_empty(e.decided)));
      }
      month_list.push(Value::object().set("month", month).set("items", std::move(items)));
    }
    groups.push(Value::object()
                    .set("kind", enforcement_kind_name(static_cast<EnforcementKind>(kind)))
                    .set("months", std::move(month_list)));
  }
  PageFrame pf;
  pf.output_path = "enforcement/index.html";
  pf.url = "enforcement/";
  pf.title = "行政执法决定";
  pf.column_name = "行政执法公示";
  pf.description = w.config().title + "：行政执法决定公示";
  pf.nav_current = "zfgs/";
  pf.breadcrumbs = {{"行政执法公示", "zfgs/"}, {"行政执法决定", "enforcement/"}};
  Value context = w.context(pf);
  context.set("list", Value::object()
                          .set("title", "行政执法决定")
                          .set("groups", std::move(groups))
                          .set("csv_penalty", "enforcement/xzcf.csv")
                          .set("csv_licensing", "enforcement/xzxk.csv"));
  std::optional<Date> lastmod;
  for (size_t i : decisions)
    if (!lastmod || *m.docs[i].published > *lastmod) lastmod = m.docs[i].published;
  w.write("enforcement-list", pf, std::move(context), lastmod);
}

bool has_powers_page(const EnforcementData& data) { return !data.powers.empty(); }
bool has_prior_disclosure_page(const EnforcementData& data, const SiteConfig& config) {
  return !data.powers.empty() || !data.staff.empty() || !config.enforcement.flowchart.empty();
}

void write_enforcement_portal(const SiteModel& m, const EnforcementData& data, PageWriter& w) {
  size_t counts[kDocTypes] = {};
  std::optional<Date> lastmod;
  for (size_t i = 0; i < m.docs.size(); ++i) {
    const Document& d = m.docs[i];
    if (!m.published[i]) continue;
    if (d.type != DocType::enforcement && d.type != DocType::inspection_plan && d.type != DocType::inspection_result)
      continue;
    ++counts[static_cast<size_t>(d.type)];
    if (!lastmod || *d.published > *lastmod) lastmod = d.published;
  }
  if (!lastmod && !has_prior_disclosure_page(data, w.config())) return;
  auto part = [&](const char* title, const std::string& url, DocType type) {
    return Value::object()
        .set("title", title)
        .set("url", url)
        .set("count", static_cast<int>(counts[static_cast<size_t>(type)]));
  };
  Value prior = Value::list();
  if (has_prior_disclosure_page(data, w.config()))
    prior.push(Value::object()
                   .set("title", "事前公开（执法主体、人员、职责、依据、流程、监督途径）")
                   .set("url", "zfgs/sqgk.html"));
  if (has_powers_page(data)) prior.push(Value::object().set("title", "权责清单").set("url", "zfgs/qzqd.html"));
  Value before = Value::list();
  if (counts[static_cast<size_t>(DocType::inspection_plan)])
    before.push(part("随机抽查事项清单", "inspection-plans/", DocType::inspection_plan));
  Value after = Value::list();
  if (counts[static_cast<size_t>(DocType::enforcement)])
    after.push(part("行政执法决定", "enforcement/", DocType::enforcement));
  if (counts[static_cast<size_t>(DocType::inspection_result)])
    after.push(part("随机抽查结果", "inspection-results/", DocType::inspection_result));
  PageFrame pf;
  pf.output_path = "zfgs/index.html";
  pf.url = "zfgs/";
  pf.title = "行政执法公示";
  pf.column_name = "行政执法公示";
  pf.nav_current = "zfgs/";
  pf.description = w.config().title + "：行政执法公示（事前、事中、事后公开）";
  pf.breadcrumbs = {{"行政执法公示", "zfgs/"}};
  Value context = w.context(pf);
  context.set(
      "portal",
      Value::object().set("prior", std::move(prior)).set("before", std::move(before)).set("after", std::move(after)));
  w.write("enforcement-portal", pf, std::move(context), lastmod);
}

namespace {

// Published documents of `type` whose `power` is `id`, newest first.
std::vector<size_t> naming_power(const SiteModel& m, DocType type, const std::string& id) {
  return newest_first(m, [&](const Document& d) {
    const Value* power = d.params.get("power");
    return d.type == type && power && power->kind() == Value::Kind::string && power->as_string() == id;
  });
}

Value links_to(const SiteModel& m, const std::vector<size_t>& docs) {
  Value list = Value::list();
  for (size_t i : docs) list.push(Value::object().set("title", m.docs[i].title).set("url", url_of(m.docs[i])));
  return list;
}

}  // namespace

void write_powers_page(const SiteModel& m, const EnforcementData& data, PageWriter& w) {
  if (!has_powers_page(data)) return;
  Value groups = Value::list();
  for (int k = 0; k < kEnforcementKinds; ++k) {
    Value items = Value::list();
    for (const Power& p : data.powers) {
      if (static_cast<int>(p.type) != k) continue;
      Value services = links_to(m, naming_power(m, DocType::service, p.id));
      Value decisions = links_to(m, naming_power(m, DocType::enforcement, p.id));
      const bool linked = !services.items().empty() || !decisions.items().empty();
      items.push(Value::object()
                     .set("id", p.id)
                     .set("name", p.name)
                     .set("basis", p.basis)
                     .set("duties", p.duties)
                     .set("accountability", p.accountability)
                     .set("office", p.office)
                     .set("linked", linked)
                     .set("services", std::move(services))
                     .set("decisions", std::move(decisions)));
    }
    if (!items.items().empty())
      groups.push(Value::object()
                      .set("type", enforcement_kind_name(static_cast<EnforcementKind>(k)))
                      .set("items", std::move(items)));
  }
  PageFrame pf;
  pf.output_path = "zfgs/qzqd.html";
  pf.url = "zfgs/qzqd.html";
  pf.title = "权责清单";
  pf.column_name = "行政执法公示";
  pf.nav_current = "zfgs/";
  pf.description = w.config().title + "：权责清单";
  pf.breadcrumbs = {{"行政执法公示", "zfgs/"}, {"权责清单", "zfgs/qzqd.html"}};
  Value context = w.context(pf);
  context.set("powers",
              Value::object().set("groups", std::move(groups)).set("count", static_cast<int>(data.powers.size())));
  w.write("powers", pf, std::move(context), newest_published_date(m));
}

void write_prior_disclosure_page(const FileSystem& fs, const std::string& site_dir, const SiteModel& m,
                                 const EnforcementData& data, PageWriter& w, Diagnostics& diags) {
  const SiteConfig& config = w.config();
  if (!has_prior_disclosure_page(data, config)) return;
  Value prior = Value::object()
                    .set("authority", config.organization)
                    .set("authority_credit_code", config.enforcement.authority_credit_code)
                    .set("address", config.address)
                    .set("phone", config.phone)
                    .set("has_powers", has_powers_page(data));
  Value staff = Value::list();
  for (const auto& o : data.staff)
    staff.push(Value::object().set("name", o.name).set("certificate", o.certificate).set("unit", o.unit));
  prior.set("has_staff", !data.staff.empty()).set("staff", std::move(staff));
  Value counts = Value::list();
  for (int k = 0; k < kEnforcementKinds; ++k) {
    int n = 0;
    for (const Power& p : data.powers) n += static_cast<int>(p.type) == k;
    if (n)
      counts.push(Value::object().set("type", enforcement_kind_name(static_cast<EnforcementKind>(k))).set("count", n));
  }
  prior.set("power_counts", std::move(counts));
  if (!config.enforcement.flowchart.empty()) {
    std::string bytes, error;
    const std::string& rel = config.enforcement.flowchart;
    if (!fs.read_file(join_path(site_dir, rel), bytes, error)) {
      diags.error("site.yaml", config.enforcement.flowchart_line, config.enforcement.flowchart_column, "missing-file",
                  tr("missing-file.flowchart", {rel, error}));
    } else {
      const std::string name = "zfgs/" + rel.substr(rel.rfind('/') + 1);
      w.write_file(name, bytes);
      prior.set("flowchart", name);
    }
  }
  Value plans = Value::list();
  for (size_t i : newest_first(m, [](const Document& d) { return d.type == DocType::inspection_plan; })) {
    const InspectionPlan p = inspection_plan_of(m.docs[i]);
    plans.push(Value::object()
                   .set("title", m.docs[i].title)
                   .set("url", url_of(m.docs[i]))
                   .set("matter", p.matter)
                   .set("ratio", p.ratio));
  }
  prior.set("has_plans", !plans.items().empty()).set("plans", std::move(plans));
  // 监督途径: the 互动交流 links site.yaml gives under `interaction` (a list of {title, url}),
  // when it has them.
  Value channels = Value::list();
  if (const Value* interaction = config.params.get("interaction");
      interaction && interaction->kind() == Value::Kind::list)
    for (const Value& item : interaction->items()) {
      const Value* title = item.get("title");
      const Value* url = item.get("url");
      if (title && url && title->kind() == Value::Kind::string && url->kind() == Value::Kind::string)
        channels.push(Value::object().set("title", title->as_string()).set("url", url->as_string()));
    }
  prior.set("channels", std::move(channels));
  PageFrame pf;
  pf.output_path = "zfgs/sqgk.html";
  pf.url = "zfgs/sqgk.html";
  pf.title = "行政执法事前公开";
  pf.column_name = "行政执法公示";
  pf.nav_current = "zfgs/";
  pf.description = config.title + "：行政执法事前公开（执法主体、人员、职责、依据、程序、随机抽查事项、监督途径）";
  pf.breadcrumbs = {{"行政执法公示", "zfgs/"}, {"事前公开", "zfgs/sqgk.html"}};
  Value context = w.context(pf);
  context.set("prior", std::move(prior));
  w.write("enforcement-prior", pf, std::move(context), newest_published_date(m));
}

}  // namespace govsite
