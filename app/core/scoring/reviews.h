#pragma once
/// Editing a report's reviews the way the CLI and the editor's scoring panel both need:
/// every change is checked against the standard first (scoring unit, scale, factors), so a
/// refused change leaves the report untouched.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::scoring {

/// One reviewer's judgement of one unit, as entered.
struct ScoreEntry {
  std::string reviewer;
  std::optional<model::ReviewerRole> role;  ///< set or change the reviewer's role; nullopt = keep (new: internal reviewer)
  std::string clause;
  double percent = 0;
  std::map<std::string, std::string> factor_notes;  ///< replace these factors' notes
  std::vector<std::string> strengths;               ///< appended unless the same text is there
  std::vector<std::string> opportunities;           ///< appended unless the same text is there
};

/// Record a score: validates the unit, the percentage and the factors (throws zp::Error naming
/// file, leaving the report unchanged), adds the reviewer when new, and replaces the
/// reviewer's percentage for the unit. Returns the stored score.
model::UnitScore& set_score(model::Report& report, const standards::Standard& st, const ScoreEntry& entry,
                            const std::string& file = {});

/// The factors a unit's guides name (A, D, L, I, Le, T, C, P …), without repeats.
std::vector<std::string> unit_factors(const standards::Standard& st, const standards::Clause& unit);

/// Record the lead's consensus for a unit (validated like a score).
void agree(model::Report& report, const standards::Standard& st, const std::string& clause, double percent,
           const std::string& file = {});
/// Withdraw the agreed value of a unit (the median applies again). Returns whether one was set.
bool withdraw_agreement(model::Report& report, const std::string& clause);

/// Remove one reviewer's score of a unit. Returns whether there was one.
bool remove_score(model::Report& report, const std::string& reviewer, const std::string& clause);

}  // namespace zp::scoring
