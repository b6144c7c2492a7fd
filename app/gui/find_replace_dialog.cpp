#include "gui/find_replace_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/wx_string.h"
#include "util/i18n.h"

namespace zp::gui {

FindReplaceDialog::FindReplaceDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, wx(ZP_("Find and replace")), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE) {
  auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(8));
  grid->AddGrowableCol(1, 1);
  find_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(320, -1)), wxTE_PROCESS_ENTER);
  replace_ = new wxTextCtrl(this, wxID_ANY);
  grid->Add(new wxStaticText(this, wxID_ANY, wx(ZP_("Find:"))), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  grid->Add(find_, 1, wxEXPAND);
  grid->Add(new wxStaticText(this, wxID_ANY, wx(ZP_("Replace with:"))), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  grid->Add(replace_, 1, wxEXPAND);
  case_ = new wxCheckBox(this, wxID_ANY, wx(ZP_("Match case (Latin letters)")));
  message_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  message_->SetForegroundColour(wxColour(100, 106, 115));
  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  auto button = [&](const char* label, std::function<void()>* fn) {
    auto* b = new wxButton(this, wxID_ANY, wx(label));
    b->Bind(wxEVT_BUTTON, [fn](wxCommandEvent&) {
      if (*fn) (*fn)();
    });
    buttons->Add(b, 0, wxLEFT, FromDIP(6));
    return b;
  };
  buttons->AddStretchSpacer();
  button(ZP_("Replace all"), &on_replace_all);
  button(ZP_("Replace"), &on_replace);
  button(ZP_("Find next"), &on_find_next)->SetDefault();
  auto* close = new wxButton(this, wxID_CLOSE, wx(ZP_("Close")));
  close->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Hide(); });
  buttons->Add(close, 0, wxLEFT, FromDIP(6));
  find_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
    if (on_find_next) on_find_next();
  });
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(grid, 0, wxEXPAND | wxALL, FromDIP(12));
  top->Add(case_, 0, wxLEFT | wxRIGHT, FromDIP(12));
  top->Add(message_, 0, wxEXPAND | wxALL, FromDIP(12));
  top->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(12));
  SetSizerAndFit(top);
  SetEscapeId(wxID_CLOSE);
}

std::string FindReplaceDialog::needle() const { return utf8(find_->GetValue()); }
std::string FindReplaceDialog::replacement() const { return utf8(replace_->GetValue()); }
bool FindReplaceDialog::match_case() const { return case_->GetValue(); }
void FindReplaceDialog::set_needle(const std::string& s) {
  find_->SetValue(wx(s));
  find_->SelectAll();
  find_->SetFocus();
}
void FindReplaceDialog::set_message(const wxString& m) {
  message_->SetLabel(m);
  Layout();
}

}  // namespace zp::gui
