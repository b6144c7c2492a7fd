#include "gui/translations.h"

#include <wx/stdpaths.h>
#include <wx/translation.h>

#include <cstdlib>
#include <unordered_map>

#include "gui/wx_string.h"
#include "util/i18n.h"

namespace zp::gui {

void setup_translations(const std::string& lang) {
  wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxStandardPaths::Get().GetExecutablePath().BeforeLast('/') +
                                                       "/../share/locale");
  auto* t = new wxTranslations;
  wxTranslations::Set(t);
  if (!lang.empty()) {
    t->SetLanguage(wx(lang));
  } else {
    // Follow the system; where it names no language (C, POSIX), Chinese: the product's first
    // language.
    std::string sys;
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
      if (const char* v = std::getenv(var); v && *v) {
        sys = v;
        break;
      }
    if (sys.empty() || sys == "C" || sys == "POSIX" || sys.rfind("C.", 0) == 0) t->SetLanguage("zh_CN");
  }
  t->AddStdCatalog();
  t->AddCatalog("zhuoping");
  zp::set_translator([](const char* id) -> const char* {
    // The catalog owns the translated string; hand the core a UTF-8 copy that lives as long
    // as the catalog (one per message id).
    static thread_local std::unordered_map<const char*, std::string> cache;
    auto it = cache.find(id);
    if (it != cache.end()) return it->second.c_str();
    const wxString* s = wxTranslations::Get() ? wxTranslations::Get()->GetTranslatedString(wxString::FromUTF8(id)) : nullptr;
    if (!s) return id;
    return cache.emplace(id, utf8(*s)).first->second.c_str();
  });
}

}  // namespace zp::gui
