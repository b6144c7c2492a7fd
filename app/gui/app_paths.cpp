#include "gui/app_paths.h"

#include <cstdlib>

namespace zp::gui {
namespace {
std::filesystem::path xdg(const char* var, const char* fallback) {
  if (const char* v = std::getenv(var); v && *v) return v;
  const char* home = std::getenv("HOME");
  return std::filesystem::path(home && *home ? home : "/tmp") / fallback;
}
}  // namespace

std::filesystem::path config_dir() { return xdg("XDG_CONFIG_HOME", ".config") / "zhuoping"; }
std::filesystem::path data_dir() { return xdg("XDG_DATA_HOME", ".local/share") / "zhuoping"; }
std::filesystem::path recovery_dir() { return data_dir() / "recovery"; }

}  // namespace zp::gui
