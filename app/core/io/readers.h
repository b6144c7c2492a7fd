#pragma once
/// The readers that turn a file into a report, listed once by format name (like pandoc's
/// reader table). Each reader collects non-fatal warnings and throws zp::Error for what
/// makes the file unusable.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "model/report.h"
#include "util/error.h"

namespace zp::io {

struct ReadOptions {
  /// Standard to map the document onto; empty = take it from the file or detect it.
  std::string standard_id;
};

struct ReadResult {
  model::Report report;
  Diagnostics warnings;
  /// Free-form lines describing what the reader did (e.g. a .docx mapping report).
  std::vector<std::string> notes;
};

using ReaderFn = std::function<ReadResult(const std::filesystem::path&, const ReadOptions&)>;

struct Reader {
  std::string format;                   ///< "zpr", "docx"
  std::vector<std::string> extensions;  ///< ".zpr"
  std::string description;
  ReaderFn read;
};

/// Register a reader (done once per format at start-up by the format's own file).
void register_reader(Reader r);
/// All registered readers.
const std::vector<Reader>& readers();
/// The reader for a path's extension, or nullptr.
const Reader* reader_for(const std::filesystem::path& path);

/// Read any supported file into a report; throws zp::Error (Unsupported) for an unknown
/// extension, naming the supported ones.
ReadResult read_report(const std::filesystem::path& path, const ReadOptions& options = {});

}  // namespace zp::io
