#pragma once
/// File ▸ New: choose the standard, name the organisation, optionally start from a
/// template (the standard's built-in one or a template file).
#include <wx/dialog.h>

#include <optional>

#include "model/report.h"

class wxChoice;
class wxTextCtrl;
class wxStaticText;
class wxFilePickerCtrl;

namespace zp::gui {

class NewReportDialog : public wxDialog {
 public:
  explicit NewReportDialog(wxWindow* parent);
  /// The report the choices describe; throws zp::Error (e.g. a broken template file).
  model::Report make_report() const;
  std::string standard_id() const;

 private:
  void update();
  wxChoice* standard_ = nullptr;
  wxTextCtrl* organisation_ = nullptr;
  wxTextCtrl* title_ = nullptr;
  wxChoice* template_ = nullptr;
  wxFilePickerCtrl* template_file_ = nullptr;
  wxStaticText* description_ = nullptr;
  std::vector<std::string> ids_;
};

}  // namespace zp::gui
