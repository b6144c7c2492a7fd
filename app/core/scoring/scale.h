#pragma once
/// The scale a scoring unit is judged on: the percentages its guide allows (5% steps in the
/// A-D-L-I / Le-T-C-I guides, whole numbers within the five levels of the Shenzhen social
/// guide, 30%–100% in the Wuhan individual award's four bands), and refusing the rest.
#include <optional>
#include <string>
#include <vector>

#include "standards/standard.h"

namespace zp::scoring {

/// The guides a unit is scored on. Most units have one; a Wuhan unit-award category is
/// judged on its process and results clauses together, so it carries both guides.
struct Scale {
  std::vector<const standards::Guide*> guides;
  /// Whether percent is allowed: on every guide's scale (inside a band, on a step).
  bool accepts(double percent) const;
  /// The allowed percentages in ascending order.
  std::vector<double> allowed_values() const;
  /// The allowed values for a message: "0, 5, 10, …, 100" listed in full when there are at
  /// most 25 of them, else as ranges ("any whole number from 0 to 100").
  std::string describe() const;
  /// The band percent falls in on each guide (nullptr where it lies on none).
  std::vector<const standards::Band*> bands_for(double percent) const;
};

/// The scale of a scoring unit (see Scale::guides).
Scale scale_for(const standards::Standard& st, const standards::Clause& unit);

/// Whether a clause is one of the standard's scoring units.
bool is_scoring_unit(const standards::Standard& st, const std::string& clause_id);

/// The scoring unit with this id; throws zp::Error NotFound for an unknown clause id and
/// Invalid for a clause that is not scored on its own, naming the scoring units.
/// file names the report for the message.
const standards::Clause& scoring_unit(const standards::Standard& st, const std::string& clause_id,
                                      const std::string& file = {});

/// Throws zp::Error (Invalid) when percent is not on the unit's scale, naming the allowed
/// values, e.g. "57% is not on the scale of 1.1 文化引领: allowed are 0, 5, 10, …".
void validate_percent(const standards::Standard& st, const standards::Clause& unit, double percent,
                      const std::string& file = {});

/// A percentage for display: "55", "52.5" (no trailing zeros).
std::string percent_text(double percent);

}  // namespace zp::scoring
