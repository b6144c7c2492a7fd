#pragma once
/// Trend charts of indicators, drawn as vectors: the organisation's values per year as bars
/// (when there are comparisons) or a line, each comparison series as a line of its own
/// colour and marker, the target as a dashed line, a value axis with nice ticks and the
/// unit, a year axis and a legend, all labels in Chinese.
#include <optional>
#include <string>
#include <vector>

#include "io/pdf/display_list.h"
#include "io/pdf/font.h"
#include "model/report.h"

namespace zp::io::pdf {

struct ChartSeries {
  std::string label;
  std::vector<std::optional<double>> values;  ///< one per year of the chart
};

struct ChartData {
  std::string unit;
  std::vector<int> years;
  ChartSeries organisation;
  std::vector<ChartSeries> comparisons;
  std::optional<double> target;
  bool bars = false;  ///< organisation as bars (when compared), else as a line
};

/// The chart of one indicator of a table: the table's years (or the indicator's own when
/// the table lists none), its values, its comparison series (a single value stands at the
/// latest year) and its target.
ChartData chart_data(const model::IndicatorTable& table, size_t indicator);

/// A value axis: from min to max in steps, ticks at every step.
struct Axis {
  double min = 0, max = 1, step = 1;
  std::vector<double> ticks;
};

/// Nice ticks (1, 2, 2.5 or 5 × 10^k) covering [lo, hi] in at most max_ticks steps;
/// starting at zero when include_zero (bars) or when the data lie near zero.
Axis nice_axis(double lo, double hi, bool include_zero, int max_ticks = 6);

/// A tick's label with as many decimals as the step needs: 0.25 → "0.25", 1000 → "1000".
std::string tick_label(double value, double step);

/// The chart's height for a given width.
double chart_height(double width);

/// Draw the chart into the box whose top left corner is (x, top).
void draw_chart(const ChartData& data, const Font& font, double x, double top, double width,
                std::vector<Op>& out);

}  // namespace zp::io::pdf
