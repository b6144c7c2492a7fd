#include "util/zip_archive.h"

#include <zip.h>

#include <algorithm>

#include "util/atomic_file.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp {
namespace fs = std::filesystem;

namespace {
std::string zip_open_error(int code) {
  switch (code) {
    case ZIP_ER_NOZIP: return ZP_("not a zip package (the file is damaged or of another type)");
    case ZIP_ER_INCONS: return ZP_("the zip package is inconsistent (truncated or damaged)");
    case ZIP_ER_NOENT: return ZP_("no such file");
    case ZIP_ER_OPEN: return ZP_("cannot open the file");
    case ZIP_ER_READ: return ZP_("cannot read the file");
    case ZIP_ER_MEMORY: return ZP_("out of memory");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD: return ZP_("the file is encrypted");
    default: {
      zip_error_t e;
      zip_error_init_with_code(&e, code);
      std::string s = zip_error_strerror(&e);
      zip_error_fini(&e);
      return s;
    }
  }
}
}  // namespace

ZipReader::ZipReader(const fs::path& path, ZipLimits limits) : name_(path.string()), limits_(limits) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(ErrorCode::Io, name_, ZP_("no such file"));
  if (fs::is_directory(path, ec)) throw Error(ErrorCode::Io, name_, ZP_("is a directory, not a file"));
  int err = 0;
  z_ = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
  if (!z_) throw Error(err == ZIP_ER_OPEN || err == ZIP_ER_READ ? ErrorCode::Io : ErrorCode::Format, name_, zip_open_error(err));
  if (static_cast<std::uint64_t>(zip_get_num_entries(z_, 0)) > limits_.max_entries) {
    zip_discard(z_);
    z_ = nullptr;
    throw Error(ErrorCode::Format, name_, ZP_("the zip package has too many entries"));
  }
}

ZipReader::ZipReader(std::string data, std::string name, ZipLimits limits)
    : name_(std::move(name)), data_(std::move(data)), limits_(limits) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(data_.data(), data_.size(), 0, &zerr);
  if (!src) {
    zip_error_fini(&zerr);
    throw Error(ErrorCode::Io, name_, ZP_("out of memory"));
  }
  z_ = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr);
  if (!z_) {
    int code = zip_error_code_zip(&zerr);
    zip_source_free(src);
    zip_error_fini(&zerr);
    throw Error(ErrorCode::Format, name_, zip_open_error(code));
  }
  zip_error_fini(&zerr);
  if (static_cast<std::uint64_t>(zip_get_num_entries(z_, 0)) > limits_.max_entries) {
    zip_discard(z_);
    z_ = nullptr;
    throw Error(ErrorCode::Format, name_, ZP_("the zip package has too many entries"));
  }
}

ZipReader::~ZipReader() {
  if (z_) zip_discard(z_);
}

std::vector<std::string> ZipReader::names() const {
  std::vector<std::string> out;
  zip_int64_t n = zip_get_num_entries(z_, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* nm = zip_get_name(z_, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    if (nm) out.emplace_back(nm);
  }
  return out;
}

bool ZipReader::has(const std::string& entry) const { return zip_name_locate(z_, entry.c_str(), 0) >= 0; }

std::optional<std::string> ZipReader::read_if_present(const std::string& entry) {
  if (!has(entry)) return std::nullopt;
  return read(entry);
}

std::string ZipReader::read(const std::string& entry) {
  zip_int64_t idx = zip_name_locate(z_, entry.c_str(), 0);
  if (idx < 0) throw Error(ErrorCode::Format, name_, format(ZP_("the package has no {0}"), entry));
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(z_, static_cast<zip_uint64_t>(idx), 0, &st) != 0)
    throw Error(ErrorCode::Format, name_, format(ZP_("cannot read {0} in the package"), entry));
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
    throw Error(ErrorCode::Unsupported, name_, ZP_("the file is encrypted; save it without a password and try again"));
  std::uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
  std::uint64_t comp = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if (declared > limits_.max_entry_size)
    throw Error(ErrorCode::Format, name_, format(ZP_("{0} is too large ({1} bytes uncompressed)"), entry, declared));
  if (declared > (1u << 20) && comp > 0 && declared / comp > limits_.max_ratio)
    throw Error(ErrorCode::Format, name_, format(ZP_("{0} is compressed suspiciously well (a zip bomb?); refused"), entry));
  zip_file_t* f = zip_fopen_index(z_, static_cast<zip_uint64_t>(idx), 0);
  if (!f) {
    int code = zip_error_code_zip(zip_get_error(z_));
    throw Error(code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD ? ErrorCode::Unsupported : ErrorCode::Format, name_,
                format(ZP_("cannot open {0} in the package: {1}"), entry, zip_open_error(code)));
  }
  std::string out;
  out.reserve(static_cast<size_t>(std::min<std::uint64_t>(declared, 64u << 20)));
  char buf[65536];
  for (;;) {
    zip_int64_t n = zip_fread(f, buf, sizeof buf);
    if (n < 0) {
      zip_fclose(f);
      throw Error(ErrorCode::Format, name_, format(ZP_("{0} in the package is damaged"), entry));
    }
    if (n == 0) break;
    out.append(buf, static_cast<size_t>(n));
    // The declared size can lie: cap what is actually inflated.
    if (out.size() > limits_.max_entry_size || total_read_ + out.size() > limits_.max_total_size) {
      zip_fclose(f);
      throw Error(ErrorCode::Format, name_, format(ZP_("{0} inflates beyond the size limit (a zip bomb?); refused"), entry));
    }
  }
  zip_fclose(f);
  total_read_ += out.size();
  return out;
}

