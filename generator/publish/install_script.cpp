#include "publish/install_script.h"

namespace govsite {

// The text of generator/publish/install.sh, embedded at build time (cmake/embed_text.cmake).
// The same text is the install logic of govsite-install-release (packaging/), so the
// bundle's installer and the root-owned installed command cannot drift apart.
extern const unsigned char kInstallScript[];

std::string install_script(int keep) {
  std::string s = reinterpret_cast<const char*>(kInstallScript);
  for (size_t at; (at = s.find("@KEEP@")) != std::string::npos;) s.replace(at, 6, std::to_string(keep));
  return s;
}

}  // namespace govsite
