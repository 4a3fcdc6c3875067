// Brings serve's scan of content/ up to date from the paths the watcher reported changed,
// by looking at those paths alone: at 10,000 documents stat'ing every file of content/
// again is a good part of a one-document rebuild. The result is the scan scan_content()
// would make now (content/load_documents.h), or the update says it cannot tell.
#pragma once

#include <string>
#include <vector>

#include "content/load_documents.h"
#include "core/file_system.h"

namespace govsite {

// `changed`: site-relative paths ("content/policies/2024/x.md"); those outside content/
// are passed over. False, leaving `scan` half-updated (the caller drops it and scans
// content/ whole), when a path is not a plain file or a missing one (a folder, a link,
// another kind of file, one that cannot be looked at), or when `scan` already held
// problems, whose causes may have gone.
bool update_content_scan(ContentScan& scan, const FileSystem& fs, const std::string& site_dir,
                         const std::vector<std::string>& changed);

}  // namespace govsite
