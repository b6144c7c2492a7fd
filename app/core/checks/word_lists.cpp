#include "checks/word_lists.h"

#include "checks/clause_text.h"

namespace zp::checks {

std::string_view first_word_in(std::string_view text, const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (!w.empty() && text.find(w) != std::string_view::npos) return w;
  return {};
}

bool gives_reason(std::string_view text, const CheckConfig& config) {
  if (contains_any(text, config.reason_words)) return true;
  for (const WordPair& p : config.reason_pairs) {
    for (size_t at = text.find(p.first); at != std::string_view::npos; at = text.find(p.first, at + 1)) {
      size_t from = at + p.first.size();
      // The second part may start after at most max_gap characters.
      size_t last_start = advance_code_points(text, from, p.max_gap);
      size_t found = text.find(p.then, from);
      if (found != std::string_view::npos && found <= last_start) return true;
    }
  }
  return false;
}

}  // namespace zp::checks
