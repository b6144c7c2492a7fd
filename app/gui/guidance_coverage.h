#pragma once
/// Whether a section's text addresses a clause's guidance points: a point counts as covered
/// when the text names it or uses one of its key terms. No wx here.
#include <string>
#include <vector>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::gui {

/// The text of a section (paragraphs, list items, table cells, captions), joined.
std::string section_text(const model::Section* s);

/// For each of the clause's guidance points, whether text covers it.
std::vector<bool> guidance_coverage(const standards::Clause& c, const std::string& text);

}  // namespace zp::gui
