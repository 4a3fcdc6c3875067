#include "publish/tar_archive.h"
#include "core/messages.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <clocale>
#include <locale.h>
#include <memory>
#include <set>

namespace govsite {

namespace {

struct ArchiveDeleter {
  void operator()(archive* a) const { archive_write_free(a); }
};
struct EntryDeleter {
  void operator()(archive_entry* e) const { archive_entry_free(e); }
};

}  // namespace

// libarchive converts names through the current locale; in the C locale it cannot
// represent Chinese file names. Use C.UTF-8 on this thread while writing.
class Utf8Locale {
 public:
  Utf8Locale() : locale_(newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(0))) {
    if (locale_) previous_ = uselocale(locale_);
  }
  ~Utf8Locale() {
    if (locale_) {
      uselocale(previous_);
      freelocale(locale_);
    }
  }
  bool ok() const { return locale_ != static_cast<locale_t>(0); }

 private:
  locale_t locale_;
  locale_t previous_ = static_cast<locale_t>(0);
};

bool write_tar_gz(const std::string& file, std::vector<ArchiveEntry> entries, std::time_t mtime, std::string& error) {
  Utf8Locale utf8;
  if (!utf8.ok()) {
    error = tr("bundle.no-utf8-locale");
    return false;
  }
  std::sort(entries.begin(), entries.end(),
            [](const ArchiveEntry& a, const ArchiveEntry& b) { return a.path < b.path; });
  std::unique_ptr<archive, ArchiveDeleter> a(archive_write_new());
  auto fail = [&](const char* what) {
    const char* why = archive_error_string(a.get());
    error = tr("bundle.archive-failed", {what, why ? why : "unknown error"});
    return false;
  };
  if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK) return fail("tar format");
  if (archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK) return fail("gzip filter");
  // No timestamp in the gzip header (the tar entries carry the fixed time instead).
  if (archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr) != ARCHIVE_OK) return fail("gzip option");
  if (archive_write_open_filename(a.get(), file.c_str()) != ARCHIVE_OK) return fail("cannot create the archive");

  // Folders first-seen order follows the sorted paths; each folder gets its own entry so
  // that unpacking gives the same modes everywhere.
  std::set<std::string> folders;
  auto write_header = [&](const std::string& path, bool dir, bool exec, size_t size) {
    std::unique_ptr<archive_entry, EntryDeleter> e(archive_entry_new());
    archive_entry_set_pathname(e.get(), path.c_str());
    archive_entry_set_filetype(e.get(), dir ? AE_IFDIR : AE_IFREG);
    archive_entry_set_perm(e.get(), dir || exec ? 0755 : 0644);
    archive_entry_set_size(e.get(), dir ? 0 : static_cast<la_int64_t>(size));
    archive_entry_set_mtime(e.get(), mtime, 0);
    archive_entry_set_uid(e.get(), 0);
    archive_entry_set_gid(e.get(), 0);
    archive_entry_set_uname(e.get(), "root");
    archive_entry_set_gname(e.get(), "root");
    return archive_write_header(a.get(), e.get()) == ARCHIVE_OK;
  };
  for (const auto& entry : entries) {
    for (size_t slash = entry.path.find('/'); slash != std::string::npos; slash = entry.path.find('/', slash + 1)) {
      const std::string folder = entry.path.substr(0, slash + 1);
      if (folders.insert(folder).second && !write_header(folder, true, false, 0)) return fail("folder entry");
    }
    if (!write_header(entry.path, false, entry.executable, entry.bytes.size())) return fail("entry header");
    if (archive_write_data(a.get(), entry.bytes.data(), entry.bytes.size()) < 0) return fail("entry data");
  }
  if (archive_write_close(a.get()) != ARCHIVE_OK) return fail("closing the archive");
  return true;
}

}  // namespace govsite
