#include "text/line_break.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <string_view>

namespace zp::text {

namespace {

// ICU's strict rules already forbid most of these; the sets make the rules of Chinese
// typesetting (GB/T 15834 punctuation placement) explicit, e.g. for % after a space.
constexpr std::u32string_view kNoStart =
    U"，。、；：？！）」』》〉】〕〗〙〛”’…‥%％‰℃°·・～—,.;:?!)]}";
constexpr std::u32string_view kNoEnd = U"（「『《〈【〔〖〘〚“‘([{￥＄$£";

std::unique_ptr<icu::BreakIterator> make_iterator() {
  static std::once_flag once;
  static std::unique_ptr<icu::BreakIterator> prototype;
  std::call_once(once, [] {
    UErrorCode status = U_ZERO_ERROR;
    prototype.reset(icu::BreakIterator::createLineInstance(icu::Locale("zh@lb=strict"), status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      prototype.reset(icu::BreakIterator::createLineInstance(icu::Locale("zh"), status));
    }
  });
  return std::unique_ptr<icu::BreakIterator>(prototype ? prototype->clone() : nullptr);
}

}  // namespace

bool forbidden_at_line_start(char32_t cp) { return kNoStart.find(cp) != std::u32string_view::npos; }
bool forbidden_at_line_end(char32_t cp) { return kNoEnd.find(cp) != std::u32string_view::npos; }

std::vector<BreakKind> break_opportunities(const std::u32string& text) {
  const size_t n = text.size();
  std::vector<BreakKind> kinds(n + 1, BreakKind::None);
  kinds[n] = BreakKind::Mandatory;
  if (n == 0) return kinds;
  const icu::UnicodeString u =
      icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(n));
  std::vector<size_t> cp_at;  // UTF-16 index -> code point index, when they differ (surrogates)
  if (static_cast<size_t>(u.length()) != n) {
    cp_at.reserve(static_cast<size_t>(u.length()) + 1);
    for (size_t i = 0; i < n; ++i) cp_at.insert(cp_at.end(), text[i] > 0xffff ? 2 : 1, i);
    cp_at.push_back(n);
  }
  thread_local std::unique_ptr<icu::BreakIterator> it = make_iterator();
  if (it) {
    it->setText(u);
    for (int32_t b = it->next(); b != icu::BreakIterator::DONE; b = it->next()) {
      size_t i = cp_at.empty() ? static_cast<size_t>(b) : cp_at[static_cast<size_t>(b)];
      if (i == 0 || i >= n) continue;
      int status = it->getRuleStatus();
      kinds[i] = (status >= UBRK_LINE_HARD && status < UBRK_LINE_HARD_LIMIT) ? BreakKind::Mandatory : BreakKind::Allowed;
    }
  } else {
    for (size_t i = 1; i < n; ++i) kinds[i] = BreakKind::Allowed;  // no ICU data: any position
  }
  for (size_t i = 1; i < n; ++i) {
    if (kinds[i] != BreakKind::Allowed) continue;
    if (forbidden_at_line_start(text[i]) || forbidden_at_line_end(text[i - 1])) kinds[i] = BreakKind::None;
  }
  return kinds;
}

}  // namespace zp::text