ZipWriter::ZipWriter(const fs::path& target) : target_(target) {
  // Built in memory and written with write_file_atomically (temporary file, fsync, rename):
  // libzip's own temporary file is named with OpenSSL's RAND_bytes, whose start-up alone
  // costs more than compressing a report.
  zip_error_t err;
  zip_error_init(&err);
  src_ = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (src_) z_ = zip_open_from_source(src_, ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (z_) zip_source_keep(src_);  // the bytes are read back after zip_close
  if (!z_) {
    std::string msg = zip_error_strerror(&err);
    zip_error_fini(&err);
    if (src_) zip_source_free(src_);
    src_ = nullptr;
    throw Error(ErrorCode::Io, target_.string(), format(ZP_("cannot start writing the package in memory: {0}"), msg));
  }
  zip_error_fini(&err);
}

ZipWriter::~ZipWriter() {
  if (z_) zip_discard(z_);
  if (src_) zip_source_free(src_);
}

void ZipWriter::add(const std::string& entry, std::string data, bool store) {
  buffers_.push_back(std::make_unique<std::string>(std::move(data)));
  add_view(entry, *buffers_.back(), store);
}

void ZipWriter::add_view(const std::string& entry, std::string_view data, bool store) {
  zip_source_t* src = zip_source_buffer(z_, data.data(), data.size(), 0);
  if (!src) throw Error(ErrorCode::Io, target_.string(), ZP_("out of memory"));
  zip_int64_t idx = zip_file_add(z_, entry.c_str(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
  if (idx < 0) {
    zip_source_free(src);
    throw Error(ErrorCode::Io, target_.string(), format(ZP_("cannot add {0}: {1}"), entry, zip_strerror(z_)));
  }
  zip_set_file_compression(z_, static_cast<zip_uint64_t>(idx), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
  zip_file_set_mtime(z_, static_cast<zip_uint64_t>(idx), 315532800 /* 1980-01-01: reproducible files */, 0);
}

void ZipWriter::commit(bool keep_backup) {
  if (zip_close(z_) != 0) {
    std::string msg = zip_strerror(z_);
    zip_discard(z_);
    z_ = nullptr;
    throw Error(ErrorCode::Io, target_.string(), format(ZP_("cannot write: {0}; the previous file is unchanged"), msg));
  }
  z_ = nullptr;
  buffers_.clear();
  // The package's bytes, read back from libzip's buffer a megabyte at a time into the
  // temporary file (a report with many pictures is not copied once more in memory).
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_source_stat(src_, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size == 0 || zip_source_open(src_) != 0)
    throw Error(ErrorCode::Io, target_.string(),
                format(ZP_("cannot write: {0}; the previous file is unchanged"), zip_error_strerror(zip_source_error(src_))));
  std::string chunk(std::min<zip_uint64_t>(st.size, 1 << 20), '\0');
  zip_uint64_t done = 0;
  AtomicWriteOptions o;
  o.keep_backup = keep_backup;
  try {
    write_file_atomically(
        target_,
        [&]() -> std::string_view {
          if (done == st.size) return {};
          const zip_int64_t n = zip_source_read(src_, chunk.data(), chunk.size());
          if (n <= 0)
            throw Error(ErrorCode::Io, target_.string(),
                        format(ZP_("cannot write: {0}; the previous file is unchanged"), zip_error_strerror(zip_source_error(src_))));
          done += static_cast<zip_uint64_t>(n);
          return {chunk.data(), static_cast<size_t>(n)};
        },
        o);
  } catch (...) {
    zip_source_close(src_);
    throw;
  }
  zip_source_close(src_);
}

}  // namespace zp
