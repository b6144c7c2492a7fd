#pragma once
/// Translation hook of the core. Core code marks user-visible strings with ZP_("...")
/// (xgettext --keyword=ZP_); the CLI and the GUI install the translation function.
#include <functional>
#include <string>

namespace zp {

using Translator = std::function<const char*(const char*)>;

/// Install the function that translates a message id (e.g. gettext).
void set_translator(Translator t);
/// Translate a message id with the installed function (identity when none is set).
const char* tr(const char* msgid);

}  // namespace zp

#define ZP_(s) ::zp::tr(s)
/// Marks a string for extraction without translating it at this point.
#define ZP_N_(s) s
