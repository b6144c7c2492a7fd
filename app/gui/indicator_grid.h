#pragma once
/// Editing an indicator table in a grid: a row per indicator (name, unit, direction, a
/// column per year, target, explanation) and under it a row per comparison series (label,
/// kind, values per year). Every edit goes straight into the table and is reported through
/// on_changed.
#include <wx/grid.h>

#include <functional>

#include "model/report.h"

namespace zp::gui {

class IndicatorGrid : public wxGrid {
 public:
  explicit IndicatorGrid(wxWindow* parent);
  /// Edit this table (not owned; it must outlive the grid's use of it).
  void set_table(model::IndicatorTable* table);
  void add_indicator();
  /// Add a comparison series to the indicator of the current row.
  void add_comparison();
  /// Remove the indicator or comparison of the current row.
  void remove_row();
  /// Add the year after the last; a table without years gets the last three years.
  void add_year();
  /// Remove the year of the current column, or the last year.
  void remove_year();
  /// The indicator of the current row, or -1.
  int current_indicator() const;

  std::function<void()> on_changed;
  /// The current indicator changed (for the chart).
  std::function<void(int)> on_indicator;

 private:
  struct RowRef {
    int indicator = -1;
    int comparison = -1;  ///< -1: the indicator's own row
  };
  void rebuild();
  void on_cell_changed(wxGridEvent& e);
  int year_col(size_t i) const { return 3 + static_cast<int>(i); }
  int target_col() const;
  int note_col() const { return target_col() + 1; }
  void changed();

  model::IndicatorTable* table_ = nullptr;
  std::vector<RowRef> rows_;
};

}  // namespace zp::gui
