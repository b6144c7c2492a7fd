#pragma once
/// Reading and writing zip packages (.zpr, .docx) through libzip, safely: entry names are
/// only ever used as keys (never as paths), and reading is capped in total size and
/// compression ratio so a zip bomb is refused instead of filling memory.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct zip;
struct zip_source;

namespace zp {

struct ZipLimits {
  std::uint64_t max_entry_size = 256ull << 20;   ///< one entry, uncompressed
  std::uint64_t max_total_size = 512ull << 20;   ///< all entries read, uncompressed
  std::uint64_t max_ratio = 200;                 ///< uncompressed / compressed, for large entries
  std::uint64_t max_entries = 10000;
};

/// A zip file opened for reading. Throws zp::Error naming the file for anything unusable
/// (not a zip, encrypted entry, bomb, truncated).
class ZipReader {
 public:
  ZipReader(const std::filesystem::path& path, ZipLimits limits = {});
  /// From bytes in memory (name is used in messages).
  ZipReader(std::string data, std::string name, ZipLimits limits = {});
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  std::vector<std::string> names() const;
  bool has(const std::string& entry) const;
  /// The bytes of an entry; throws zp::Error when missing or over the limits.
  std::string read(const std::string& entry);
  /// The bytes of an entry, or nullopt when it is not there.
  std::optional<std::string> read_if_present(const std::string& entry);
  const std::string& name() const { return name_; }

 private:
  void open_from_source(void* source);
  zip* z_ = nullptr;
  std::string name_;
  std::string data_;  // keeps in-memory bytes alive
  ZipLimits limits_;
  std::uint64_t total_read_ = 0;
};

/// A zip being built in memory; commit() writes it over the target atomically
/// (write_file_atomically: a temporary file beside it, fsync, rename). Destroying it without
/// commit leaves the target as it was.
class ZipWriter {
 public:
  explicit ZipWriter(const std::filesystem::path& target);
  ~ZipWriter();
  ZipWriter(const ZipWriter&) = delete;
  ZipWriter& operator=(const ZipWriter&) = delete;
  /// Add an entry; store=true keeps it uncompressed (e.g. "mimetype", images).
  void add(const std::string& entry, std::string data, bool store = false);
  /// The same without a copy of the bytes (a report's images): they must stay as they are
  /// until commit() returns.
  void add_view(const std::string& entry, std::string_view data, bool store = false);
  /// Write, fsync and rename over the target; keep_backup keeps the old one as .bak.
  void commit(bool keep_backup);

 private:
  std::filesystem::path target_;
  zip_source* src_ = nullptr;
  zip* z_ = nullptr;
  std::vector<std::unique_ptr<std::string>> buffers_;
};

}  // namespace zp
