#include "gui/preferences.h"

#include <wx/filehistory.h>
#include <wx/fileconf.h>

#include <algorithm>

#include "gui/app_paths.h"
#include "gui/wx_string.h"

namespace zp::gui {

Preferences::Preferences() {
  std::filesystem::path file = config_dir() / "settings.ini";
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  config_ = std::make_unique<wxFileConfig>("zhuoping", wxEmptyString, wx(file.string()), wxEmptyString,
                                           wxCONFIG_USE_LOCAL_FILE);
}

Preferences::Preferences(std::unique_ptr<wxConfigBase> config) : config_(std::move(config)) {}

Preferences::~Preferences() { flush(); }

std::string Preferences::language() const {
  std::string l = utf8(config_->Read("/ui/language", wxEmptyString));
  return (l == "zh_CN" || l == "en") ? l : std::string();
}
void Preferences::set_language(const std::string& lang) { config_->Write("/ui/language", wx(lang)); }

int Preferences::autosave_minutes() const {
  return std::clamp(static_cast<int>(config_->ReadLong("/files/autosave_minutes", 1)), 1, 60);
}
void Preferences::set_autosave_minutes(int minutes) {
  config_->Write("/files/autosave_minutes", static_cast<long>(std::clamp(minutes, 1, 60)));
}

int Preferences::editor_font_size() const {
  return std::clamp(static_cast<int>(config_->ReadLong("/editor/font_size", 12)), 8, 36);
}
void Preferences::set_editor_font_size(int points) {
  config_->Write("/editor/font_size", static_cast<long>(std::clamp(points, 8, 36)));
}

std::string Preferences::layout() const { return utf8(config_->Read("/ui/layout", wxEmptyString)); }
void Preferences::set_layout(const std::string& perspective) { config_->Write("/ui/layout", wx(perspective)); }

void Preferences::load_recent(wxFileHistory& history) {
  config_->SetPath("/recent");
  history.Load(*config_);
  config_->SetPath("/");
}
void Preferences::save_recent(wxFileHistory& history) {
  config_->DeleteGroup("/recent");
  config_->SetPath("/recent");
  history.Save(*config_);
  config_->SetPath("/");
}

void Preferences::flush() { config_->Flush(); }

}  // namespace zp::gui
