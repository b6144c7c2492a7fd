#include "util/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp {
namespace fs = std::filesystem;

namespace {
std::atomic<int> g_injected_write_errno{0};

std::string errno_text(int err) { return std::strerror(err); }

void sync_path(const fs::path& p, bool directory) {
  int fd = ::open(p.c_str(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
  if (fd < 0) {
    if (directory) return;  // some file systems refuse to open directories; not fatal
    throw Error(ErrorCode::Io, p.string(), format(ZP_("cannot open for syncing: {0}"), errno_text(errno)));
  }
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  if (rc != 0 && !(directory && (err == EINVAL || err == EROFS))) {
    throw Error(ErrorCode::Io, p.string(), format(ZP_("cannot flush to disk: {0}"), errno_text(err)));
  }
}
}  // namespace

fs::path temporary_path_beside(const fs::path& target) {
  static std::atomic<unsigned> counter{0};
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string name = "." + target.filename().string() + ".tmp-" + std::to_string(::getpid()) + "-" +
                     std::to_string(counter++);
  return dir / name;
}

void sync_file_and_directory(const fs::path& path) {
  sync_path(path, false);
  fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  sync_path(dir, true);
}

void commit_temporary(const fs::path& tmp, const fs::path& target, const AtomicWriteOptions& options) {
  sync_path(tmp, false);
  std::error_code ec;
  if (options.keep_backup && fs::exists(target, ec)) {
    fs::path bak = target;
    bak += ".bak";
    // A hard link keeps the old version under the backup name without a window in which
    // the target is missing; fall back to copying where links are not supported.
    fs::remove(bak, ec);
    ec.clear();
    fs::create_hard_link(target, bak, ec);
    if (ec) {
      ec.clear();
      fs::copy_file(target, bak, fs::copy_options::overwrite_existing, ec);
    }
  }
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    int err = errno;
    fs::remove(tmp, ec);
    throw Error(ErrorCode::Io, target.string(), format(ZP_("cannot replace the file: {0}"), errno_text(err)));
  }
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  sync_path(dir, true);
}

void write_file_atomically(const fs::path& path, std::string_view data, const AtomicWriteOptions& options) {
  bool given = false;
  write_file_atomically(
      path, [&]() -> std::string_view {
        if (given) return {};
        given = true;
        return data;
      },
      options);
}

void write_file_atomically(const fs::path& path, const std::function<std::string_view()>& next_chunk,
                           const AtomicWriteOptions& options) {
  fs::path tmp = temporary_path_beside(path);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) {
    throw Error(ErrorCode::Io, path.string(), format(ZP_("cannot create a file beside it: {0}"), errno_text(errno)));
  }
  auto give_up = [&] {
    ::close(fd);
    ::unlink(tmp.c_str());
  };
  for (;;) {
    std::string_view chunk;
    try {
      chunk = next_chunk();
    } catch (...) {
      give_up();
      throw;
    }
    if (chunk.empty()) break;
    const char* p = chunk.data();
    size_t left = chunk.size();
    while (left > 0) {
      ssize_t n;
      if (int injected = g_injected_write_errno.exchange(0); injected != 0) {
        errno = injected;
        n = -1;
      } else {
        n = ::write(fd, p, left);
      }
      if (n < 0) {
        if (errno == EINTR) continue;
        int err = errno;
        give_up();
        throw Error(ErrorCode::Io, path.string(), format(ZP_("cannot write: {0}; the previous file is unchanged"), errno_text(err)));
      }
      p += n;
      left -= static_cast<size_t>(n);
    }
  }
  if (::fsync(fd) != 0) {
    int err = errno;
    give_up();
    throw Error(ErrorCode::Io, path.string(), format(ZP_("cannot flush to disk: {0}; the previous file is unchanged"), errno_text(err)));
  }
  if (::close(fd) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw Error(ErrorCode::Io, path.string(), format(ZP_("cannot write: {0}; the previous file is unchanged"), errno_text(err)));
  }
  commit_temporary(tmp, path, options);
}

void inject_write_failure_for_testing(int err) { g_injected_write_errno = err; }

std::string read_file(const fs::path& path) {
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(ErrorCode::Io, path.string(), ZP_("no such file"));
  if (fs::is_directory(path, ec)) throw Error(ErrorCode::Io, path.string(), ZP_("is a directory, not a file"));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::Io, path.string(), format(ZP_("cannot open: {0}"), errno_text(errno)));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw Error(ErrorCode::Io, path.string(), ZP_("cannot read"));
  return ss.str();
}

}  // namespace zp
