#pragma once
/// Exporting a report as a PDF ready to submit (or, as a draft, with a watermark and the
/// check findings appended). Implemented with PoDoFo; see the PDF section of the README.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "model/report.h"
#include "standards/standard.h"

namespace zp::io::pdf {

struct ExportOptions {
  /// Draft: export even over the limit, with a diagonal 草稿 watermark on every page and an
  /// appendix listing the findings below.
  bool draft = false;
  std::vector<checks::Finding> findings;  ///< for the draft appendix
  /// Deterministic output (fixed dates and document id) for tests.
  bool deterministic = false;
  /// The date on the cover (YYYY-MM-DD); empty = today (or a fixed date when deterministic).
  std::string date;
  /// Progress from 0 to 1 with a short description; return false to cancel.
  std::function<bool(double, const std::string&)> progress;
};

/// Why a submission export was refused.
struct Refusal {
  long count = 0;        ///< the report's 字数
  long limit = 0;        ///< the limit broken
  std::string scope;     ///< "report" or a clause id
  std::string message;   ///< count, limit, excess and what to cut (translated)
};

/// When the report breaks a length limit (report or clause), the refusal; else nullopt.
std::optional<Refusal> submission_refusal(const model::Report& report, const standards::Standard& standard);

struct ExportResult {
  int pages = 0;
  std::vector<std::string> warnings;  ///< e.g. characters that could not be drawn
};

/// Write the PDF atomically. Throws zp::Error (Invalid) when not a draft and
/// submission_refusal() refuses; zp::Error (Io) when the file cannot be written;
/// zp::Error (Invalid) with the characters when the report holds text PoDoFo cannot draw.
ExportResult export_pdf(const model::Report& report, const standards::Standard& standard,
                        const std::filesystem::path& out, const ExportOptions& options = {});

}  // namespace zp::io::pdf
