#pragma once
/// Chinese line breaking for the PDF: the break opportunities of text/line_break.h (ICU's
/// strict rules tightened with the kinsoku sets), greedy filling, and inter-character
/// justification.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "text/line_break.h"

namespace zp::io::pdf {

/// One line of a paragraph.
struct Line {
  size_t begin = 0;    ///< first code point drawn
  size_t end = 0;      ///< one past the last drawn (trailing spaces and newlines left out)
  size_t next = 0;     ///< where the next line starts
  double width = 0;    ///< natural width of [begin, end)
  bool last = false;   ///< last line of the paragraph or before a hard break: not justified
};

/// Break text into lines no wider than first_width (the first line) and width (the others),
/// given each code point's advance. A word wider than a whole line is broken between
/// characters, as a last resort.
std::vector<Line> break_lines(const std::u32string& text, const std::vector<double>& advances, double first_width,
                              double width);

/// Justification: the extra space after each code point of a line ([begin, end), the last
/// one 0) that makes it fill avail exactly. A Chinese line takes the slack evenly between all
/// its characters; a mostly Latin line takes it at its spaces,
/// none inside words. All zero for last lines and for lines whose gaps would grow wider than
/// max_gap per share (those stay ragged).
std::vector<double> justify_gaps(const std::u32string& text, const Line& line, double avail, double max_gap);

}  // namespace zp::io::pdf
