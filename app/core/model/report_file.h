#pragma once
/// The native report file (.zpr): a zip package with mimetype, report.xml (validated
/// against app/core/model/report.rng, which documents the format) and media/ images.
/// Saving is atomic and keeps the previous version as FILE.bak.
#include <filesystem>
#include <string>
#include <string_view>

#include "model/report.h"

namespace zp::model {

/// The format version this build writes; it reads this version and older ones.
inline constexpr int kReportFormatVersion = 1;
inline constexpr std::string_view kReportMimeType = "application/vnd.zhuoping.report+zip";

/// report.xml for a report (UTF-8, indented).
std::string report_to_xml(const Report& report);
/// Parse and validate report.xml; throws zp::Error "name:line: problem".
Report report_from_xml(std::string_view xml, const std::string& name);

/// Save atomically (temporary file, fsync, rename), keeping FILE.bak.
void save_report(const Report& report, const std::filesystem::path& path, bool keep_backup = true);
/// Load a .zpr; throws zp::Error naming the file (missing, not a report, newer format,
/// broken, figure without its image).
Report load_report(const std::filesystem::path& path);
/// Load a .zpr from bytes in memory (name for messages).
Report load_report_bytes(std::string bytes, const std::string& name);

}  // namespace zp::model
