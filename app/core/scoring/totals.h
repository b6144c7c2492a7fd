#pragma once
/// Totals of a pre-scored report: per scoring unit the consensus and its points
/// (score = points × percentage), per category and overall; the award level the total reaches
/// by the standard's thresholds and, where the standard has one, whether it clears the
/// hearing line (Shenzhen: more than 50% of the total). Everything a summary table, a chart
/// of points available against points scored per category, or the CLI needs, in one struct.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/report.h"
#include "scoring/consensus.h"
#include "scoring/evidence_caps.h"
#include "scoring/scale.h"
#include "standards/standard.h"

namespace zp::scoring {

/// One row of the summary table: a scoring unit.
struct UnitRow {
  const standards::Clause* clause = nullptr;
  std::string id;
  std::string title;
  std::string category;  ///< id of the top-level clause holding the unit (the unit itself at the top)
  double points = 0;
  Consensus consensus;   ///< percent nullopt when nobody scored the unit
  /// points × consensus percent ÷ 100; 0 when unscored.
  double score = 0;
  Scale scale;
  /// The band of the consensus on each of scale.guides (nullptr where none or unscored).
  std::vector<const standards::Band*> bands;
  /// Evidence-cap advice for this unit (filled by apply_caps).
  std::vector<CapAdvice> caps;
  /// The lowest cap, and whether the consensus is above it.
  std::optional<double> cap;
  bool above_cap = false;
};

/// Points available against points scored in one top-level clause (for the chart).
struct CategoryTotal {
  std::string id;
  std::string title;
  double points = 0;  ///< available: the sum of its units' points
  double score = 0;
  int units = 0;
  int scored_units = 0;
};

/// Holds pointers into the Standard (clauses, guides, bands, levels): keep it alive while the
/// summary is used (the Library's standards live for the whole program).
struct ScoreSummary {
  std::string standard_id;
  std::string standard_name;
  double total_points = 0;  ///< the standard's total
  double score = 0;         ///< Σ unit scores
  double percent = 0;       ///< score ÷ total_points × 100
  /// The highest award level reached (not the hearing line), or nullptr: below every level,
  /// or the standard states none.
  const standards::AwardLevel* level = nullptr;
  /// The hearing line, where the standard has one.
  const standards::AwardLevel* hearing_line = nullptr;
  /// Whether the total clears the hearing line; nullopt where the standard has none.
  std::optional<bool> hearing;
  std::vector<UnitRow> units;             ///< in the standard's order
  std::vector<CategoryTotal> categories;  ///< in the standard's order
  std::vector<model::Reviewer> reviewers; ///< the report's reviewers, plus any only named in scores
  int scored_units = 0;
  int spread_units = 0;
  int agreed_units = 0;

  const UnitRow* unit(const std::string& clause_id) const;
};

/// The highest award level (not a hearing line) that percent reaches, or nullptr.
const standards::AwardLevel* level_reached(const standards::Standard& st, double percent);
/// The standard's hearing line, or nullptr.
const standards::AwardLevel* hearing_line(const standards::Standard& st);

/// Totals of the report's reviews on its standard. Scores of clauses that are not scoring
/// units are ignored (summarize never throws on a hand-edited file).
ScoreSummary summarize(const model::Report& report, const standards::Standard& st);

/// Attach evidence-cap advice to the rows it concerns (advice only: scores are unchanged).
void apply_caps(ScoreSummary& summary, const std::vector<CapAdvice>& advice);

/// Round for display and JSON: to 4 decimals, so 30 × 37% gives 11.1, not 11.100000000000001.
double tidy(double value);

}  // namespace zp::scoring
