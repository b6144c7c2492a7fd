#include "gui/translations.h"

#include <wx/stdpaths.h>
#include <wx/translation.h>

#include <atomic>
#include <clocale>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>
#include <optional>
#include <unordered_map>

#include "gui/wx_string.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {

// The language settings of the process as it started, before any switch changed them.
struct SystemLanguage {
  std::string preferred;                // first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG
  std::optional<std::string> language;  // LANGUAGE itself
  std::string messages_locale;          // setlocale(LC_MESSAGES)
};

const SystemLanguage& system_language() {
  static const SystemLanguage s = [] {
    SystemLanguage s;
    for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
      if (const char* v = std::getenv(var); v && *v) {
        s.preferred = v;
        break;
      }
    if (const char* v = std::getenv("LANGUAGE")) s.language = v;
    if (const char* m = std::setlocale(LC_MESSAGES, nullptr)) s.messages_locale = m;
    return s;
  }();
  return s;
}

bool names_no_language(const std::string& l) { return l.empty() || l == "C" || l == "POSIX" || l.rfind("C.", 0) == 0; }

// GTK translates its own texts (stock buttons: Close, OK, Cancel; the file chooser) with
// the C library's gettext, which follows LANGUAGE unless LC_MESSAGES is plain C. lang ""
// puts the system's settings back.
void point_gtk_at(const std::string& lang) {
  const SystemLanguage& sys = system_language();
  std::string messages = sys.messages_locale;
  if (lang.empty()) {
    if (sys.language) setenv("LANGUAGE", sys.language->c_str(), 1);
    else unsetenv("LANGUAGE");
  } else {
    setenv("LANGUAGE", lang.c_str(), 1);
    if (names_no_language(messages) && messages.rfind("C.", 0) != 0) messages = "C.UTF-8";
  }
  // gettext keeps what it looked up until the locale changes: change it twice so that GTK
  // looks its texts up again in the new language.
  std::setlocale(LC_MESSAGES, "C");
  if (!std::setlocale(LC_MESSAGES, messages.c_str())) std::setlocale(LC_MESSAGES, sys.messages_locale.c_str());
}

// Changes with every switch of the catalogs.
std::atomic<unsigned> g_generation{0};

const char* translate(const char* id) {
  // The catalog owns the translated string as a wxString; hand the core a UTF-8 copy, one per
  // message id and thread. A switch starts a new map; the old one is kept (its strings may
  // still be held by the caller) but no longer read.
  struct Cache {
    unsigned generation = ~0u;
    std::unordered_map<const char*, std::string> strings;
    std::vector<std::unordered_map<const char*, std::string>> retired;
  };
  static thread_local Cache cache;
  const unsigned generation = g_generation.load(std::memory_order_acquire);
  if (cache.generation != generation) {
    if (!cache.strings.empty()) cache.retired.push_back(std::move(cache.strings));
    cache.strings = {};
    cache.generation = generation;
  }
  auto it = cache.strings.find(id);
  if (it != cache.strings.end()) return it->second.c_str();
  // Read from worker threads too: a switch happens only while none translates.
  wxTranslations* catalogs = wxTranslations::Get();
  const wxString* s = catalogs ? catalogs->GetTranslatedString(wxString::FromUTF8(id)) : nullptr;
  if (!s) return id;
  return cache.strings.emplace(id, utf8(*s)).first->second.c_str();
}

// The language lang ends up as: itself, or where it is "" and the system names none, Chinese
// (the product's first language); "" to follow a system that names one.
std::string chosen_language(const std::string& lang) {
  if (!lang.empty()) return lang;
  return names_no_language(system_language().preferred) ? std::string("zh_CN") : std::string();
}

}  // namespace

void setup_translations(const std::string& lang) {
  static std::once_flag once;
  std::call_once(once, [] {
    system_language();  // remember the system's settings before they are changed
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxStandardPaths::Get().GetExecutablePath().BeforeLast('/') +
                                                         "/../share/locale");
    zp::set_translator(translate);
  });
  const std::string chosen = chosen_language(lang);
  point_gtk_at(chosen);
  auto t = std::make_unique<wxTranslations>();
  if (!chosen.empty()) t->SetLanguage(wx(chosen));
  t->AddStdCatalog();
  t->AddCatalog("zhuoping");
  // wx's own strings (stock labels, its dialogs) and the core's follow the new catalogs; wx
  // deletes the previous ones.
  wxTranslations::Set(t.release());
  g_generation.fetch_add(1, std::memory_order_acq_rel);
}

}  // namespace zp::gui
