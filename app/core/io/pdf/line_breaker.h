#pragma once
/// Chinese line breaking for the PDF: ICU's line break iterator (strict rules, so no line
/// starts with closing punctuation and none ends with opening punctuation; Latin words and
/// numbers stay whole), tightened with the kinsoku sets below, greedy filling, and
/// inter-character justification.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace zp::io::pdf {

enum class BreakKind : uint8_t { None = 0, Allowed = 1, Mandatory = 2 };

/// For each position i in 0..text.size(), whether a line may (or must) break before code
/// point i. Position 0 is None; position text.size() is Mandatory.
std::vector<BreakKind> break_opportunities(const std::u32string& text);

/// Characters no line may start with (，。、；：？！）」》% …) and none may end with （「《 ….
bool forbidden_at_line_start(char32_t cp);
bool forbidden_at_line_end(char32_t cp);

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
