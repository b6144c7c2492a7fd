#pragma once
/// The trend chart of one indicator, drawn as the PDF draws it (the same data, axis and
/// styling from io/pdf/chart.h): the organisation's values per year as columns when there
/// are comparisons (else as a line), each comparison series as a line with its own colour
/// and marker, the target as a dashed red line, a value axis with the unit, and a legend.
#include <wx/panel.h>

#include <optional>

#include "io/pdf/chart.h"
#include "model/report.h"

namespace zp::gui {

class TrendChartPanel : public wxPanel {
 public:
  explicit TrendChartPanel(wxWindow* parent);
  /// Chart indicator i of a table; nullptr or i < 0 shows a hint instead.
  void set_indicator(const model::IndicatorTable* table, int i);

 private:
  void on_paint(wxPaintEvent&);
  std::optional<io::pdf::ChartData> data_;
  std::string title_;
};

}  // namespace zp::gui
