// The theme's files as a build wrote them (outputs/theme_assets.h): what templates link to
// and what the build cache keeps, so that a rebuild with the same theme keeps the files
// instead of compiling the SCSS again. One struct for both, so they cannot differ.
#pragma once

#include <string>
#include <vector>

namespace govsite {

struct ThemeAssets {  // fingerprinted paths relative to the site root
  std::string css;
  std::string js;
  std::string search_js;
  std::vector<std::string> files;  // every file written for the theme; none: not cached
};

}  // namespace govsite
