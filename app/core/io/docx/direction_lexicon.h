#pragma once
/// Whether a larger value of an indicator is better, from the measure its name ends in
/// (standards/data/indicator-directions.xml), or from a direction cell of a table.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/report.h"

namespace zp::io::docx {

class DirectionLexicon {
 public:
  /// The built-in lexicon (embedded indicator-directions.xml, validated on first use).
  static const DirectionLexicon& builtin();
  /// Parse and validate a lexicon; throws zp::Error "name:line: problem".
  static DirectionLexicon parse(std::string_view xml, const std::string& name);

  /// The direction of an indicator by the longest listed measure its name ends in
  /// (a bracketed unit at the end is ignored); Unknown when it ends in none.
  model::Direction direction_of(std::string_view indicator_name) const;
  /// A direction written in a table cell (越高越好, 越低越好, ↑, ↓, 正向, 负向 …).
  static std::optional<model::Direction> from_cell(std::string_view cell);
  size_t size() const { return measures_.size(); }

 private:
  std::vector<std::pair<std::string, model::Direction>> measures_;  // longest first
};

/// The indicator name without a trailing bracketed unit, and that unit:
/// "不良品率（%）" → {"不良品率", "%"}.
std::pair<std::string, std::string> split_unit(std::string_view name);

}  // namespace zp::io::docx
