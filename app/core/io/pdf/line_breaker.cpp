#include "io/pdf/line_breaker.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string_view>

namespace zp::io::pdf {

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

bool is_trailing_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r'; }

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

std::vector<Line> break_lines(const std::u32string& text, const std::vector<double>& advances, double first_width,
                              double width) {
  const size_t n = text.size();
  if (n == 0) return {Line{0, 0, 0, 0, true}};  // an empty paragraph still takes a line
  std::vector<double> prefix(n + 1, 0.0);
  for (size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + (i < advances.size() ? advances[i] : 0.0);
  const std::vector<BreakKind> kinds = break_opportunities(text);
  std::vector<size_t> opportunities;
  for (size_t i = 1; i <= n; ++i)
    if (kinds[i] != BreakKind::None) opportunities.push_back(i);

  auto trim = [&](size_t begin, size_t end) {
    while (end > begin && is_trailing_space(text[end - 1])) --end;
    return end;
  };
  constexpr double kEps = 1e-6;
  std::vector<Line> lines;
  size_t start = 0;
  size_t k = 0;  // index into opportunities
  while (start < n) {
    const double avail = lines.empty() ? first_width : width;
    while (k < opportunities.size() && opportunities[k] <= start) ++k;
    size_t best = 0;
    bool found = false;
    for (size_t j = k; j < opportunities.size(); ++j) {
      size_t b = opportunities[j];
      size_t e = trim(start, b);
      if (prefix[e] - prefix[start] > avail + kEps) break;
      best = b;
      found = true;
      if (kinds[b] == BreakKind::Mandatory) break;
    }
    if (!found) {
      // The first word alone is wider than the line: break it between characters, where
      // the punctuation rules allow it if they allow it anywhere in what fits.
      size_t b = start + 1;
      while (b < n && prefix[trim(start, b + 1)] - prefix[start] <= avail + kEps) ++b;
      best = b;
      for (size_t c = b; c > start + 1; --c) {
        if (c >= n || (!forbidden_at_line_start(text[c]) && !forbidden_at_line_end(text[c - 1]))) {
          best = c;
          break;
        }
      }
    }
    Line l;
    l.begin = start;
    l.end = trim(start, best);
    l.next = best;
    l.width = prefix[l.end] - prefix[l.begin];
    l.last = best >= n || kinds[best] == BreakKind::Mandatory;
    lines.push_back(l);
    start = best;
  }
  return lines;
}

std::vector<double> justify_gaps(const std::u32string& text, const Line& line, double avail, double max_gap) {
  const size_t n = line.end > line.begin ? line.end - line.begin : 0;
  std::vector<double> gaps(n, 0.0);
  if (line.last || n < 2) return gaps;
  auto latin = [](char32_t c) {
    return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || c == U'.' ||
           c == U'%' || c == U'-' || c == U'\'' || (c >= 0xc0 && c < 0x250);
  };
  // A mostly Latin line (a sentence in English) is justified at its spaces, keeping words
  // tight; a Chinese line evenly between all its characters (one spacing for the whole
  // line: the smallest content stream).
  size_t latin_chars = 0;
  for (size_t k = 0; k < n; ++k) latin_chars += latin(text[line.begin + k]);
  const bool words = latin_chars * 2 > n;
  double shares = 0;
  for (size_t k = 0; k + 1 < n; ++k) {
    const char32_t a = text[line.begin + k], b = text[line.begin + k + 1];
    if (words) gaps[k] = b == U' ' ? 0 : a == U' ' ? 1 : (latin(a) && latin(b)) ? 0 : 0.25;
    else gaps[k] = 1;
    shares += gaps[k];
  }
  const double unit = shares > 0 ? (avail - line.width) / shares : 0;
  if (unit <= 0 || unit > max_gap) return std::vector<double>(n, 0.0);
  for (double& g : gaps) g *= unit;
  return gaps;
}

}  // namespace zp::io::pdf
