#include "yaml/yaml_fields.h"

#include <algorithm>
#include <set>

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "core/messages.h"
#include "core/placeholder.h"
#include "core/similar_names.h"
#include "core/utf8.h"
#include "yaml/yaml_error_text.h"
#include "yaml/yaml_scalars.h"
#include "yaml/yaml_precheck.h"
#include "yaml/yaml_values.h"

namespace govsite {

namespace {

// What the editor wrote instead, in the words of the message it goes into.
std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Sequence: return tr("bad-value.got-list");
    case YAML::NodeType::Map: return tr("bad-value.got-mapping");
    case YAML::NodeType::Null: return tr("bad-value.got-nothing");
    default: return tr("bad-value.got-value");
  }
}

// Where a yaml-cpp mark is in the file: its line shifted by `first_line`, and its column in
// characters (yaml-cpp counts bytes; an editor counts characters).
SourcePos position_of(const YAML::Mark& m, const std::string& yaml, int first_line) {
  if (m.line < 0) return {first_line, 1};
  SourcePos p{m.line + first_line, m.column >= 0 ? m.column + 1 : 1};
  if (m.column > 0 && m.pos >= m.column && static_cast<size_t>(m.pos) <= yaml.size())
    p.column = column_of_byte(std::string_view(yaml).substr(m.pos - m.column), m.column);
  return p;
}

}  // namespace

struct YamlFields::Impl {
  std::shared_ptr<const std::string> yaml;  // the text parsed, for positions
  YAML::Node root;
  // Keys in file order with their key nodes (for positions) and value nodes.
  std::vector<std::pair<std::string, std::pair<YAML::Node, YAML::Node>>> entries;
  std::set<std::string> read;

  const YAML::Node* value(const std::string& key) const {
    for (const auto& e : entries)
      if (e.first == key) return &e.second.second;
    return nullptr;
  }
};

YamlFields::YamlFields(std::unique_ptr<Impl> impl, std::string path, int first_line, Diagnostics& diags)
    : impl_(std::move(impl)), path_(std::move(path)), first_line_(first_line), diags_(diags) {
  start_ = at(impl_->root.Mark());
  for (const auto& kv : impl_->root) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
    const SourcePos kp = at(kv.first.Mark());
    if (key.empty()) {
      diags_.error(path_, kp.line, kp.column, "yaml-key", tr("yaml-key"));
      continue;
    }
    if (impl_->value(key)) {
      diags_.error(path_, kp.line, kp.column, "duplicate-key", tr("duplicate-key", {key}));
      continue;
    }
    impl_->entries.push_back({key, {kv.first, kv.second}});
  }
}

YamlFields::~YamlFields() = default;

SourcePos YamlFields::at(const YAML::Mark& m) const { return position_of(m, *impl_->yaml, first_line_); }

std::unique_ptr<YamlFields> YamlFields::parse(const std::string& yaml, const std::string& path, int first_line,
                                              Diagnostics& diags) {
  // A file saved as GBK or GB18030 (older Windows editors' default) would be read as
  // garbled keys and values and quoted back in messages: it is named for what it is.
  if (const size_t bad = find_invalid_utf8(yaml); bad != std::string::npos) {
    const size_t line_start = bad == 0 ? 0 : yaml.rfind('\n', bad - 1) + 1;  // npos + 1 == 0
    const int line = first_line + static_cast<int>(std::count(yaml.begin(), yaml.begin() + line_start, '\n'));
    const int column = column_of_byte(std::string_view(yaml).substr(line_start), bad - line_start);
    diags.error(path, line, column, "not-utf8", tr("not-utf8", {std::to_string(bad)}));
    return nullptr;
  }
  // An editor's slips are named on their own line before yaml-cpp would misname them.
  if (report_yaml_slips(yaml, path, first_line, diags)) return nullptr;
  auto impl = std::make_unique<Impl>();
  // yaml-cpp's marks do not count a byte order mark.
  impl->yaml = std::make_shared<const std::string>(yaml.compare(0, 3, "\xEF\xBB\xBF") == 0 ? yaml.substr(3) : yaml);
  try {
    impl->root = YAML::Load(yaml);
  } catch (const YAML::DeepRecursion& e) {
    const SourcePos p = position_of(e.mark, *impl->yaml, first_line);
    diags.error(path, p.line, p.column, "yaml-too-deep", tr("yaml-too-deep", {std::to_string(e.depth() - 1)}));
    return nullptr;
  } catch (const YAML::ParserException& e) {
    const SourcePos p = position_of(e.mark, *impl->yaml, first_line);
    diags.error(path, p.line, p.column, "yaml-syntax", tr("yaml-syntax", {yaml_error_text(e.msg)}));
    return nullptr;
  } catch (const YAML::Exception& e) {
    diags.error(path, first_line, 0, "yaml-syntax", tr("yaml-syntax.other", {e.what()}));
    return nullptr;
  }
  if (impl->root.IsNull()) impl->root = YAML::Node(YAML::NodeType::Map);
  if (!impl->root.IsMap()) {
    diags.error(path, first_line, 1, "yaml-shape", tr("yaml-shape", {describe(impl->root)}));
    return nullptr;
  }
  return std::unique_ptr<YamlFields>(new YamlFields(std::move(impl), path, first_line, diags));
}

