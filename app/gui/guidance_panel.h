#pragma once
/// The guidance of the selected clause: the standard's requirement text, its named guidance
/// points with a mark where the text already covers them, the example indicators, and the
/// scoring guide's band descriptors.
#include <wx/panel.h>

#include <string>
#include <vector>

#include "model/report.h"
#include "standards/standard.h"

class wxTextCtrl;

namespace zp::gui {

class GuidancePanel : public wxPanel {
 public:
  explicit GuidancePanel(wxWindow* parent);
  /// Show a clause's guidance against the section's current text.
  void show(const standards::Standard* st, const standards::Clause* c, const model::Section* s);
  /// The section changed: update the coverage marks (redraws only when they change).
  void update_coverage(const model::Section* s);
  const std::vector<bool>& coverage() const { return coverage_; }
  /// The text shown (for tests).
  wxString plain_text() const;

 private:
  void render();
  wxTextCtrl* text_ = nullptr;
  const standards::Standard* standard_ = nullptr;
  const standards::Clause* clause_ = nullptr;
  std::vector<bool> coverage_;
};

}  // namespace zp::gui
