#pragma once
/// Edit ▸ Preferences: language, autosave interval, editor font size.
#include <wx/dialog.h>

class wxChoice;
class wxSpinCtrl;

namespace zp::gui {

class Preferences;

class PreferencesDialog : public wxDialog {
 public:
  PreferencesDialog(wxWindow* parent, const Preferences& prefs);
  /// Write the choices into prefs; returns whether the language changed.
  bool apply(Preferences& prefs) const;

 private:
  wxChoice* language_ = nullptr;
  wxSpinCtrl* autosave_ = nullptr;
  wxSpinCtrl* font_size_ = nullptr;
};

}  // namespace zp::gui
