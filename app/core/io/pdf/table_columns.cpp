#include "io/pdf/table_columns.h"

#include <algorithm>

#include "io/pdf/line_breaker.h"

namespace zp::io::pdf {

std::vector<double> column_widths(const std::vector<std::vector<std::string>>& rows, const Font& font, double size,
                                  double padding, double width) {
  size_t ncols = 0;
  for (const auto& r : rows) ncols = std::max(ncols, r.size());
  std::vector<double> widths(ncols);
  if (ncols == 0) return widths;
  // What each column would want (its widest cell on one line) and what it cannot do
  // without (its widest unbreakable word).
  std::vector<double> natural(ncols, 2 * padding + size), narrow(ncols, 2 * padding + size);
  for (const auto& row : rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      const std::u32string t = to_u32(row[c]);
      const std::vector<text::BreakKind> br = text::break_opportunities(t);
      double line = 0, word = 0, widest = 0;
      for (size_t i = 0; i < t.size(); ++i) {
        const double a = font.advance(t[i]) * size;
        line += a;
        if (br[i] != text::BreakKind::None) word = 0;
        word += a;
        widest = std::max(widest, word);
      }
      natural[c] = std::max(natural[c], line + 2 * padding + 0.5);
      narrow[c] = std::max(narrow[c], std::min(widest + 2 * padding + 0.5, width / 3));
    }
  }
  // Short columns (numbers, names) keep up to four characters on a line before wrapping.
  for (size_t c = 0; c < ncols; ++c) narrow[c] = std::max(narrow[c], std::min(natural[c], 4 * size + 2 * padding + 0.5));
  double total_natural = 0, total_narrow = 0;
  for (size_t c = 0; c < ncols; ++c) total_natural += natural[c], total_narrow += narrow[c];
  if (total_natural <= width) {
    for (size_t c = 0; c < ncols; ++c) widths[c] = natural[c] + (width - total_natural) * natural[c] / total_natural;
  } else if (total_narrow >= width) {
    for (size_t c = 0; c < ncols; ++c) widths[c] = narrow[c] * width / total_narrow;
  } else {
    const double extra = width - total_narrow, want = total_natural - total_narrow;
    for (size_t c = 0; c < ncols; ++c) widths[c] = narrow[c] + extra * (natural[c] - narrow[c]) / want;
  }
  return widths;
}

}  // namespace zp::io::pdf
