#pragma once
/// Find and replace across the clauses of a report. Text in paragraphs, list items, table
/// cells and captions is searched. Case folding is for ASCII letters only (Chinese has no
/// case). No wx here.
#include <string>

#include "model/report.h"

namespace zp::gui {

struct FindOptions {
  bool match_case = false;
};

/// Byte offset of the first match at or after from, or npos.
size_t find_in(const std::string& text, const std::string& needle, size_t from, const FindOptions& o);
/// Whether the section's text holds needle.
bool section_contains(const model::Section& s, const std::string& needle, const FindOptions& o);
/// Replace every match in the report; returns how many were replaced.
int replace_all(model::Report& r, const std::string& needle, const std::string& replacement, const FindOptions& o);

}  // namespace zp::gui
