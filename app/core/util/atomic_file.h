#pragma once
/// Safe file writing: the data goes to a temporary file beside the target, is flushed to
/// disk (fsync), and is renamed over the target; the target's directory is synced too.
/// A failure at any point (full disk, permissions) leaves the old file untouched and
/// throws zp::Error naming the file.
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace zp {

struct AtomicWriteOptions {
  /// Keep the file that is replaced as "<target>.bak" (one previous version).
  bool keep_backup = false;
};

/// Write data to path atomically.
void write_file_atomically(const std::filesystem::path& path, std::string_view data,
                           const AtomicWriteOptions& options = {});

/// Write to path atomically what next_chunk() gives, chunk after chunk, until it gives an
/// empty one (so a large file need not be in memory at once). When next_chunk throws, the
/// temporary file goes and the old file stays as it was; the exception passes on.
void write_file_atomically(const std::filesystem::path& path, const std::function<std::string_view()>& next_chunk,
                           const AtomicWriteOptions& options = {});

/// Read a whole file; throws zp::Error (Io) naming the file when it cannot.
std::string read_file(const std::filesystem::path& path);

/// A temporary file path beside target, unique to this process and call.
std::filesystem::path temporary_path_beside(const std::filesystem::path& target);

/// fsync the file at path, and the directory holding it; throws zp::Error on failure.
void sync_file_and_directory(const std::filesystem::path& path);

/// Rename tmp over target (keeping a backup when asked) and sync the directory.
void commit_temporary(const std::filesystem::path& tmp, const std::filesystem::path& target,
                      const AtomicWriteOptions& options = {});

/// For tests: make the next atomic write fail in write() with this errno (e.g. ENOSPC),
/// as a full disk would. 0 clears it.
void inject_write_failure_for_testing(int err);

}  // namespace zp
