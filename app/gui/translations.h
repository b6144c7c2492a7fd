#pragma once
/// Loads the gettext catalog (zhuoping.mo from share/locale beside the binary, or the
/// system's) for the preferred language and installs it as the core's translator too.
#include <string>

namespace zp::gui {

/// lang: "zh_CN", "en", or "" to follow the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
void setup_translations(const std::string& lang);

}  // namespace zp::gui
