#pragma once
/// Reading an indicator's yearly values the way the results checks judge them.
#include <optional>
#include <vector>

#include "model/report.h"

namespace zp::checks {

/// The indicators of every indicator table of a section, in order.
std::vector<const model::Indicator*> section_indicators(const model::Section& section);

/// The longest run of consecutive years holding a number (a "—" or empty cell breaks it).
int longest_consecutive_years(const model::Indicator& ind);

/// Whether the indicator has a benchmark, competitor or industry value with a number (a
/// target is not a comparison).
bool has_comparison(const model::Indicator& ind);

/// The latest year with a number and the year before it that has one.
struct LatestChange {
  int previous_year = 0;
  double previous = 0;
  int year = 0;
  double value = 0;
};
std::optional<LatestChange> latest_change(const model::Indicator& ind);

/// Whether the change is for the worse by the indicator's direction (unknown → false).
bool is_adverse(const model::Indicator& ind, const LatestChange& change);

}  // namespace zp::checks
