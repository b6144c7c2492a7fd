#pragma once
/// The findings of the whole report, grouped by clause in the standard's order and
/// filterable by severity. Choosing a finding reports it through on_activate (the frame
/// goes to the clause and selects the text range).
#include <wx/panel.h>

#include <functional>
#include <vector>

#include "checks/finding.h"

class wxChoice;
class wxStaticText;
class wxTreeCtrl;
class wxTextCtrl;

namespace zp::standards {
class Standard;
}

namespace zp::gui {

class FindingsPanel : public wxPanel {
 public:
  explicit FindingsPanel(wxWindow* parent);
  void set_findings(std::vector<checks::Finding> findings, const standards::Standard* st);
  /// Show only findings at or above this severity.
  void set_minimum_severity(checks::Severity s);
  /// "checking…" while a run is under way.
  void set_busy(bool busy);
  const std::vector<checks::Finding>& findings() const { return findings_; }
  /// Findings shown after the filter.
  size_t shown() const { return shown_; }
  wxTreeCtrl* tree() const { return tree_; }

  std::function<void(const checks::Finding&)> on_activate;

 private:
  void rebuild();
  wxChoice* filter_ = nullptr;
  wxStaticText* summary_ = nullptr;
  wxTreeCtrl* tree_ = nullptr;
  wxTextCtrl* detail_ = nullptr;
  std::vector<checks::Finding> findings_;
  const standards::Standard* standard_ = nullptr;
  checks::Severity minimum_ = checks::Severity::Info;
  size_t shown_ = 0;
  bool busy_ = false;
};

}  // namespace zp::gui
