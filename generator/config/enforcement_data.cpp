#include "config/enforcement_data.h"

#include <set>

#include "vocabulary/document_id.h"
#include "core/messages.h"
#include "core/utf8.h"
#include "cache/build_cache.h"
#include "vocabulary/personal_data.h"

namespace govsite {

namespace {

// 许可, 行政许可 or licensing.
std::optional<EnforcementKind> parse_power_type(const std::string& s) {
  if (auto k = parse_enforcement_kind(s)) return k;
  return parse_enforcement_kind("行政" + s);
}

// The data files are published as pages: the same personal-data rule as documents (an
// officer's 执法证号 is public; a 身份证号 or a mobile number is not).
void check_personal_data(const std::string& text, const char* rel, Diagnostics& diags) {
  int line = 1;
  size_t line_start = 0, scanned = 0;
  for (const auto& found : find_personal_data(text)) {
    for (; scanned < found.offset; ++scanned)
      if (text[scanned] == '\n') {
        ++line;
        line_start = scanned + 1;
      }
    const int column = column_of_byte(std::string_view(text).substr(line_start), found.offset - line_start);
    diags.error(rel, line, column, "personal-data",
                tr("personal-data.enforcement-data",
                   {personal_data_kind_name(found.kind), masked_personal_number(found)}));
  }
}

std::unique_ptr<YamlFields> open(const FileSystem& fs, const std::string& site_dir, const char* rel,
                                 Diagnostics& diags) {
  const std::string path = join_path(site_dir, rel);
  if (!fs.is_file(path)) return nullptr;
  std::string text, error;
  if (!fs.read_file(path, text, error)) {
    diags.error(rel, 0, 0, "unreadable", tr("unreadable", {error}));
    return nullptr;
  }
  check_personal_data(text, rel, diags);
  return YamlFields::parse(text, rel, 1, diags);
}

void read_powers(YamlFields& f, EnforcementData& data) {
  std::set<std::string> ids;
  for (auto& item : f.mapping_list("powers")) {
    Power p;
    p.pos = item->start();
    p.id = item->string("id", true).value_or("");
    if (!p.id.empty() && !is_valid_id(p.id)) item->error("id", "bad-id", tr("bad-id.power", {p.id}));
    else if (!p.id.empty() && !ids.insert(p.id).second)
      item->error("id", "duplicate-id", tr("duplicate-id.power", {p.id, kPowersFile}));
    if (auto type = item->string("type", true)) {
      if (auto k = parse_power_type(*type)) p.type = *k;
      else item->error("type", "bad-value", tr("bad-value.power-type", {*type}));
    }
    p.name = item->string("name", true).value_or("");
    p.basis = item->string("basis", true).value_or("");
    p.duties = item->string("duties").value_or("");
    p.accountability = item->string("accountability").value_or("");
    p.office = item->string("office").value_or("");
    for (const auto& [key, value] : item->unread_fields())
      item->error(key, "bad-value", tr("bad-value.power-key", {key}));
    if (!p.id.empty()) data.powers.push_back(std::move(p));
  }
  if (!f.has("powers")) f.error("powers", "missing-key", tr("missing-key.powers", {kPowersFile}));
}

void read_staff(YamlFields& f, EnforcementData& data) {
  for (auto& item : f.mapping_list("staff")) {
    EnforcementOfficer o;
    o.name = item->string("name", true).value_or("");
    o.certificate = item->string("certificate", true).value_or("");
    o.unit = item->string("unit").value_or("");
    for (const auto& [key, value] : item->unread_fields())
      item->error(key, "bad-value", tr("bad-value.staff-key", {key}));
    data.staff.push_back(std::move(o));
  }
  if (!f.has("staff")) f.error("staff", "missing-key", tr("missing-key.staff", {kStaffFile}));
}

}  // namespace

const Power* EnforcementData::power(const std::string& id) const {
  for (const auto& p : powers)
    if (p.id == id) return &p;
  return nullptr;
}

EnforcementData load_enforcement_data(const FileSystem& fs, const std::string& site_dir, Diagnostics& diags) {
  EnforcementData data;
  if (auto f = open(fs, site_dir, kPowersFile, diags)) read_powers(*f, data);
  if (auto f = open(fs, site_dir, kStaffFile, diags)) read_staff(*f, data);
  return data;
}

uint64_t enforcement_data_hash(const FileSystem& fs, const std::string& site_dir) {
  KeyHasher h;
  for (const char* rel : {kPowersFile, kStaffFile}) {
    std::string text, error;
    const bool read = fs.is_file(join_path(site_dir, rel)) && fs.read_file(join_path(site_dir, rel), text, error);
    h.add(rel).add(static_cast<uint64_t>(read)).add(text);
  }
  return h.key();
}

}  // namespace govsite
