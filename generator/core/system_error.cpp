#include "core/system_error.h"

#include <cerrno>
#include <cstring>

#include "core/messages.h"

namespace govsite {

namespace {

const char* catalog_key(int error_number) {
  switch (error_number) {
    case ENOENT: return "errno.ENOENT";
    case EACCES: return "errno.EACCES";
    case EPERM: return "errno.EPERM";
    case ENOSPC: return "errno.ENOSPC";
    case EDQUOT: return "errno.EDQUOT";
    case EROFS: return "errno.EROFS";
    case EISDIR: return "errno.EISDIR";
    case ENOTDIR: return "errno.ENOTDIR";
    case EEXIST: return "errno.EEXIST";
    case ENOTEMPTY: return "errno.ENOTEMPTY";
    case EMFILE:
    case ENFILE: return "errno.EMFILE";
    case EIO: return "errno.EIO";
    case ENAMETOOLONG: return "errno.ENAMETOOLONG";
    case EXDEV: return "errno.EXDEV";
    case EBUSY: return "errno.EBUSY";
    case ELOOP: return "errno.ELOOP";
    default: return nullptr;
  }
}

}  // namespace

std::string system_error_text(int error_number) {
  // English keeps strerror's exact words (what the man pages and search engines know).
  if (const char* key = catalog_key(error_number); key && language() == Language::zh) return tr(key);
  return std::strerror(error_number);
}

std::string system_error_text(const std::error_code& ec) {
  if (ec.category() == std::generic_category() || ec.category() == std::system_category())
    return system_error_text(ec.value());
  return ec.message();
}

}  // namespace govsite
