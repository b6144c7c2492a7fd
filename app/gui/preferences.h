#pragma once
/// The user's preferences: a typed facade over wxConfig, so no other code touches config
/// keys. Stored in config_dir()/settings.ini.
#include <wx/config.h>

#include <memory>
#include <string>

class wxFileHistory;

namespace zp::gui {

class Preferences {
 public:
  /// The preferences in the user's settings file.
  Preferences();
  /// Preferences over a given config (tests).
  explicit Preferences(std::unique_ptr<wxConfigBase> config);
  ~Preferences();

  /// UI language: "" = follow the system, "zh_CN" or "en".
  std::string language() const;
  void set_language(const std::string& lang);
  /// Minutes between recovery copies (1–60).
  int autosave_minutes() const;
  void set_autosave_minutes(int minutes);
  /// Editor font size in points (8–36).
  int editor_font_size() const;
  void set_editor_font_size(int points);
  /// The window layout (wxAuiManager perspective), empty when none saved.
  std::string layout() const;
  void set_layout(const std::string& perspective);

  void load_recent(wxFileHistory& history);
  void save_recent(wxFileHistory& history);
  void flush();

 private:
  std::unique_ptr<wxConfigBase> config_;
};

}  // namespace zp::gui
