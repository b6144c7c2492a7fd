#pragma once
/// Review ▸ Summary: the pre-scoring totals of the report (scoring/totals.h) as a table of the
/// scoring units (points, each reviewer's percentage, the consensus, the score, the spread
/// flag), a chart of the points available against the points scored per category, and the
/// total, its percentage, the award level reached and the hearing line.
#include <wx/dialog.h>
#include <wx/panel.h>

#include <vector>

#include "checks/finding.h"
#include "scoring/totals.h"

class wxListCtrl;
class wxStaticText;

namespace zp::gui {

class Document;

/// Points available (grey) against points scored (blue) per category, drawn with wxDC.
class ScoreChartPanel : public wxPanel {
 public:
  explicit ScoreChartPanel(wxWindow* parent);
  void set_categories(std::vector<scoring::CategoryTotal> categories);

 private:
  void on_paint(wxPaintEvent&);
  std::vector<scoring::CategoryTotal> categories_;
};

class ScoreSummaryDialog : public wxDialog {
 public:
  explicit ScoreSummaryDialog(wxWindow* parent);
  /// Show the totals of the document's reviews (caps from the findings).
  void update(const Document& doc, const std::vector<checks::Finding>& findings);
  const scoring::ScoreSummary& summary() const { return summary_; }
  /// The total line as shown ("Total 123.5 of 1000 points (12.35%) …").
  wxString total_text() const;
  wxListCtrl* table() const { return table_; }

 private:
  scoring::ScoreSummary summary_;
  wxListCtrl* table_ = nullptr;
  ScoreChartPanel* chart_ = nullptr;
  wxStaticText* total_ = nullptr;
  wxStaticText* level_ = nullptr;
};

}  // namespace zp::gui
