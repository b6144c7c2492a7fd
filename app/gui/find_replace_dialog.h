#pragma once
/// Edit ▸ Find and Replace: a modeless dialog; the frame does the searching (across clauses).
#include <wx/dialog.h>

#include <functional>
#include <string>

class wxTextCtrl;
class wxCheckBox;
class wxStaticText;

namespace zp::gui {

class FindReplaceDialog : public wxDialog {
 public:
  explicit FindReplaceDialog(wxWindow* parent);
  std::string needle() const;
  std::string replacement() const;
  bool match_case() const;
  void set_needle(const std::string& s);
  void set_message(const wxString& m);

  std::function<void()> on_find_next;
  std::function<void()> on_replace;
  std::function<void()> on_replace_all;

 private:
  wxTextCtrl* find_ = nullptr;
  wxTextCtrl* replace_ = nullptr;
  wxCheckBox* case_ = nullptr;
  wxStaticText* message_ = nullptr;
};

}  // namespace zp::gui
