#pragma once
/// Consensus per scoring unit, as award examiners reach it: each reviewer scores on their
/// own, then the lead's agreed value stands; without one, the median of the reviewers.
/// Units whose reviewers are 20 points or more apart are flagged for discussion.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/report.h"

namespace zp::scoring {

/// Reviewers this many percentage points apart (or more) are flagged for discussion.
inline constexpr double kSpreadThreshold = 20;

struct Consensus {
  /// The consensus percentage, or nullopt when nobody scored the unit and no value was agreed.
  std::optional<double> percent;
  /// Whether percent is the lead's agreed value (else the reviewers' median).
  bool agreed = false;
  /// The reviewers' median, when anybody scored the unit.
  std::optional<double> median;
  /// Highest minus lowest reviewer percentage (0 with fewer than two reviewers).
  double range = 0;
  /// range >= kSpreadThreshold: discuss before agreeing.
  bool spread = false;
  /// Each reviewer's percentage, by reviewer name.
  std::map<std::string, double> by_reviewer;
};

/// The median: the middle value, or the mean of the two middle values of an even count.
/// nullopt for no values.
std::optional<double> median(std::vector<double> values);

/// The consensus of one unit from the report's reviews.
Consensus consensus_for(const model::Reviews& reviews, const std::string& clause_id);

}  // namespace zp::scoring
