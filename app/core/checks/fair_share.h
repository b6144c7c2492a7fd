#pragma once
/// The fair share of a written clause: the 字 it would get if the report's length were spread
/// by points. Used by clause.thin.
#include <optional>

#include "checks/config.h"
#include "standards/standard.h"

namespace zp::checks {

/// The points a written clause stands for: its own points; else, where the standard gives
/// points per category only (Wuhan unit awards), an even share of the nearest ancestor's
/// points among that ancestor's written descendants; nullopt for a clause without any (the
/// profile).
std::optional<double> clause_points(const standards::Standard& st, const standards::Clause& c);

/// How clause.thin judges a written clause.
struct ThinThreshold {
  long min_words = 0;              ///< under this 字数 the clause is thin
  std::optional<long> fair_share;  ///< the fair share it is a share of, when there is one
};

/// The threshold for a written clause:
/// - with points and a report limit: ratio × report limit × points ÷ total points;
/// - without points (the profile) but under a clause-scoped limit (Beijing 0: 3,000 字): ratio
///   × that limit ÷ the number of written clauses it covers;
/// - otherwise (no report limit, or no points and no clause limit): the fallback minimum.
ThinThreshold thin_threshold(const standards::Standard& st, const standards::Clause& c, const CheckConfig& config);

}  // namespace zp::checks
