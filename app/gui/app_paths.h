#pragma once
/// Where the editor keeps its settings and its recovery copies (XDG layout, so tests can
/// isolate themselves with XDG_CONFIG_HOME and XDG_DATA_HOME).
#include <filesystem>

namespace zp::gui {

/// $XDG_CONFIG_HOME/zhuoping (default ~/.config/zhuoping).
std::filesystem::path config_dir();
/// $XDG_DATA_HOME/zhuoping (default ~/.local/share/zhuoping).
std::filesystem::path data_dir();
/// data_dir()/recovery: the autosaved recovery copies.
std::filesystem::path recovery_dir();

}  // namespace zp::gui
