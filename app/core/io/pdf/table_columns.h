#pragma once
/// Column widths of a table: as wide as the cells want when that fits, else every column
/// keeps at least its longest unbreakable word (up to a third of the table) and four
/// characters, and the rest of the width is shared out by what each column would want.
#include <string>
#include <vector>

#include "io/pdf/font.h"

namespace zp::io::pdf {

/// Widths (summing to width) for rows of cells drawn at size with padding on each side.
std::vector<double> column_widths(const std::vector<std::vector<std::string>>& rows, const Font& font, double size,
                                  double padding, double width);

}  // namespace zp::io::pdf
