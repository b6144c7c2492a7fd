#include "util/i18n.h"

namespace zp {
namespace {
Translator& translator() {
  static Translator t;
  return t;
}
}  // namespace

void set_translator(Translator t) { translator() = std::move(t); }

const char* tr(const char* msgid) {
  const Translator& t = translator();
  return t ? t(msgid) : msgid;
}

}  // namespace zp
