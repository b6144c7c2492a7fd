#pragma once
/// Whether a section's text addresses a clause's guidance points, by the rule of the check
/// process.points_uncovered: enough of the point's key terms occur in the clause's text
/// (checks.xml's min-matched-terms, or all of them when the point has fewer); a point
/// without terms counts as covered when the text names it. No wx here.
#include <string>
#include <vector>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::gui {

/// For each of the clause's guidance points, whether the section covers it.
std::vector<bool> guidance_coverage(const standards::Clause& c, const model::Section* s);

}  // namespace zp::gui
