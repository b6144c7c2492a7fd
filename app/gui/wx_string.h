#pragma once
// The one place where core UTF-8 std::string meets wxString.
#include <wx/string.h>

#include <string>

namespace zp::gui {
inline wxString wx(const std::string& s) { return wxString::FromUTF8(s.data(), s.size()); }
inline wxString wx(const char* s) { return wxString::FromUTF8(s); }
inline std::string utf8(const wxString& s) {
  const wxScopedCharBuffer b = s.utf8_str();
  return std::string(b.data(), b.length());
}
}  // namespace zp::gui
