#pragma once
/// Loads the gettext catalog (zhuoping.mo from share/locale beside the binary, or the
/// system's) and wx's own (wxstd) for the preferred language, installs it as the core's
/// translator too, and points GTK's own texts (stock buttons such as Close, OK, Cancel,
/// the file chooser) at the same language. May be called again to switch the language while
/// the program runs: strings translated afterwards, on any thread, are in the new language.
/// A switch replaces the catalogs, so it must happen while no other thread translates
/// (MainFrame::switch_language stops its worker threads first).
#include <string>

namespace zp::gui {

/// lang: "zh_CN", "en", or "" to follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG as
/// they were at the first call; a system that names no language, C or POSIX, gets Chinese).
void setup_translations(const std::string& lang);

}  // namespace zp::gui
