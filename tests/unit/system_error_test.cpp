// The system's reason for a failed file operation reads in the message language.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstring>

#include "core/messages.h"
#include "core/system_error.h"

using namespace govsite;

TEST_CASE("system errors: the common reasons in Chinese, strerror's words in English", "[messages]") {
  set_language(Language::zh);
  CHECK(system_error_text(ENOENT) == "文件或文件夹不存在");
  CHECK(system_error_text(ENOSPC) == "磁盘已满，请清理磁盘空间");
  CHECK(system_error_text(std::make_error_code(std::errc::permission_denied)) ==
        "没有访问权限，请让管理员检查文件夹的权限");
  // a reason without a catalog entry keeps the system's words rather than saying nothing
  CHECK(system_error_text(ETIMEDOUT) == std::strerror(ETIMEDOUT));
  set_language(Language::en);
  CHECK(system_error_text(ENOENT) == std::strerror(ENOENT));
  CHECK(system_error_text(std::make_error_code(std::errc::no_space_on_device)) == std::strerror(ENOSPC));
  set_language(Language::zh);
}
