#pragma once
/// The pane under the clause text that edits the table, indicator table or figure the
/// caret stands on: its caption and its content (a grid; for indicators also the trend
/// chart; for a figure the picture).
#include <wx/panel.h>

#include <functional>

#include "model/report.h"

class wxSimplebook;
class wxTextCtrl;
class wxGrid;
class wxGridEvent;
class wxStaticBitmap;
class wxStaticText;
class wxSplitterWindow;

namespace zp::gui {

class IndicatorGrid;
class TrendChartPanel;

class BlockPane : public wxPanel {
 public:
  explicit BlockPane(wxWindow* parent);
  /// Edit this block (nullptr: nothing); report holds the figures' images.
  void show(model::Block* block, model::Report* report);
  model::Block* block() const { return block_; }
  IndicatorGrid* indicator_grid() const { return indicator_grid_; }
  /// A table cell being typed into: its text goes into the block (on_changed), the cell
  /// closed, or left open for typing on (keep_open, for the autosave).
  void commit_cell(bool keep_open);

  /// The block was edited.
  std::function<void()> on_changed;
  /// The user asked to delete the block.
  std::function<void()> on_delete;

 private:
  wxPanel* make_indicator_page();
  wxPanel* make_table_page();
  wxPanel* make_figure_page();
  void load_table_grid();
  void on_table_cell(wxGridEvent& e);
  void update_chart();
  void changed();

  model::Block* block_ = nullptr;
  model::Report* report_ = nullptr;
  bool loading_ = false;
  wxStaticText* title_ = nullptr;
  wxTextCtrl* caption_ = nullptr;
  wxSimplebook* book_ = nullptr;
  IndicatorGrid* indicator_grid_ = nullptr;
  TrendChartPanel* chart_ = nullptr;
  wxSplitterWindow* split_ = nullptr;
  wxGrid* table_grid_ = nullptr;
  wxStaticBitmap* picture_ = nullptr;
  wxStaticText* picture_info_ = nullptr;
};

}  // namespace zp::gui
