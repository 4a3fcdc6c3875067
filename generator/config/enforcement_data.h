// The site's 行政执法 data files, beside site.yaml: data/powers.yaml (权责清单: the 权力事项
// the department exercises) and data/enforcement_staff.yaml (执法人员 with 执法证号). The
// build renders them into the 权责清单 and 事前公开 pages; documents name a 权力事项 with
// `power: <id>` (service guides and enforcement decisions).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/file_system.h"
#include "vocabulary/enforcement_kind.h"
#include "yaml/yaml_fields.h"

namespace govsite {

struct Power {  // 权力事项
  std::string id;
  EnforcementKind type = EnforcementKind::other;  // 许可, 处罚, …
  std::string name;                               // 事项名称
  std::string basis;                              // 设定依据
  std::string duties;                             // 责任事项
  std::string accountability;                     // 追责情形
  std::string office;                             // 承办机构
  SourcePos pos;
};

struct EnforcementOfficer {             // 执法人员
  std::string name, certificate, unit;  // 姓名, 执法证号, 所在单位
};

struct EnforcementData {
  std::vector<Power> powers;  // file order
  std::vector<EnforcementOfficer> staff;
  const Power* power(const std::string& id) const;
};

constexpr const char* kPowersFile = "data/powers.yaml";
constexpr const char* kStaffFile = "data/enforcement_staff.yaml";

// Reads both files when present (either may be absent); problems are reported with the
// file's line and column.
EnforcementData load_enforcement_data(const FileSystem& fs, const std::string& site_dir, Diagnostics& diags);
// Of both files' bytes (0 for an absent one): part of the build's identity, so an edit of
// the data rebuilds the pages made from it.
uint64_t enforcement_data_hash(const FileSystem& fs, const std::string& site_dir);

}  // namespace govsite
