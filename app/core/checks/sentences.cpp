#include "checks/sentences.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

namespace zp::checks {

std::vector<std::string_view> split_sentences(std::string_view utf8) {
  std::vector<std::string_view> out;
  if (utf8.empty()) return out;
  UErrorCode status = U_ZERO_ERROR;
  // One iterator per thread, reused: creating one clones ICU's rules each time.
  thread_local std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
  status = U_ZERO_ERROR;
  UText* text = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
  if (U_FAILURE(status) || !it) {
    if (text) utext_close(text);
    out.push_back(utf8);  // no ICU data: the whole text is one sentence
    return out;
  }
  it->setText(text, status);
  // With UTF-8 UText the boundaries are byte offsets.
  int32_t begin = it->first();
  for (int32_t end = it->next(); end != icu::BreakIterator::DONE; begin = end, end = it->next())
    out.push_back(utf8.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin)));
  utext_close(text);
  return out;
}

}  // namespace zp::checks
