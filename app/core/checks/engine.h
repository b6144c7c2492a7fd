#pragma once
/// The check engine: runs every registered check over a report and its standard. Checks
/// read the report and never change it.
#include <map>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "model/report.h"
#include "standards/standard.h"

namespace zp::text {
class Spelling;
}

namespace zp::checks {

struct CheckOptions {
  /// Run the Hunspell spelling check (Latin-script words only).
  bool spelling = true;
  /// 字数 per clause at the last save, as text::count_report gives them (heading included), to
  /// name the clauses that grew most in length.over_limit (optional).
  std::map<std::string, long> previous_clause_counts;
  /// Only these check codes (empty = all).
  std::vector<std::string> only;
  /// Fill Finding::suggestions of spell.unknown (slow: ~30 ms a word; only on demand).
  bool spelling_suggestions = false;
  /// The speller to use (e.g. the editor's, with words added this session; it should hold the
  /// report's own dictionary); nullptr = one made for this run from en_US and the report's
  /// own dictionary.
  const text::Spelling* speller = nullptr;
};

/// A registered check, for listings and the findings panel.
struct CheckInfo {
  std::string code;
  Severity severity = Severity::Info;
  std::string title;  ///< translated
};

/// Every registered check, in the order of checks/check_list.h.
std::vector<CheckInfo> check_catalog();

/// Run all checks; findings in the standard's clause order (report-wide ones first), errors
/// first within a clause. Thread-safe: several threads may run checks at once (the thresholds,
/// the check list and the Hunspell dictionary are shared read-only or behind a mutex).
std::vector<Finding> run_checks(const model::Report& report, const standards::Standard& standard,
                                const CheckOptions& options = {});

}  // namespace zp::checks
