#include "gui/preferences_dialog.h"

#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "gui/preferences.h"
#include "gui/wx_string.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
const char* const kLanguages[] = {"", "zh_CN", "en"};
}

PreferencesDialog::PreferencesDialog(wxWindow* parent, const Preferences& prefs)
    : wxDialog(parent, wxID_ANY, wx(ZP_("Preferences"))) {
  auto* grid = new wxFlexGridSizer(2, FromDIP(10), FromDIP(10));
  language_ = new wxChoice(this, wxID_ANY);
  language_->Append(wx(ZP_("System language")));
  language_->Append(wx("简体中文"));
  language_->Append(wx("English"));
  const std::string lang = prefs.language();
  language_->SetSelection(lang == "zh_CN" ? 1 : lang == "en" ? 2 : 0);
  autosave_ = new wxSpinCtrl(this, wxID_ANY);
  autosave_->SetRange(1, 60);
  autosave_->SetValue(prefs.autosave_minutes());
  font_size_ = new wxSpinCtrl(this, wxID_ANY);
  font_size_->SetRange(8, 36);
  font_size_->SetValue(prefs.editor_font_size());
  auto label = [&](const char* s) { grid->Add(new wxStaticText(this, wxID_ANY, wx(s)), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT); };
  label(ZP_("Language:"));
  grid->Add(language_, 0, wxEXPAND);
  label(ZP_("Save a recovery copy every (minutes):"));
  grid->Add(autosave_, 0);
  label(ZP_("Editor font size (points):"));
  grid->Add(font_size_, 0);
  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(grid, 0, wxALL, FromDIP(16));
  top->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
  SetSizerAndFit(top);
}

bool PreferencesDialog::apply(Preferences& prefs) const {
  const std::string lang = kLanguages[std::max(0, language_->GetSelection())];
  const bool changed = lang != prefs.language();
  prefs.set_language(lang);
  prefs.set_autosave_minutes(autosave_->GetValue());
  prefs.set_editor_font_size(font_size_->GetValue());
  prefs.flush();
  return changed;
}

}  // namespace zp::gui