bool YamlFields::has(const std::string& key) const {
  const YAML::Node* v = impl_->value(key);
  return v && !v->IsNull();
}

SourcePos YamlFields::pos(const std::string& key) const {
  for (const auto& e : impl_->entries) {
    if (e.first == key) return at(e.second.first.Mark());
  }
  return start_;
}

std::vector<std::pair<std::string, SourcePos>> YamlFields::key_positions() const {
  std::vector<std::pair<std::string, SourcePos>> out;
  for (const auto& e : impl_->entries) out.emplace_back(e.first, pos(e.first));
  return out;
}

void YamlFields::error(const std::string& key, const std::string& code, const std::string& message) {
  SourcePos p = pos(key);
  diags_.error(path_, p.line, p.column, code, message);
}

void YamlFields::error_at_value(const std::string& key, const std::string& code, const std::string& message) {
  const YAML::Node* v = impl_->value(key);
  const SourcePos p = v ? at(v->Mark()) : pos(key);
  diags_.error(path_, p.line, p.column, code, message);
}

void YamlFields::warning(const std::string& key, const std::string& code, const std::string& message) {
  SourcePos p = pos(key);
  diags_.warning(path_, p.line, p.column, code, message);
}

std::optional<std::string> YamlFields::scalar(const std::string& key, bool required, const char* expected,
                                              std::string_view expected_arg) {
  impl_->read.insert(key);
  const YAML::Node* v = impl_->value(key);
  if (!v || v->IsNull()) {
    if (required) error(key, "missing-key", tr("missing-key", {key, tr(expected, {expected_arg})}));
    return std::nullopt;
  }
  if (!v->IsScalar()) {
    error(key, "bad-value", tr("bad-value", {key, tr(expected, {expected_arg}), describe(*v)}));
    return std::nullopt;
  }
  // Reported where it stands by report_placeholders; until filled in it is no value.
  if (has_placeholder(v->Scalar())) return std::nullopt;
  if (std::string problem = unwritable_character(key, v->Scalar()); !problem.empty()) {
    error(key, "control-character", problem);
    return std::nullopt;
  }
  return v->Scalar();
}

std::optional<std::string> YamlFields::string(const std::string& key, bool required) {
  auto s = scalar(key, required, "bad-value.want-text");
  if (s && s->empty() && required) {
    error(key, "missing-key", tr("missing-key.empty", {key}));
    return std::nullopt;
  }
  return s;
}

std::optional<Date> YamlFields::date(const std::string& key, bool required) {
  auto s = scalar(key, required, "bad-value.want-date");
  if (!s) return std::nullopt;
  auto d = Date::parse(*s);
  if (!d) error_at_value(key, "bad-date", bad_date_message(key, *s, false));
  return d;
}

std::optional<Date> YamlFields::date_time(const std::string& key, int& minute, bool required) {
  minute = 0;
  auto s = scalar(key, required, "bad-value.want-date-time");
  if (!s) return std::nullopt;
  std::optional<Date> d;
  if (s->size() == 16 && (*s)[10] == ' ') {
    if (const int min = minute_of_day(std::string_view(*s).substr(11)); min >= 0) {
      d = Date::parse(std::string_view(*s).substr(0, 10));
      if (d) minute = min;
    }
  } else {
    d = Date::parse(*s);
  }
  if (!d) error_at_value(key, "bad-date", bad_date_message(key, *s, true));
  return d;
}

std::optional<bool> YamlFields::boolean(const std::string& key) {
  auto s = scalar(key, false, "bad-value.want-boolean");
  if (!s) return std::nullopt;
  // Only true/false: YAML 1.1 readers read yes/no/on/off differently from YAML 1.2 ones.
  if (*s == "true") return true;
  if (*s == "false") return false;
  error(key, "bad-value", tr("bad-value.boolean", {key, *s}));
  return std::nullopt;
}

