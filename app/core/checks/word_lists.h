#pragma once
/// Looking words of checks.xml up in text: any of a list, and reasons (原因, 受…影响).
#include <string>
#include <string_view>
#include <vector>

#include "checks/config.h"

namespace zp::checks {

/// Whether text contains any of the words; the first one found, or empty.
std::string_view first_word_in(std::string_view text, const std::vector<std::string>& words);
inline bool contains_any(std::string_view text, const std::vector<std::string>& words) {
  return !first_word_in(text, words).empty();
}

/// Whether the text gives a reason: one of the reason words, or a pair such as 受…影响 with at
/// most max_gap characters between its parts.
bool gives_reason(std::string_view text, const CheckConfig& config);

}  // namespace zp::checks
