#pragma once
/// Recognising indicator tables in a draft: a header row with year columns (2021, 2021年,
/// 2021年度) and columns naming the unit, a target, comparisons (行业平均, 标杆, 竞争对手 …),
/// an explanation and a direction; one indicator per row. Transposed tables (years down the
/// first column, indicators across) are recognised too.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "io/docx/direction_lexicon.h"
#include "model/report.h"

namespace zp::io::docx {

/// The year a header cell names ("2021", "2021年", "2021年度", full-width digits), or nullopt.
std::optional<int> header_year(std::string_view cell);

/// What a header cell names.
enum class ColumnRole { Name, Unit, Year, Target, Comparison, Note, Direction, Other };

struct ColumnHeader {
  ColumnRole role = ColumnRole::Other;
  int year = 0;  ///< for Year, and for a comparison of one year ("2023年行业平均")
  model::ComparisonKind kind = model::ComparisonKind::Benchmark;
  std::string label;  ///< the comparison's label without the year
};

/// Classify one header cell.
ColumnHeader classify_header(std::string_view cell);

/// The comparison a label names (行业平均, 标杆值, 竞争对手A …), or nullopt.
std::optional<model::ComparisonKind> comparison_kind(std::string_view label);

/// Build an indicator table from a grid of cell texts (merged cells already expanded),
/// or nullopt when the grid is not one. notes receives what was not understood.
std::optional<model::IndicatorTable> recognise_indicator_table(const std::vector<std::vector<std::string>>& grid,
                                                               const DirectionLexicon& lexicon,
                                                               std::vector<std::string>* notes = nullptr);

}  // namespace zp::io::docx
