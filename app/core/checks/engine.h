#pragma once
/// The check engine: runs every registered check over a report and its standard. Checks
/// read the report and never change it.
#include <map>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "model/report.h"
#include "standards/standard.h"

namespace zp::checks {

struct CheckOptions {
  /// Run the Hunspell spelling check (Latin-script words only).
  bool spelling = true;
  /// Clause counts at the last save, to name the clauses that grew most (optional).
  std::map<std::string, long> previous_clause_counts;
  /// Only these check codes (empty = all).
  std::vector<std::string> only;
};

/// Run all checks; findings in the standard's clause order, errors first within a clause.
std::vector<Finding> run_checks(const model::Report& report, const standards::Standard& standard,
                                const CheckOptions& options = {});

}  // namespace zp::checks
