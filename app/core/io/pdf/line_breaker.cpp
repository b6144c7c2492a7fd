#include "io/pdf/line_breaker.h"

#include <algorithm>

namespace zp::io::pdf {

namespace {

bool is_trailing_space(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r'; }

}  // namespace

std::vector<Line> break_lines(const std::u32string& text, const std::vector<double>& advances, double first_width,
                              double width) {
  const size_t n = text.size();
  if (n == 0) return {Line{0, 0, 0, 0, true}};  // an empty paragraph still takes a line
  std::vector<double> prefix(n + 1, 0.0);
  for (size_t i = 0; i < n; ++i) prefix[i + 1] = prefix[i] + (i < advances.size() ? advances[i] : 0.0);
  const std::vector<zp::text::BreakKind> kinds = zp::text::break_opportunities(text);
  std::vector<size_t> opportunities;
  for (size_t i = 1; i <= n; ++i)
    if (kinds[i] != zp::text::BreakKind::None) opportunities.push_back(i);

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
      if (kinds[b] == zp::text::BreakKind::Mandatory) break;
    }
    if (!found) {
      // The first word alone is wider than the line: break it between characters, where
      // the punctuation rules allow it if they allow it anywhere in what fits.
      size_t b = start + 1;
      while (b < n && prefix[trim(start, b + 1)] - prefix[start] <= avail + kEps) ++b;
      best = b;
      for (size_t c = b; c > start + 1; --c) {
        if (c >= n || (!zp::text::forbidden_at_line_start(text[c]) && !zp::text::forbidden_at_line_end(text[c - 1]))) {
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
    l.last = best >= n || kinds[best] == zp::text::BreakKind::Mandatory;
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
