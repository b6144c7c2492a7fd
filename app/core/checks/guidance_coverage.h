#pragma once
/// Whether a clause's text addresses its guidance points: enough of a point's key terms
/// occur in the text (checks.xml's min-matched-terms, or all of them when the point has
/// fewer). Shared by the check process.points_uncovered and the editor's guidance ticks, so
/// the two always agree.
#include <string_view>
#include <vector>

#include "checks/config.h"
#include "model/report.h"
#include "standards/standard.h"

namespace zp::checks {

struct PointCoverage {
  size_t found = 0;   ///< key terms that occur in the text
  size_t needed = 0;  ///< key terms that must occur
  bool covered() const { return found >= needed; }
};

/// How many of the point's terms occur in text, and how many are needed. A point without
/// terms needs none (it cannot be judged by terms).
PointCoverage point_coverage(const standards::GuidancePoint& p, std::string_view text, const CheckConfig& config);

/// For each of the clause's guidance points, whether the section covers it; a point without
/// terms counts as covered when the text names it.
std::vector<bool> guidance_coverage(const standards::Clause& c, const model::Section* s,
                                    const CheckConfig& config = CheckConfig::builtin());

}  // namespace zp::checks
