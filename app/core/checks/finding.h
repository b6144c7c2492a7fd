#pragma once
/// What a check reports: a stable code, a severity, the clause (and indicator) it concerns,
/// a message in the user's language saying what is wrong and what would fix it, and where
/// it applies the text range.
#include <optional>
#include <string>
#include <vector>

namespace zp::checks {

enum class Severity { Info = 0, Warning = 1, Error = 2 };

/// A range of characters (code points) in one block of a clause's section: offsets into
/// checks::block_text() of that block (for a paragraph, simply its text; see clause_text.h).
struct TextRange {
  int block = -1;  ///< block index in the section
  int begin = 0;   ///< first code point
  int end = 0;     ///< one past the last code point
};

struct Finding {
  std::string code;       ///< stable, e.g. "results.trend_short"
  Severity severity = Severity::Info;
  std::string clause;     ///< clause id, empty for the whole report
  std::string indicator;  ///< indicator name, empty when none
  std::string message;    ///< translated
  std::optional<TextRange> range;
  /// spell.unknown: corrections, filled only with CheckOptions::spelling_suggestions.
  std::vector<std::string> suggestions;
};

const char* to_string(Severity s);
std::optional<Severity> severity_from_string(const std::string& s);

}  // namespace zp::checks