std::optional<long> YamlFields::integer(const std::string& key, long min, long max) {
  auto s = scalar(key, false, "bad-value.want-number");
  if (!s) return std::nullopt;
  char* end = nullptr;
  long n = std::strtol(s->c_str(), &end, 10);
  if (s->empty() || *end != '\0' || n < min || n > max) {
    error(key, "bad-value", tr("bad-value.number", {key, std::to_string(min), std::to_string(max), *s}));
    return std::nullopt;
  }
  return n;
}

std::optional<std::string> YamlFields::one_of(const std::string& key, const std::vector<std::string>& allowed,
                                              bool required) {
  std::string expected;
  for (const auto& a : allowed) expected += (expected.empty() ? "" : ", ") + a;
  auto s = scalar(key, required, "bad-value.want-one-of", expected);
  if (!s) return std::nullopt;
  for (const auto& a : allowed)
    if (*s == a) return s;
  error(key, "bad-value", tr("bad-value.one-of", {key, expected, *s}));
  return std::nullopt;
}

std::vector<std::string> YamlFields::string_list(const std::string& key) {
  impl_->read.insert(key);
  std::vector<std::string> out;
  const YAML::Node* v = impl_->value(key);
  if (!v || v->IsNull()) return out;
  if (v->IsScalar()) {
    out.push_back(v->Scalar());
    return out;
  }
  if (!v->IsSequence()) {
    error(key, "bad-value", tr("bad-value.list-of-text", {key, describe(*v)}));
    return out;
  }
  for (const auto& item : *v) {
    if (!item.IsScalar()) {
      const SourcePos p = at(item.Mark());
      diags_.error(path_, p.line, p.column, "bad-value", tr("bad-value.item-text", {key, describe(item)}));
      continue;
    }
    if (std::string problem = unwritable_character(key, item.Scalar()); !problem.empty()) {
      const YAML::Mark m = item.Mark();
      diags_.error(path_, m.line + first_line_, m.column + 1, "control-character", problem);
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

std::unique_ptr<YamlFields> YamlFields::mapping(const std::string& key) {
  impl_->read.insert(key);
  const YAML::Node* v = impl_->value(key);
  if (!v || v->IsNull()) return nullptr;
  if (!v->IsMap()) {
    error(key, "bad-value", tr("bad-value.mapping", {key, describe(*v)}));
    return nullptr;
  }
  auto impl = std::make_unique<Impl>();
  impl->yaml = impl_->yaml;
  impl->root = *v;
  return std::unique_ptr<YamlFields>(new YamlFields(std::move(impl), path_, first_line_, diags_));
}

std::vector<std::unique_ptr<YamlFields>> YamlFields::mapping_list(const std::string& key) {
  impl_->read.insert(key);
  std::vector<std::unique_ptr<YamlFields>> out;
  const YAML::Node* v = impl_->value(key);
  if (!v || v->IsNull()) return out;
  if (!v->IsSequence()) {
    error(key, "bad-value", tr("bad-value.list", {key, describe(*v)}));
    return out;
  }
  for (const auto& item : *v) {
    if (!item.IsMap()) {
      const SourcePos p = at(item.Mark());
      diags_.error(path_, p.line, p.column, "bad-value", tr("bad-value.item-mapping", {key, describe(item)}));
      continue;
    }
    auto impl = std::make_unique<Impl>();
    impl->yaml = impl_->yaml;
    impl->root = static_cast<const YAML::Node&>(item);
    out.push_back(std::unique_ptr<YamlFields>(new YamlFields(std::move(impl), path_, first_line_, diags_)));
  }
  return out;
}

std::string YamlFields::closest_read_key(const std::string& key) const {
  // A typo is a slip or two in a word, not another word: at most 2 edits, and at most a
  // third of the key (so "ab" is no typo of "id").
  if (key.size() > 64) return "";
  std::string best;
  size_t best_distance = std::min<size_t>(2, key.size() / 3) + 1;
  for (const std::string& known : impl_->read) {
    const size_t distance = edit_distance(key, known);
    if (distance < best_distance) {
      best = known;
      best_distance = distance;
    }
  }
  return best;
}

std::vector<std::pair<std::string, Value>> YamlFields::unread_fields() const {
  std::vector<std::pair<std::string, Value>> out;
  size_t budget = kMaxValueNodes;
  for (const auto& e : impl_->entries)
    if (!impl_->read.count(e.first))
      out.emplace_back(e.first, to_value(e.second.second, 1, budget));  // below the keys' object
  return out;
}

}  // namespace govsite
