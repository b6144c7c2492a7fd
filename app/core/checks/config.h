#pragma once
/// Thresholds and word lists of the checks, read from standards/data/checks.xml (embedded in
/// the binary) and validated against checks.rng. Data, not literals in code.
#include <string>
#include <string_view>
#include <vector>

namespace zp::checks {

/// "first … then" within max_gap characters, e.g. 受…影响.
struct WordPair {
  std::string first;
  std::string then;
  int max_gap = 0;
};

struct CheckConfig {
  double near_limit_ratio = 0;            ///< length.near_limit
  double thin_ratio = 0;                  ///< clause.thin: share of the fair share
  long thin_fallback_min = 0;             ///< clause.thin without a fair share, in 字
  int min_indicators = 0;                 ///< results.few_indicators
  int min_consecutive_years = 0;          ///< results.trend_short
  std::vector<std::string> reason_words;  ///< results.adverse_unexplained
  std::vector<WordPair> reason_pairs;
  int min_matched_terms = 0;                ///< process.points_uncovered
  std::vector<std::string> learning_words;  ///< process.no_learning
  int min_name_length = 0;                  ///< consistency.indicator_unreported, in characters
  int max_name_length = 0;
  std::vector<std::string> key_measure_markers;  ///< longest first
  std::vector<std::string> separators;           ///< longest first
  std::vector<std::string> trim_words;           ///< longest first
  std::vector<std::string> generic_names;
  int spelling_min_length = 0;  ///< spell.unknown
  bool spelling_ignore_acronyms = true;

  /// The built-in configuration (parsed once; thread-safe).
  static const CheckConfig& builtin();
  /// Parse and validate a checks.xml; throws zp::Error (Format) "name:line: problem".
  static CheckConfig parse(std::string_view xml, const std::string& name);
};

}  // namespace zp::checks
