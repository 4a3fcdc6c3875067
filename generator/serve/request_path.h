// What a request to `govsite serve` may name: checked before anything touches the disk,
// and the only Location the server ever sends (a folder's own URL with its slash).
#pragma once

#include <string>

namespace govsite {

// `path` is the request's path as cpp-httplib decoded it (once). Refuses control
// characters (a NUL would cut the name the disk sees short of the name the content type
// is taken from) and paths that leave the site; else sets `rel` to the normalised path
// below the site's folder ("" for the site itself).
bool preview_file_path(const std::string& path, std::string& rel);

// The redirect target for the folder `rel` requested without its slash: always a path on
// this server. It starts with one '/', and every byte a browser could read as a second
// slash or a host ('\\', control characters) is percent-encoded.
std::string folder_location(const std::string& rel);

}  // namespace govsite
